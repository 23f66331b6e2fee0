import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../common/errors.js';
import type { NotFoundLabel } from '../common/find.js';
import { isWellFormedId } from '../common/ids.js';
import { listSql, pagedQuery, type ListSource } from '../common/paged-query.js';
import { SqlParams } from '../common/sql-params.js';
import { VALID_ON } from '../common/validity.js';
import { likeLiteralFolded, type OrderBy } from '../common/where.js';
import { Unit } from './unit.entity.js';
import { UnitOrderField, type UnitWhere } from './unit.inputs.js';
import { queryRows } from '../common/queries.js';

/** Read side of the dated tree (R1): every function takes the day the tree is seen on. */

/**
 * SQL: the unit `alias` is of `kind` (the value at `placeholder`, a unit_kind), or any unit when `kind` is null. Two
 * texts rather than `$n IS NULL OR …`, so that each keeps a generic plan once prepared instead of being planned
 * again on every run.
 */
export function ofKindSql(alias: string, kind: string | null, placeholder: string): string {
  return kind === null ? `${placeholder}::unit_kind IS NULL` : `${alias}.kind = ${placeholder}::unit_kind`;
}

/** What a missing unit is called in NOT_FOUND. */
export const UNIT_LABEL: NotFoundLabel = ['đơn vị', 'Unit'];

/** Plain rows → Unit entities, without a query per row and by plain assignment, not TypeORM's metadata-driven `create`. */
export function unitFromRow(row: Record<string, unknown>): Unit {
  return Object.assign(new Unit(), {
    id: row.id as string,
    code: row.code as string,
    name: row.name as string,
    typeVi: row.type_vi as string,
    kind: row.kind as Unit['kind'],
    validity: { validFrom: row.valid_from as string, validTo: (row.valid_to as string | null) ?? null },
    mergedIntoId: (row.merged_into_id as string | null) ?? null,
  });
}

export const UNIT_COLUMNS = 'u.id, u.code, u.name, u.type_vi, u.kind, u.valid_from, u.valid_to, u.merged_into_id';

/** The parent of each unit on `asOf`, keyed by the child's id (absent: no parent that day). */
export async function parentsOn(
  em: EntityManager,
  unitIds: readonly string[],
  asOf: string,
): Promise<Map<string, Unit>> {
  const rows = await queryRows<Record<string, unknown>>(
    em,
    `SELECT l.unit_id AS child_id, ${UNIT_COLUMNS}
       FROM unit_link l JOIN unit u ON u.id = l.parent_id
      WHERE l.unit_id = ANY($1::uuid[]) AND ${VALID_ON('l')}`,
    [unitIds, asOf],
  );
  return new Map(rows.map((row) => [row.child_id as string, unitFromRow(row)]));
}

/** The parent each unit had last (a closed unit's: the one it had on its last day). */
export async function lastParentsOf(em: EntityManager, unitIds: readonly string[]): Promise<Map<string, Unit>> {
  const rows = await queryRows<Record<string, unknown>>(
    em,
    `SELECT DISTINCT ON (l.unit_id) l.unit_id AS child_id, ${UNIT_COLUMNS}
       FROM unit_link l JOIN unit u ON u.id = l.parent_id
      WHERE l.unit_id = ANY($1::uuid[]) ORDER BY l.unit_id, l.valid_from DESC`,
    [unitIds],
  );
  return new Map(rows.map((row) => [row.child_id as string, unitFromRow(row)]));
}

/** The children of each unit on `asOf` (units valid that day), by name. */
export async function childrenOn(
  em: EntityManager,
  parentIds: readonly string[],
  asOf: string,
): Promise<Map<string, Unit[]>> {
  const rows = await queryRows<Record<string, unknown>>(
    em,
    `SELECT l.parent_id, ${UNIT_COLUMNS}
       FROM unit_link l JOIN unit u ON u.id = l.unit_id
      WHERE l.parent_id = ANY($1::uuid[]) AND ${VALID_ON('l')} AND ${VALID_ON('u')}
      ORDER BY u.name, u.id`,
    [parentIds, asOf],
  );
  const byParent = new Map<string, Unit[]>();
  for (const row of rows) {
    const list = byParent.get(row.parent_id as string) ?? [];
    list.push(unitFromRow(row));
    byParent.set(row.parent_id as string, list);
  }
  return byParent;
}

