import type { EntityManager } from 'typeorm';
import { listSql, pagedEntities, type ListSource } from '../common/paged-query.js';
import { queryRows } from '../common/queries.js';
import { SqlParams } from '../common/sql-params.js';
import type { OrderBy } from '../common/where.js';
import { PlanStatus } from './hierarchy.enums.js';
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
