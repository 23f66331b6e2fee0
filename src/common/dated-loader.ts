import { SettledLoader } from './settled-loader.js';

/** A key for a lookup on a day: the tree and the heads differ from one day to another. */
export interface DatedKey {
  id: string;
  asOf: string;
}

const dayKey = (key: DatedKey) => `${key.id}|${key.asOf}`;

/**
 * A per-request loader for lookups that depend on a day: keys of the same day are fetched by one query,
 * whatever the page size; once read, a key is answered at once (`answer`).
 */
export function datedLoader<V>(
  fetch: (ids: string[], asOf: string) => Promise<Map<string, V>>,
  missing: V,
): SettledLoader<DatedKey, V, string> {
  return new SettledLoader<DatedKey, V, string>(async (keys) => {
    const byDay = new Map<string, Set<string>>();
    for (const key of keys) {
      const ids = byDay.get(key.asOf) ?? new Set<string>();
      byDay.set(key.asOf, ids.add(key.id));
    }
    const results = new Map<string, V>();
    for (const [asOf, ids] of byDay) {
      for (const [id, value] of await fetch([...ids], asOf)) results.set(dayKey({ id, asOf }), value);
    }
    return keys.map((key) => results.get(dayKey(key)) ?? missing);
  }, dayKey);
}