/** The unit's ancestors on `asOf`, nearest first (the unit itself excluded). */
export async function ancestorIdsOn(em: EntityManager, unitId: string, asOf: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    em,
    `WITH RECURSIVE up(id, depth) AS (
       SELECT l.parent_id, 1 FROM unit_link l WHERE l.unit_id = $1 AND ${VALID_ON('l')}
       UNION ALL
       SELECT l.parent_id, up.depth + 1 FROM up JOIN unit_link l ON l.unit_id = up.id AND ${VALID_ON('l')}
       WHERE up.depth < 64
     )
     SELECT id FROM up ORDER BY depth`,
    [unitId, asOf],
  );
  return rows.map((row) => row.id);
}

/** The ids of the subtree of `root` on `day` (SQL expressions), the root first: a walk down that day's links. */
export const SUBTREE_IDS = (root: string, day: string) =>
  `WITH RECURSIVE down(id, depth) AS (
     SELECT ${root}, 0
     UNION ALL
     SELECT l.unit_id, down.depth + 1 FROM down JOIN unit_link l ON l.parent_id = down.id AND ${VALID_ON('l', day)}
     WHERE down.depth < 64
   )
   SELECT id FROM down`;

/** The unit and everything under it on `asOf`. */
export async function subtreeIdsOn(em: EntityManager, unitId: string, asOf: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(em, SUBTREE_IDS('$1::uuid', '$2'), [unitId, asOf]);
  return rows.map((row) => row.id);
}

/**
 * Units found by id, keyed by it: those valid on `asOf`, or whatever their days when it is null (one statement;
 * plain rows, not TypeORM's hydration).
 */
export async function unitsByIds(
  em: EntityManager,
  unitIds: readonly string[],
  asOf: string | null,
): Promise<Map<string, Unit>> {
  const rows = await queryRows<Record<string, unknown>>(
    em,
    `SELECT ${UNIT_COLUMNS} FROM unit u WHERE u.id = ANY($1::uuid[])${asOf === null ? '' : ` AND ${VALID_ON('u')}`}`,
    asOf === null ? [unitIds] : [unitIds, asOf],
  );
  return new Map(rows.map((row) => [row.id as string, unitFromRow(row)]));
}

/** R1: codes are unique among the units valid on one day. */
export async function unitByCodeOn(em: EntityManager, code: string, asOf: string): Promise<Unit | null> {
  const rows = await queryRows<Record<string, unknown>>(
    em,
    `SELECT ${UNIT_COLUMNS} FROM unit u WHERE u.code = $1 AND ${VALID_ON('u')}`,
    [code, asOf],
  );
  return rows[0] ? unitFromRow(rows[0]) : null;
}

export interface UnitListFilter {
  kind?: Unit['kind'];
  parentId?: string;
  search?: string;
  where?: UnitWhere;
  orderBy?: ReadonlyArray<OrderBy<UnitOrderField>>;
}

const UNIT_KIND_ORDER = 'array_position(enum_range(NULL::unit_kind), u.kind)';

/** `units` on `u`. */
export const UNITS: ListSource<UnitWhere, UnitOrderField> = {
  select: UNIT_COLUMNS,
  from: 'unit u',
  alias: 'u',
  where: {
    id: { sql: 'u.id', kind: 'id' },
    code: { sql: 'u.code', kind: 'string' },
    name: { sql: 'u.name', kind: 'string' },
    typeVi: { sql: 'u.type_vi', kind: 'string' },
    kind: { sql: 'u.kind', kind: 'enum', pgType: 'unit_kind' },
    parentId: {
      sql: `(SELECT l.parent_id FROM unit_link l WHERE l.unit_id = u.id AND ${VALID_ON('l', '$1')})`,
      kind: 'id',
    },
    validFrom: { sql: 'u.valid_from', kind: 'date' },
    validTo: { sql: 'u.valid_to', kind: 'date' },
  },
  orderBy: {
    [UnitOrderField.NAME]: 'u.name',
    [UnitOrderField.CODE]: 'u.code',
    [UnitOrderField.KIND]: UNIT_KIND_ORDER,
    [UnitOrderField.VALID_FROM]: 'u.valid_from',
  },
  defaultOrder: `${UNIT_KIND_ORDER}, u.name`,
};

/**
 * One page of the units valid on `asOf`, with the total in the same statement. `search` is folded by
 * congvu_fold() on both sides; words must start where the typed text starts, and a typed number matches the
 * whole number ("phuong 1" finds "Phường 01", not "Phường 10").
 */
