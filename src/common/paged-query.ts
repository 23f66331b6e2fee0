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
  /** LEFT JOINs of rows read beside each (`pagedEntities`' `joined`) */
  joins: readonly string[] = [],
): PagedSql {
  const id = `${source.alias}.id`;
  return {
    select: source.select ?? `${source.alias}.*`,
    alias: source.alias,
    from: `FROM ${[source.from, ...joins].join(' ')} WHERE ${listWhere(source, conditions, params, query.where)}`,
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
 * An entity's columns as TypeORM's find selects them: no `select: false` column (a password hash), nothing virtual;
 * of those, only the primary key and the properties in `only` when it is given.
 */
function selectedColumns(em: EntityManager, entity: EntityTarget<ObjectLiteral>, only: ReadonlySet<string> | null) {
  const metadata = em.connection.getMetadata(entity);
  if (metadata.relations.some((relation) => relation.isEager))
    throw new Error(`pagedEntities: ${metadata.name} has eager relations`);
  const columns = metadata.columns.filter(
    (column) =>
      column.isSelect &&
      !column.isVirtual &&
      !column.isVirtualProperty &&
      (only === null || column.isPrimary || only.has(column.propertyName)),
  );
  return { metadata, columns };
}

/**
 * An entity's columns (as `selectedColumns`) read on `alias` under names starting `prefix`, and how to hydrate them
 * from a raw row as TypeORM hydrates them (its driver's conversions and the columns' transformers): for a statement
 * that reads an entity beside other things. `read` gives null when every column is null (a LEFT JOIN that found none).
 */
export function entityColumns<E extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<E>,
  alias: string,
  prefix: string,
  /** the properties to read besides the primary key (`columnsAsked`); null: all */
  only: ReadonlySet<string> | null = null,
): { select: string; read: (row: Record<string, unknown>) => E | null } {
  const { metadata, columns } = selectedColumns(em, entity, only);
  const names = columns.map((_, i) => `${prefix}${String(i)}`);
  const driver = em.connection.driver;
  return {
    select: columns.map((column, i) => `${alias}."${column.databaseName}" AS ${names[i] ?? ''}`).join(', '),
    read: (row) => {
      if (names.every((name) => row[name] === null)) return null;
      const hydrated = metadata.create() as E;
      columns.forEach((column, i) => {
        column.setEntityValue(hydrated, driver.prepareHydratedValue(row[names[i] ?? ''], column));
      });
      return hydrated;
    },
  };
}

/** A row of another table joined to each row of the page (by `listSql`'s `joins` or the list's own `from`). */
export interface Joined<E extends ObjectLiteral> {
  entity: new () => E;
  /** the alias its columns are read on */
  alias: string;
}

type JoinedRows<J> = { [K in keyof J]: J[K] extends Joined<infer E> ? Array<E | null> : never };

/**
 * One page of an entity and the total in one statement: the entity's own columns on the list's alias, hydrated
 * as TypeORM hydrates them (`entityColumns`), and, in the same statement, the rows `joined` brings in beside each
 * (null where the join found none).
 */
export async function pagedEntities<T extends ObjectLiteral, J extends Record<string, Joined<ObjectLiteral>>>(
  em: EntityManager,
  entity: EntityTarget<T>,
  sql: PagedSql,
  offset: number,
  limit: number,
  joined: J = {} as J,
  /**
   * the entity's properties to read besides its key, for a caller that reads no other (`columnsAsked`: the fields
   * a query asks); the rows' other properties are left undefined. null: every column, whole entities.
   */
  columns: ReadonlySet<string> | null = null,
): Promise<Page<T> & { joined: JoinedRows<J> }> {
  const own = entityColumns(em, entity, sql.alias, 'c0_', columns);
  const others = Object.entries(joined).map(([key, join], p) => ({
    key,
    ...entityColumns(em, join.entity, join.alias, `c${String(p + 1)}_`),
  }));
  const select = [own.select, ...others.map((part) => part.select)].join(', ');
  const { rows, total } = await pagedQuery(em, { ...sql, select }, offset, limit);
  return {
    rows: rows.map((row) => own.read(row) as T),
    total,
    joined: Object.fromEntries(others.map((part) => [part.key, rows.map(part.read)])) as JoinedRows<J>,
  };
}
