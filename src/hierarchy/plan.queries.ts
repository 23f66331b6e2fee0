import type { EntityManager } from 'typeorm';
import { listSql, pagedEntities, type ListSource } from '../common/paged-query.js';
import { queryOne, queryRows } from '../common/queries.js';
import { VALID_ON } from '../common/validity.js';
import { HANDLED_STATUSES } from '../feedback/feedback.enums.js';
import { SqlParams } from '../common/sql-params.js';
import type { OrderBy } from '../common/where.js';
import { PlanStatus, type UnitKind } from './hierarchy.enums.js';
import { ReorganisationPlanOrderField, type ReorganisationPlanWhere } from './plan.inputs.js';
import { ReorganisationPlan } from './reorganisation-plan.entity.js';
import { PlanStep } from './plan-step.entity.js';
import { unitFromRow, UNIT_COLUMNS } from './tree.queries.js';
import type { Unit } from './unit.entity.js';

/** One side of a unit's lineage: the other unit, from which day, whole or a part of it. */
export interface LineageLink {
  unit: Unit;
  effectiveDate: string;
  whole: boolean;
}

/** Predecessors (or successors) of each unit, keyed by the unit's id, in one statement. */
export async function lineageOf(
  em: EntityManager,
  unitIds: readonly string[],
  direction: 'predecessors' | 'successors',
): Promise<Map<string, LineageLink[]>> {
  const [mine, other] =
    direction === 'predecessors' ? ['successor_id', 'predecessor_id'] : ['predecessor_id', 'successor_id'];
  const rows = await queryRows<Record<string, unknown>>(
    em,
    `SELECT l.${mine} AS key, l.effective_date, l.whole, ${UNIT_COLUMNS}
       FROM unit_lineage l JOIN unit u ON u.id = l.${other}
      WHERE l.${mine} = ANY($1::uuid[]) ORDER BY u.code`,
    [unitIds],
  );
  const byUnit = new Map<string, LineageLink[]>();
  for (const row of rows) {
    const key = row.key as string;
    byUnit.set(key, [
      ...(byUnit.get(key) ?? []),
      { unit: unitFromRow(row), effectiveDate: row.effective_date as string, whole: row.whole as boolean },
    ]);
  }
  return byUnit;
}

/** `reorganisationPlans` on `rp`. */
export const PLANS: ListSource<ReorganisationPlanWhere, ReorganisationPlanOrderField> = {
  from: 'reorganisation_plan rp',
  alias: 'rp',
  where: {
    id: { sql: 'rp.id', kind: 'id' },
    actNumber: { sql: 'rp.act_number', kind: 'string' },
    title: { sql: 'rp.title', kind: 'string' },
    status: { sql: 'rp.status', kind: 'enum', pgType: 'plan_status' },
    signedOn: { sql: 'rp.signed_on', kind: 'date' },
    effectiveDate: { sql: 'rp.effective_date', kind: 'date' },
  },
  orderBy: {
    [ReorganisationPlanOrderField.EFFECTIVE_DATE]: 'rp.effective_date',
    [ReorganisationPlanOrderField.SIGNED_ON]: 'rp.signed_on',
    [ReorganisationPlanOrderField.TITLE]: 'rp.title',
    [ReorganisationPlanOrderField.STATUS]: 'rp.status',
  },
  defaultOrder: 'rp.effective_date DESC, rp.created_at DESC',
};

/** One page of plans, the latest in force first (or as `orderBy` says), with the total in the same statement. */
export async function listPlans(
  em: EntityManager,
  offset: number,
  limit: number,
  filter: {
    where?: ReorganisationPlanWhere | null;
    orderBy?: ReadonlyArray<OrderBy<ReorganisationPlanOrderField>> | null;
  } = {},
): Promise<{ plans: ReorganisationPlan[]; total: number }> {
  const sql = listSql(PLANS, [], new SqlParams(), filter);
  const { rows: plans, total } = await pagedEntities(em, ReorganisationPlan, sql, offset, limit);
  return { plans, total };
}

export function stepsOf(em: EntityManager, planId: string): Promise<PlanStep[]> {
  return em.find(PlanStep, { where: { planId }, order: { ordinal: 'ASC' } });
}

/**
 * Units together with everything they were formed from (predecessors of predecessors too), for figures that
 * compare a new unit with the units it replaced; `approximate` when a part of a split unit is among them.
 */
export async function withPredecessors(
  em: EntityManager,
  unitIds: readonly string[],
): Promise<{ unitIds: string[]; approximate: boolean }> {
  const rows = await queryRows<{ id: string; whole: boolean }>(
    em,
    `WITH RECURSIVE back(id, whole, depth) AS (
       SELECT unnest($1::uuid[]), true, 0
       UNION
       SELECT l.predecessor_id, b.whole AND l.whole, b.depth + 1 FROM back b JOIN unit_lineage l ON l.successor_id = b.id WHERE b.depth < 16)
     SELECT id, bool_and(whole) AS whole FROM back GROUP BY id`,
    [unitIds],
  );
  return { unitIds: rows.map((row) => row.id), approximate: rows.some((row) => !row.whole) };
}

/** Scheduled plans whose effective date has come by `today`, oldest first. */
export function duePlans(em: EntityManager, today: string): Promise<Array<{ id: string }>> {
  return queryRows<{ id: string }>(
    em,
    `SELECT id FROM reorganisation_plan WHERE status = $1 AND effective_date <= $2 ORDER BY effective_date, created_at`,
    [PlanStatus.SCHEDULED, today],
  );
}

