import type { EntityManager } from 'typeorm';
import { queryRows } from '../common/queries.js';
import { PlanStatus } from './hierarchy.enums.js';
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
  const rows: Array<Record<string, unknown>> = await em.query(
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

/** Plans, the newest effective date first. */
export async function listPlans(
  em: EntityManager,
  offset: number,
  limit: number,
): Promise<{ plans: ReorganisationPlan[]; total: number }> {
  const [plans, total] = await em.findAndCount(ReorganisationPlan, {
    order: { effectiveDate: 'DESC', createdAt: 'DESC' },
    skip: offset,
    take: limit,
  });
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
  const rows: Array<{ id: string; whole: boolean }> = await em.query(
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
