/** A field whose resolver reads the whole row (a policy, a service): asking it reads every column. */
export const WHOLE_ROW = 'whole row';

/**
 * Every field of a GraphQL type read from one entity, with the entity's properties its value comes from (the
 * column of the same name, the keys a relation is loaded by), or WHOLE_ROW.
 */
export type FieldColumns<E> = Readonly<Record<string, readonly (keyof E & string)[] | typeof WHOLE_ROW>>;

/**
 * The entity's properties the fields asked read, for a page that reads no other column; null — every column — when
 * one of them reads the whole row or is not in `fields` (what is not declared is never left out).
 */
export function columnsAsked<E>(fields: FieldColumns<E>, asked: Iterable<string>): ReadonlySet<string> | null {
  const columns = new Set<string>();
  for (const field of asked) {
    if (field.startsWith('__')) continue;
    const read = Object.hasOwn(fields, field) ? fields[field] : undefined;
    if (read === undefined || read === WHOLE_ROW) return null;
    for (const column of read) columns.add(column);
  }
  return columns;
}
