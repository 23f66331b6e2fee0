import type { PropertyOptions } from 'adminjs';

/** A column holding another record's id: shown as that record's title, picked from its list. */
export const uuid = (reference: string) => ({ type: 'reference' as const, reference });

/** Several properties of one type: `...ofType('date', 'startsOn', 'endsOn')`. */
export function ofType(type: 'date' | 'textarea', ...names: string[]): Record<string, PropertyOptions> {
  return Object.fromEntries(names.map((name) => [name, { type }]));
}

/** A value worked out for the caller (an after-hook sets it): in the list and on the record, never edited or filtered. */
export const shownOnly = (type: 'string' | 'boolean' | 'date'): PropertyOptions => ({
  type,
  isVisible: { list: true, show: true, edit: false, filter: false },
});