// ——— what applying a plan reads, in its transaction ———

/** A unit with its parent on the day it is read on. */
export interface UnitRow {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  type_vi: string;
  parent_id: string | null;
}

/** A unit with its parent of the day ($1). */
const UNIT_SELECT = `SELECT u.id, u.code, u.name, u.kind, u.type_vi,
  (SELECT l.parent_id FROM unit_link l WHERE l.unit_id = u.id AND ${VALID_ON('l', '$1')} LIMIT 1) AS parent_id FROM unit u`;

/** The units in force on `day` with these codes, by code. */
export async function unitsByCode(em: EntityManager, codes: string[], day: string): Promise<Map<string, UnitRow>> {
  const rows = await queryRows<UnitRow>(
    em,
    `${UNIT_SELECT} WHERE u.code = ANY($2::varchar[]) AND ${VALID_ON('u', '$1')}`,
    [day, codes],
  );
  return new Map(rows.map((row) => [row.code, row]));
}

/** The units of these kinds in force on `day`. */
export function unitsOfKindsOn(em: EntityManager, kinds: readonly UnitKind[], day: string): Promise<UnitRow[]> {
  return queryRows<UnitRow>(em, `${UNIT_SELECT} WHERE u.kind = ANY($2::unit_kind[]) AND ${VALID_ON('u', '$1')}`, [
    day,
    kinds,
  ]);
}

/** How many units are in force on `day`. */
export async function countValidOn(em: EntityManager, day: string): Promise<number> {
  const row = await queryOne<{ count: number }>(
    em,
    `SELECT count(*)::int AS count FROM unit u WHERE ${VALID_ON('u', '$1')}`,
    [day],
  );
  return row?.count ?? 0;
}

/** Of these units, those already ended on or before `date` (by another act). */
export function unitsEndedBy(em: EntityManager, ids: readonly string[], date: string) {
  return queryRows<{ name: string; code: string }>(
    em,
    `SELECT name, code FROM unit WHERE id = ANY($1::uuid[]) AND valid_to IS NOT NULL AND valid_to <= $2`,
    [ids, date],
  );
}

/** The links on `day` of the children of these units (the units themselves left out), with when each ends. */
export function childLinksOn(em: EntityManager, parentIds: readonly string[], day: string) {
  return queryRows<{ unit_id: string; parent_id: string; old_to: string | null }>(
    em,
    `SELECT l.unit_id, l.parent_id, l.valid_to AS old_to FROM unit_link l
      WHERE l.parent_id = ANY($1::uuid[]) AND NOT (l.unit_id = ANY($1::uuid[])) AND l.valid_from <= $2 AND (l.valid_to IS NULL OR l.valid_to > $2)`,
    [parentIds, day],
  );
}

/** The names of these units, by id. */
export async function unitNames(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await queryRows<{ id: string; name: string }>(
    em,
    `SELECT id, name FROM unit WHERE id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The 1022 items of these units not handled yet. */
export async function openFeedbackIn(em: EntityManager, unitIds: readonly string[]): Promise<number> {
  const row = await queryOne<{ left: number }>(
    em,
    `SELECT count(*)::int AS left FROM feedback_item WHERE unit_id = ANY($1::uuid[]) AND NOT (status = ANY($2::feedback_status[]))`,
    [unitIds, HANDLED_STATUSES],
  );
  return row?.left ?? 0;
}

/** Units in force on `date` that had a parent the day `before` and have none on `date`. */
export function unitsLosingParent(em: EntityManager, date: string, before: string) {
  return queryRows<{ name: string; code: string }>(
    em,
    `SELECT u.name, u.code FROM unit u
      WHERE ${VALID_ON('u', '$1')}
        AND EXISTS (SELECT 1 FROM unit_link l WHERE l.unit_id = u.id AND ${VALID_ON('l', '$2')})
        AND NOT EXISTS (SELECT 1 FROM unit_link l WHERE l.unit_id = u.id AND ${VALID_ON('l', '$1')})`,
    [date, before],
  );
}

/** Units that would sit under themselves on `date`. */
export function unitsUnderThemselves(em: EntityManager, date: string) {
  return queryRows<{ name: string }>(
    em,
    `WITH RECURSIVE up(start, id, depth) AS (
       SELECT l.unit_id, l.parent_id, 1 FROM unit_link l WHERE ${VALID_ON('l', '$1')}
       UNION ALL
       SELECT up.start, l.parent_id, up.depth + 1 FROM up JOIN unit_link l ON l.unit_id = up.id AND ${VALID_ON('l', '$1')}
        WHERE up.depth < 64 AND up.id <> up.start)
     SELECT DISTINCT u.name FROM up JOIN unit u ON u.id = up.start WHERE up.id = up.start`,
    [date],
  );
}

/** The ordinal of a plan's last step (0 without steps). */
export async function lastStepOrdinal(em: EntityManager, planId: string): Promise<number> {
  const row = await queryOne<{ last: number }>(
    em,
    `SELECT coalesce(max(ordinal), 0)::int AS last FROM reorganisation_step WHERE plan_id = $1`,
    [planId],
  );
  return row?.last ?? 0;
}
