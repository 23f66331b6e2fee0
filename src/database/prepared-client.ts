import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * How many statements one connection keeps prepared. A statement whose text varies with its input (an IN list of
 * n placeholders) would otherwise add one per n for the connection's life; past the bound, statements run unnamed
 * as pg runs them by default. The pool replaces its connections after `POOL_CONNECTION_LIFETIME_SECONDS`, so the
 * statements a connection keeps follow what is asked now, with no eviction to track inside pg.
 */
export const PREPARED_PER_CONNECTION = 200;

/** How long the pool keeps a connection (pg-pool's maxLifetimeSeconds). */
export const POOL_CONNECTION_LIFETIME_SECONDS = 1800;

/**
 * A pg client that prepares each parameterised statement once per connection, named after its text: PostgreSQL
 * then parses it once and, once its own cost rule finds the generic plan as good as the custom ones, stops planning
 * it on every request (a dashboard's statements spend longer planning than running). Statements without values,
 * the transaction's BEGIN/COMMIT and DDL among them, run as before. Given to the pool as `extra.Client`.
 */
export class PreparingClient extends pg.Client {
  readonly prepared = new Set<string>();
}

PreparingClient.prototype.query = function (
  this: PreparingClient,
  text: unknown,
  values?: unknown,
  callback?: unknown,
) {
  const args: unknown[] = [text, values, callback];
  if (typeof text === 'string' && Array.isArray(values) && values.length > 0) {
    const name = `congvu_${createHash('sha1').update(text).digest('base64url')}`;
    if (this.prepared.has(name) || this.prepared.size < PREPARED_PER_CONNECTION) {
      this.prepared.add(name);
      args.splice(0, 2, { name, text, values });
    }
  }
  // pg's own query, with the arguments it has always accepted (its overloads cannot be spelt for a pass-through)
  const query = pg.Client.prototype.query.bind(this) as (...queryArgs: unknown[]) => unknown;
  return query(...args);
} as pg.Client['query'];