export async function listUnits(
  em: EntityManager,
  filter: UnitListFilter,
  asOf: string,
  offset: number,
  limit: number,
): Promise<{ units: Unit[]; total: number }> {
  const params = new SqlParams();
  const day = params.add(asOf);
  const where = [VALID_ON('u', day)];
  if (filter.kind) where.push(`u.kind = ${params.add(filter.kind)}::unit_kind`);
  if (filter.parentId) {
    where.push(
      `EXISTS (SELECT 1 FROM unit_link l WHERE l.unit_id = u.id AND l.parent_id = ${params.add(filter.parentId)}::uuid AND ${VALID_ON('l', day)})`,
    );
  }
  const search = filter.search?.trim();
  if (search) {
    const typed = params.add(search);
    const q = `congvu_fold(${typed})`;
    const escaped = likeLiteralFolded(typed);
    where.push(
      `(u.code = ${typed} OR (congvu_fold(u.name) LIKE '%' || ${escaped} || '%'
        AND ' ' || congvu_fold(u.name) || ' ' LIKE '% ' || ${escaped} || CASE WHEN ${q} ~ '[0-9]$' THEN ' %' ELSE '%' END))`,
    );
  }
  const { rows, total } = await pagedQuery(em, listSql(UNITS, where, params, filter), offset, limit);
  return { units: rows.map(unitFromRow), total };
}

/** The whole tree of `asOf`, depth first and by name within a parent, with each unit's depth: one statement. */
export async function treeOn(
  em: EntityManager,
  asOf: string,
): Promise<Array<{ id: string; code: string; name: string; kind: string; depth: number }>> {
  return queryRows(
    em,
    `WITH RECURSIVE tree(id, depth, path) AS (
       SELECT u.id, 0, ARRAY[u.name::text] FROM unit u
        WHERE ${VALID_ON('u', '$1')} AND NOT EXISTS (SELECT 1 FROM unit_link l WHERE l.unit_id = u.id AND ${VALID_ON('l', '$1')})
       UNION ALL
       SELECT l.unit_id, t.depth + 1, t.path || c.name::text
         FROM tree t JOIN unit_link l ON l.parent_id = t.id AND ${VALID_ON('l', '$1')} JOIN unit c ON c.id = l.unit_id AND ${VALID_ON('c', '$1')}
        WHERE t.depth < 64)
     SELECT u.id, u.code, u.name, u.kind, t.depth FROM tree t JOIN unit u ON u.id = t.id ORDER BY t.path`,
    [asOf],
  );
}

/** A unit's parents over time, oldest first: its place in the tree on every day. */
export async function parentHistoryOf(
  em: EntityManager,
  unitId: string,
): Promise<Array<{ parentName: string; parentCode: string; validFrom: string; validTo: string | null }>> {
  const rows = await queryRows<{ name: string; code: string; valid_from: string; valid_to: string | null }>(
    em,
    `SELECT p.name, p.code, l.valid_from, l.valid_to FROM unit_link l JOIN unit p ON p.id = l.parent_id WHERE l.unit_id = $1 ORDER BY l.valid_from`,
    [unitId],
  );
  return rows.map((row) => ({
    parentName: row.name,
    parentCode: row.code,
    validFrom: row.valid_from,
    validTo: row.valid_to,
  }));
}

/**
 * The units a list's filter by unit stands for on `day`: the unit, or with `includeSubunits` its subtree; undefined
 * without a unit. A malformed id is NOT_FOUND, as a missing unit would be.
 */
export async function filterUnitIds(
  em: EntityManager,
  filter: { unitId?: string | null; includeSubunits?: boolean | null } | null | undefined,
  day: string,
): Promise<string[] | undefined> {
  const unitId = filter?.unitId;
  if (!unitId) return undefined;
  if (!isWellFormedId(unitId)) throw new NotFoundError(...UNIT_LABEL);
  return filter.includeSubunits ? subtreeIdsOn(em, unitId, day) : [unitId];
}

/** The days within (from, until) where a link starts or ends: the only days the tree can change on. */
export async function linkBoundariesWithin(em: EntityManager, from: string, until: string | null): Promise<string[]> {
  const rows = await queryRows<{ day: string }>(
    em,
    `SELECT DISTINCT valid_from AS day FROM unit_link WHERE valid_from > $1 AND ($2::date IS NULL OR valid_from < $2)
     UNION SELECT DISTINCT valid_to FROM unit_link WHERE valid_to > $1 AND ($2::date IS NULL OR valid_to < $2)`,
    [from, until],
  );
  return rows.map((row) => row.day);
}
