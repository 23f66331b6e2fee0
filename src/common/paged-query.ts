import type { EntityManager } from 'typeorm';
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
