import type { EntityManager } from 'typeorm';
import { queryOne } from '../common/queries.js';
import { InitiativeStatus } from './initiative.enums.js';

/**
 * R29: each initiative a person proposed that was COMPLETED adds `pointsEach` to their YEAR score for the year
 * the work was completed (the completion day of its result report), whenever the result was evaluated: a
 * December completion evaluated in January counts for December's year.
 */
export async function meritPointsOf(
  em: EntityManager,
  personId: string,
  year: number,
  pointsEach: number,
): Promise<number> {
  const row = await queryOne<{ completed: number }>(
    em,
    `SELECT count(*)::int AS completed FROM initiative i JOIN initiative_proposer ip ON ip.initiative_id = i.id
      WHERE ip.person_id = $1 AND i.status = $3 AND extract(year FROM coalesce(i.completed_on, i.reported_on)) = $2`,
    [personId, year, InitiativeStatus.COMPLETED],
  );
  return (row?.completed ?? 0) * pointsEach;
}
