import type { DataSource, EntityManager } from 'typeorm';
import { logger } from '../../common/logger.js';
import type { Services } from '../../context.js';
import { StepKind } from '../../hierarchy/hierarchy.enums.js';
import type { StepPayload } from '../../hierarchy/plan-step.entity.js';
import { reorg2025Plans } from '../../hierarchy/plan-csv.js';
import { VALID_ON } from '../../common/validity.js';
import { Position } from '../../people/people.enums.js';
import { queryRows } from '../../common/queries.js';

/** Who heads a unit an act formed, when the seed does not leave it to the rule: unit code → the person. */
export type HeadsNamed = Record<string, string>;

/**
 * The demo's fixed rule for a split unit's people: they go to the part that keeps the unit's code, when one does
 * (27439's staff stay with the new 27439), else to the first part the mapping names.
 */
export function keepCodeOnSplit(steps: readonly StepPayload[]): StepPayload[] {
  return steps.map((step) =>
    step.kind === StepKind.SPLIT && step.parts.includes(step.source)
      ? { ...step, defaultSuccessor: step.source }
      : step,
  );
}

/**
 * HCMC's three acts of 2025 applied through the plan service, in order, on a database holding the 2023 city and
 * the two provinces that merge in on 1 July (`mergedProvinceUnits2025`). After each act the units it formed get a
 * head, as Home Affairs would appoint one: the person `named` for the unit's code, else the head of its predecessor
 * with the same code, else of its first predecessor taken whole, else of its first; the other predecessors'
 * heads stay on as deputies of the unit their own unit went to.
 */
export async function replayReorganisations2025(
  db: DataSource,
  services: Services,
  named: HeadsNamed = {},
): Promise<void> {
  for (const act of reorg2025Plans({ provinces: true })) {
    const started = Date.now();
    const plan = await services.plans.create(act.plan, keepCodeOnSplit(act.steps), null);
    const applied = await services.plans.apply(plan.id);
    const heads = await db.transaction((em) => appointHeadsOfNewUnits(em, plan.effectiveDate, named));
    const report = applied.report as { unitsBefore: number; unitsAfter: number; peopleMoved: number };
    logger.info({ act: plan.actNumber, ...report, heads, ms: Date.now() - started }, 'demo: reorganisation applied');
  }
}

/** Heads for the units formed on `day` that have none (see `replayReorganisations2025`); returns how many. */
async function appointHeadsOfNewUnits(em: EntityManager, day: string, named: HeadsNamed): Promise<number> {
  // a unit named in `named` and formed that day: whoever continued as its head (a renamed unit's) is its deputy
  const namedUnits = await queryRows<{ id: string; code: string }>(
    em,
    `SELECT u.id, u.code FROM unit u WHERE u.code = ANY($1::text[]) AND u.valid_from = $2`,
    [Object.keys(named), day],
  );
  await em.query(
    `UPDATE appointment SET position = $3 WHERE unit_id = ANY($1::uuid[]) AND position = $4 AND valid_from = $2`,
    [namedUnits.map((unit) => unit.id), day, Position.DEPUTY, Position.HEAD],
  );
  await em.query(
    `INSERT INTO appointment (person_id, unit_id, position, valid_from) SELECT person_id, unit_id, $3, $4 FROM unnest($1::uuid[], $2::uuid[]) AS t(person_id, unit_id)`,
    [namedUnits.map((unit) => named[unit.code]), namedUnits.map((unit) => unit.id), Position.HEAD, day],
  );
  const candidates = await queryRows<{ unit_id: string; code: string; person_id: string | null }>(
    em,
    `SELECT u.id AS unit_id, u.code, a.person_id
       FROM unit u
       LEFT JOIN unit_lineage l ON l.successor_id = u.id AND l.effective_date = $1
       LEFT JOIN unit p ON p.id = l.predecessor_id
       LEFT JOIN appointment a ON a.unit_id = p.id AND a.position = $2 AND a.valid_to = $1
      WHERE u.valid_from = $1
        AND NOT EXISTS (SELECT 1 FROM appointment h WHERE h.unit_id = u.id AND h.position = $2 AND ${VALID_ON('h', '$1')})
      ORDER BY u.code, p.code = u.code DESC, l.whole DESC, p.code, a.person_id`,
    [day, Position.HEAD],
  );
  const taken = new Set(Object.values(named));
  const heads = new Map<string, string>();
  for (const { unit_id, person_id } of candidates) {
    if (heads.has(unit_id) || !person_id || taken.has(person_id)) continue;
    heads.set(unit_id, person_id);
    taken.add(person_id);
  }
  const deputies = new Map<string, string>();
  for (const { unit_id, person_id } of candidates)
    if (person_id && !taken.has(person_id) && !deputies.has(person_id)) deputies.set(person_id, unit_id);
  const rows = [
    ...[...heads].map(([unitId, personId]) => ({ unitId, personId, position: Position.HEAD })),
    ...[...deputies].map(([personId, unitId]) => ({ unitId, personId, position: Position.DEPUTY })),
  ];
  await em.query(
    `INSERT INTO appointment (person_id, unit_id, position, valid_from)
     SELECT person_id, unit_id, position, $4 FROM unnest($1::uuid[], $2::uuid[], $3::"position"[]) AS t(person_id, unit_id, position)`,
    [rows.map((row) => row.personId), rows.map((row) => row.unitId), rows.map((row) => row.position), day],
  );
  return namedUnits.length + heads.size;
}
