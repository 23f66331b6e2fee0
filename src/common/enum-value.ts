import { BadInputError } from './errors.js';

const INVALID = 'giá trị không hợp lệ';

/** Whether `value` is one of a string enum's values (a posted field, a CSV cell, a query string): checked, not cast. */
export function isEnumValue<E extends string>(values: Record<string, E>, value: unknown): value is E {
  return (Object.values(values) as unknown[]).includes(value);
}

/** `value` if it is one of the enum's values, else undefined. */
export function enumValue<E extends string>(values: Record<string, E>, value: unknown): E | undefined {
  return isEnumValue(values, value) ? value : undefined;
}

/** `value` as one of the enum's values, or BAD_USER_INPUT naming the field (with `message`, in Vietnamese). */
export function requiredEnumValue<E extends string>(
  values: Record<string, E>,
  value: unknown,
  field: string,
  message = INVALID,
  english?: string,
): E {
  if (!isEnumValue(values, value)) throw new BadInputError([{ field, message }], english);
  return value;
}

/** An optional posted field: left empty it is undefined, filled it must be one of the enum's values (BAD_USER_INPUT). */
export function optionalEnumValue<E extends string>(
  values: Record<string, E>,
  value: unknown,
  field: string,
  message = INVALID,
  english?: string,
): E | undefined {
  return value === undefined || value === null || value === ''
    ? undefined
    : requiredEnumValue(values, value, field, message, english);
}
