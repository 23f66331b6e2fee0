import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { queryRows, queryOne } from './queries.js';
import type { SqlParams } from './sql-params.js';
import { orderBySql, whereSql, type Combinators, type OrderBy, type WhereColumns } from './where.js';

export interface PagedSql {
  /** columns, without the total; `pagedEntities` selects its entity's own instead */
  select: string;
  /** the alias of the table the page is of */
  alias: string;
  /** FROM … WHERE …, with $1… placeholders for `params` */
  from: string;
  orderBy: string;
  params: unknown[];
}

/** A list as its `where` and `orderBy` read it: its rows, and the columns they may name. */
export interface ListSource<W, F extends string> {
  /** the columns of a page of rows (`pagedQuery`; all of the alias's when omitted); `pagedEntities` reads the
   * entity's own and ignores it */
  select?: string;
  /** the table with its alias (`evaluation e`), and the joins the columns need */
  from: string;
  /** the table's alias: its `id` ends every order, so that pages are stable */
  alias: string;
  /** the columns of `where` */
  where: WhereColumns<W>;
  /** the columns of `orderBy` */
  orderBy: Readonly<Record<F, string>>;
  /** the order when `orderBy` is not given */
  defaultOrder: string;
}

/** A list's own conditions ANDed with the caller's `where`, compiled against the list's columns. */
export function listWhere<W extends Combinators<W>>(
  source: Pick<ListSource<W, string>, 'where'>,
  conditions: readonly string[],
  params: SqlParams,
  where: W | null | undefined,
): string {
  return [...conditions, whereSql(where, source.where, params)].join(' AND ');
}

/**
 * The SQL of one list's page: the list's own conditions (the policy's scope, its `filter`), ANDed with the caller's
 * `where`, in the caller's `orderBy` or the list's default; values go to `params`.
 */
export function listSql<W extends Combinators<W>, F extends string>(
  source: ListSource<W, F>,
  conditions: readonly string[],
  params: SqlParams,
  query: { where?: W | null; orderBy?: ReadonlyArray<OrderBy<F>> | null },
): PagedSql {
  const id = `${source.alias}.id`;
  return {
    select: source.select ?? `${source.alias}.*`,
    alias: source.alias,
    from: `FROM ${source.from} WHERE ${listWhere(source, conditions, params, query.where)}`,
    orderBy: orderBySql(query.orderBy, source.orderBy, `${source.defaultOrder}, ${id}`, id),
    params: params.values,
  };
}

/** A page of rows and the total of the list. */
export interface Page<Row> {
  rows: Row[];
  total: number;
}

/** One page and the total in one statement (a second only when the page lies past the end). */
export async function pagedQuery<Row extends object = Record<string, unknown>>(
  em: EntityManager,
  sql: PagedSql,
  offset: number,
  limit: number,
): Promise<Page<Row>> {
  const n = sql.params.length;
  const rows = await queryRows<Row & { total__: unknown }>(
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

/**
 * One page of an entity and the total in one statement: the entity's own columns on the list's alias, hydrated
 * as TypeORM hydrates them (its driver's conversions and the columns' transformers). For entities without
 * relations, which is every list's.
 */
export async function pagedEntities<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  sql: PagedSql,
  offset: number,
  limit: number,
): Promise<Page<T>> {
  const metadata = em.connection.getMetadata(entity);
  if (metadata.relations.length > 0) throw new Error(`pagedEntities: ${metadata.name} has relations`);
  // what TypeORM's find selects: no `select: false` column (a password hash), nothing virtual
  const columns = metadata.columns.filter(
    (column) => column.isSelect && !column.isVirtual && !column.isVirtualProperty,
  );
  const select = columns.map((column, i) => `${sql.alias}."${column.databaseName}" AS c${String(i)}`);
  const { rows, total } = await pagedQuery(em, { ...sql, select: select.join(', ') }, offset, limit);
  const driver = em.connection.driver;
  return {
    rows: rows.map((row) => {
      const hydrated = metadata.create() as T;
      columns.forEach((column, i) => {
        column.setEntityValue(hydrated, driver.prepareHydratedValue(row[`c${String(i)}`], column));
      });
      return hydrated;
    }),
    total,
  };
}
