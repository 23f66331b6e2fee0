import DataLoader from 'dataloader';
import type { EntityManager, EntityTarget } from 'typeorm';
import { entitiesByIds } from './paged-query.js';

/** A value now, or a promise of it when it still has to be read. */
export type Maybe<T> = T | Promise<T>;

/**
 * A per-request DataLoader that also remembers the values it has read, so that a nested field can be answered
 * synchronously once its list has loaded the page's relations in one batch (`nodeFieldsAsked`): graphql-js then
 * completes the field without a promise. On a page of 500 units with parent and head, the promise of every field
 * of every row, its microtasks and its garbage cost more than the SQL (docs/benchmarks.md).
 */
export class SettledLoader<K, V, C = K> extends DataLoader<K, V, C> {
  private readonly settled: Map<C, V>;
  private readonly keyOf: (key: K) => C;

  constructor(batch: DataLoader.BatchLoadFn<K, V>, keyOf: (key: K) => C) {
    const settled = new Map<C, V>();
    super(
      async (keys) => {
        const values = await batch(keys);
        keys.forEach((key, i) => {
          const value = values[i];
          if (!(value instanceof Error) && value !== undefined) settled.set(keyOf(key), value);
        });
        return values;
      },
      { cacheKeyFn: keyOf },
    );
    this.settled = settled;
    this.keyOf = keyOf;
  }

  /** A value read elsewhere (beside the rows of a page), answered at once from now on; a key read stays as read. */
  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    const cacheKey = this.keyOf(key);
    if (!(value instanceof Error) && !(value instanceof Promise) && !this.settled.has(cacheKey))
      this.settled.set(cacheKey, value as V);
    return super.prime(key, value);
  }

  override clear(key: K): this {
    this.settled.delete(this.keyOf(key));
    return super.clear(key);
  }

  override clearAll(): this {
    this.settled.clear();
    return super.clearAll();
  }

  /** The value of `key` now when it has been read, else when it is. */
  answer(key: K): Maybe<V> {
    const cacheKey = this.keyOf(key);
    const value = this.settled.get(cacheKey);
    return value !== undefined || this.settled.has(cacheKey) ? (value as V) : this.load(key);
  }
}

/** `then` applied to the values as soon as all are there: at once when none is a promise. */
export function settle<const T extends readonly unknown[], R>(
  values: { [I in keyof T]: Maybe<T[I]> },
  then: (...settled: T) => R,
): Maybe<R> {
  if (values.some((value) => value instanceof Promise))
    return Promise.all(values).then((settled) => then(...(settled as unknown as T)));
  return then(...(values as unknown as T));
}

const same = (id: string) => id;

/** Rows of an entity by id, `null` for a missing one, batched per request and answered at once once read. */
export function byIdLoader<T extends { id: string }>(
  em: EntityManager,
  entity: EntityTarget<T>,
): SettledLoader<string, T | null, string> {
  return new SettledLoader<string, T | null, string>(async (ids) => {
    const byId = new Map((await entitiesByIds(em, entity, ids)).map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }, same);
}
