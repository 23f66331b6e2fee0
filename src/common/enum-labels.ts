import { registerEnumType } from 'type-graphql';

/**
 * Every GraphQL enum is registered with its Vietnamese labels — the same `*_LABELS_VI` records the admin panel
 * shows, never a second copy — so that clients read them (`enumLabels`) and each value carries a description.
 */
const LABELS = new Map<string, Readonly<Record<string, string>>>();

export interface LabelledEnum<V extends string> {
  /** the GraphQL name */
  name: string;
  description: string;
  /** the Vietnamese label of every value */
  labels: Readonly<Record<V, string>>;
  /** an English description of a value, where its label alone says too little; else the label */
  descriptions?: Partial<Record<V, string>>;
}

/** `registerEnumType` with the labels: each value's description is its English one, or its Vietnamese label. */
export function registerLabelledEnum<V extends string>(
  enumType: Record<string, V>,
  { name, description, labels, descriptions }: LabelledEnum<V>,
): void {
  LABELS.set(name, Object.fromEntries(Object.values(enumType).map((value) => [value, labels[value]])));
  const valuesConfig = Object.fromEntries(
    Object.entries(enumType).map(([key, value]) => [
      key,
      { description: descriptions?.[value] ? `${descriptions[value]} (${labels[value]})` : labels[value] },
    ]),
  );
  registerEnumType(enumType, { name, description, valuesConfig });
}

/** The labels of one enum by its GraphQL name, or of all; values in the order the enum declares them. */
export function enumLabels(name?: string | null): Array<{ enum: string; value: string; label: string }> {
  const names = name ? (LABELS.has(name) ? [name] : []) : [...LABELS.keys()].sort();
  return names.flatMap((enumName) =>
    Object.entries(LABELS.get(enumName) ?? {}).map(([value, label]) => ({ enum: enumName, value, label })),
  );
}
