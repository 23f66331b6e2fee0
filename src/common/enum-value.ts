import { BadInputError } from './errors.js';

/** `value` if it is one of the enum's values (a posted field, a command-line option), else undefined: checked, not cast. */
export function enumValue<E extends string>(values: Record<string, E>, value: unknown): E | undefined {
  return Object.values(values).find((member) => member === value);
}

/** `value` as one of the enum's values, or BAD_USER_INPUT naming the field. */
export function requiredEnumValue<E extends string>(values: Record<string, E>, value: unknown, field: string): E {
  const member = enumValue(values, value);
  if (member === undefined) throw new BadInputError([{ field, message: 'giá trị không hợp lệ' }]);
  return member;
}

/** An optional posted field: left empty it is undefined, filled it must be one of the enum's values (BAD_USER_INPUT). */
export function optionalEnumValue<E extends string>(
  values: Record<string, E>,
  value: unknown,
  field: string,
): E | undefined {
  return value === undefined || value === null || value === '' ? undefined : requiredEnumValue(values, value, field);
}
