const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are opaque to clients; a malformed one names nothing, so callers answer NOT_FOUND rather than crash. */
export function isWellFormedId(id: string): boolean {
  return UUID.test(id);
}
