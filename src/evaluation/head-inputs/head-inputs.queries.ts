import type { EntityManager } from 'typeorm';
import { queryOne, queryRows } from '../../common/queries.js';
import { RATED_STATUSES, type RatingLevel } from '../evaluation.enums.js';

/** A unit's task list for a period: how many tasks, their average completion (null for none), how many exceeded. */
export async function unitTargetSummary(
  em: EntityManager,
  unitId: string,
  periodId: string,
): Promise<{ count: number; completion: number | null; exceeded: number }> {
  const row = await queryOne<{ count: number; completion: number | null; exceeded: number }>(
    em,
    `SELECT count(*)::int AS count, avg(completion_percent)::float AS completion,
            count(*) FILTER (WHERE exceeded)::int AS exceeded
       FROM unit_target WHERE unit_id = $1 AND period_id = $2`,
    [unitId, periodId],
  );
  return row ?? { count: 0, completion: null, exceeded: 0 };
}

/** The levels of the rated evaluations a head rates in a period. */
export function levelsRatedBy(
  em: EntityManager,
  periodId: string,
  raterPersonId: string,
): Promise<Array<{ level: RatingLevel; count: number }>> {
  return queryRows(
    em,
    `SELECT level, count(*)::int AS count FROM evaluation
      WHERE period_id = $1 AND rater_person_id = $2 AND status = ANY($3::evaluation_status[]) AND level IS NOT NULL
      GROUP BY level`,
    [periodId, raterPersonId, RATED_STATUSES],
  );
}

/** Whether a discipline decision (with a form) against the person is dated within [from, to]. */
export async function disciplinedBetween(
  em: EntityManager,
  personId: string,
  from: string,
  to: string,
): Promise<boolean> {
  const row = await queryOne<{ disciplined: boolean }>(
    em,
    `SELECT EXISTS (SELECT 1 FROM discipline_case
                     WHERE person_id = $1 AND form IS NOT NULL AND decided_on BETWEEN $2 AND $3) AS disciplined`,
    [personId, from, to],
  );
  return row?.disciplined ?? false;
}

/** Findings of these units due before `day` and not verified by `end` (the end of that day). */
export async function overdueFindingsCount(
  em: EntityManager,
  unitIds: readonly string[],
  day: string,
  end: Date,
): Promise<number> {
  const row = await queryOne<{ count: number }>(
    em,
    `SELECT count(*)::int AS count FROM finding
      WHERE responsible_unit_id = ANY($1::uuid[]) AND due_date < $2 AND (verified_at IS NULL OR verified_at > $3)`,
    [unitIds, day, end],
  );
  return row?.count ?? 0;
}
