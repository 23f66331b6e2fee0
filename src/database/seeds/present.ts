/** What the seed made itself is missing: a bug of the seed, said by name (`const [row = missing('…')] = rows`). */
export function missing(what: string): never {
  throw new Error(`the demo seed expected ${what}`);
}

/** A row or item the seed made itself, or a bug of the seed said by name. */
export function present<T>(value: T | undefined, what: string): T {
  return value ?? missing(what);
}
