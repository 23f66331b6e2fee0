import type { ActionContext, ActionRequest, Before, ResourceOptions, ResourceWithOptions } from 'adminjs';

/** Property types whose empty field means "no value" (PostgreSQL refuses '' for a date, a number or a key). */
const EMPTY_IS_NULL = new Set(['date', 'datetime', 'number', 'float', 'reference', 'currency']);
const NUMBER = new Set(['number', 'float']);
/** "8,5", "-0,25": a decimal comma, as numbers are typed in Vietnamese. */
const DECIMAL_COMMA = /^(-?\d+),(\d+)$/;
/** "12.500.000", "1.234,5": dots grouping thousands (two groups or more, or before a decimal comma). */
const GROUPED = /^-?\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$|^-?\d{1,3}(?:\.\d{3})+,\d+$/;

/** A number as typed in Vietnamese, in the notation PostgreSQL reads: "8,5" → "8.5", "12.500.000" → "12500000". */
export function vietnameseNumber(typed: string): string {
  const compact = typed.replace(/\s/g, '');
  if (GROUPED.test(compact)) return compact.replace(/\./g, '').replace(',', '.');
  return compact.replace(DECIMAL_COMMA, '$1.$2');
}

/**
 * A form as typed in Vietnamese, read before any handler or hook sees it: "8,5" in a number field is 8.5,
 * "12.500.000" twelve and a half million, and an optional date, number, reference or choice left empty is null
 * (not '', which would reach PostgreSQL as `invalid input syntax for type date ""`).
 */
export const vietnameseInput: Before = async (request: ActionRequest, context: ActionContext) => {
  if (request.method !== 'post' || !request.payload) return request;
  const decorated = context.resource.decorate();
  const payload = Object.fromEntries(
    Object.entries(request.payload).map(([key, value]) => {
      const property = decorated.getPropertyByKey(key);
      const type = property?.type();
      if (!property || !type || typeof value !== 'string') return [key, value];
      if (value.trim() === '' && (EMPTY_IS_NULL.has(type) || property.availableValues())) return [key, null];
      if (NUMBER.has(type)) return [key, vietnameseNumber(value)];
      return [key, value];
    }),
  );
  return { ...request, payload };
};

/** Every form of the panel (new and edit) reads its values with `vietnameseInput` first. */
export function withVietnameseInput(resources: ResourceWithOptions[]): ResourceWithOptions[] {
  return resources.map((entry) => {
    const { options } = entry;
    const actions: NonNullable<ResourceOptions['actions']> = { ...options.actions };
    for (const name of ['new', 'edit'] as const) {
      const declared = actions[name]?.before;
      const before = declared === undefined ? [] : Array.isArray(declared) ? declared : [declared];
      actions[name] = { ...actions[name], before: [vietnameseInput, ...before] };
    }
    return { ...entry, options: { ...options, actions } };
  });
}
