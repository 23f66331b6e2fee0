import DataLoader from 'dataloader';

/** A key for a lookup on a day: the tree and the heads differ from one day to another. */
export interface DatedKey {
  id: string;
  asOf: string;
}

/**
 * A per-request DataLoader for lookups that depend on a day: keys of the same day are fetched by one query,
 * whatever the page size.
 */
export function datedLoader<V>(
  fetch: (ids: string[], asOf: string) => Promise<Map<string, V>>,
  missing: V,
): DataLoader<DatedKey, V, string> {
  return new DataLoader<DatedKey, V, string>(
    async (keys) => {
      const byDay = new Map<string, string[]>();
      for (const key of keys) byDay.set(key.asOf, [...(byDay.get(key.asOf) ?? []), key.id]);
      const results = new Map<string, V>();
      for (const [asOf, ids] of byDay) {
        for (const [id, value] of await fetch([...new Set(ids)], asOf)) results.set(`${id}|${asOf}`, value);
      }
      return keys.map((key) => results.get(`${key.id}|${key.asOf}`) ?? missing);
    },
    { cacheKeyFn: (key) => `${key.id}|${key.asOf}` },
  );
}
