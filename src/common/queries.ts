import type { EntityManager } from 'typeorm';
import { NotFoundError } from './errors.js';
import type { NotFoundLabel } from './find.js';

/**
 * A raw read whose rows the caller declares as an interface (column aliases as its keys, values as `pg` returns
 * them: numeric and bigint as strings unless cast, dates as 'YYYY-MM-DD'). Values always travel as `params`
 * (`$1`, `$2`, …), enum values too (`= ANY($1::evaluation_status[])`): SQL text holds no literal a rename could
 * miss.
 */
export async function queryRows<T extends object>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  return em.query<T[]>(sql, [...params]);
}

/** The first row of a raw read, or null when it has none. */
export async function queryOne<T extends object>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T | null> {
  const rows = await queryRows<T>(em, sql, params);
  return rows.at(0) ?? null;
}

/** The row of a statement that always answers one (an aggregate, INSERT … RETURNING): none is a bug, thrown. */
export async function queryFirst<T extends object>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T> {
  const row = await queryOne<T>(em, sql, params);
  if (!row) throw new Error(`no row from a statement that always answers one: ${sql.slice(0, 80)}`);
  return row;
}

/** The first row of a raw read; NOT_FOUND naming `label` when it has none. */
export async function queryOneOrNotFound<T extends object>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
  label: NotFoundLabel,
): Promise<T> {
  const row = await queryOne<T>(em, sql, params);
  if (!row) throw new NotFoundError(label[0], label[1]);
  return row;
}

/** The rows of an UPDATE or DELETE … RETURNING (TypeORM's PostgreSQL driver answers those as `[rows, count]`). */
export async function updateReturning<T extends object>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  const [rows] = await em.query<[T[], number]>(sql, [...params]);
  return rows;
}

/** A set-based write (INSERT … SELECT, UPDATE …) inside the manager's transaction: how many rows it touched. */
export async function affectedRows(em: EntityManager, sql: string, params: readonly unknown[] = []): Promise<number> {
  if (!em.queryRunner) throw new Error('affectedRows runs inside a transaction (inTransaction)');
  const { affected } = await em.queryRunner.query(sql, [...params], true);
  return affected ?? 0;
}
