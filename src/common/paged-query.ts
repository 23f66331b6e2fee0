import type { EntityManager, EntityTarget } from 'typeorm';
import { queryRows, queryOne } from './queries.js';

export interface PagedSql {
  /** columns, without the total */
  select: string;
  /** FROM … WHERE …, with $1… placeholders for `params` */
  from: string;
  orderBy: string;
  params: unknown[];
}

/** One page and the total in one statement (a second only when the page lies past the end). */
export async function pagedQuery(
  em: EntityManager,
  sql: PagedSql,
  offset: number,
  limit: number,
): Promise<{ rows: Array<Record<string, unknown>>; total: number }> {
  const n = sql.params.length;
  const rows = await queryRows<Record<string, unknown>>(
    em,
    `SELECT ${sql.select}, count(*) OVER () AS total__ ${sql.from} ORDER BY ${sql.orderBy} LIMIT $${String(n + 1)} OFFSET $${String(n + 2)}`,
    [...sql.params, limit, offset],
  );
  const first = rows.at(0);
  if (first) return { rows, total: Number(first.total__) };
  if (offset === 0) return { rows, total: 0 };
  const counted = await queryOne<{ total: number }>(em, `SELECT count(*)::int AS total ${sql.from}`, sql.params);
  return { rows, total: counted?.total ?? 0 };
}

/** Rows of an entity by id, in the order of `ids` (missing ones left out): one statement. */
export async function entitiesByIds<T extends { id: string }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  ids: readonly string[],
): Promise<T[]> {
  if (ids.length === 0) return [];
  const found = await em.createQueryBuilder(entity, 'row').where('row.id = ANY(:ids)', { ids }).getMany();
  const byId = new Map(found.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One page of an entity: `pagedQuery` of its ids (`select` is the id column), then the rows in that order. */
export async function pagedEntities<T extends { id: string }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  sql: PagedSql,
  offset: number,
  limit: number,
): Promise<{ rows: T[]; total: number }> {
  const { rows, total } = await pagedQuery(em, sql, offset, limit);
  return {
    rows: await entitiesByIds(
      em,
      entity,
      rows.map((row) => row.id as string),
    ),
    total,
  };
}
