import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { hasAnyRole } from '../auth/permissions.js';
import { Role } from '../auth/role.js';
import { subtreeIdsOn } from '../hierarchy/tree.queries.js';

/** Home Affairs and city leaders see every individual result (R32). */
export const SEES_ALL_RESULTS: Role[] = [Role.HOME_AFFAIRS, Role.CITY_LEADER, Role.SYSTEM_ADMIN];

export function seesAllResults(actor: AuthUser | null): boolean {
  return hasAnyRole(actor, SEES_ALL_RESULTS);
}

/** The units the person heads on the day, with everything under them: their rating groups and those below. */
export async function unitsOverseenBy(em: EntityManager, personId: string | null, day: string): Promise<string[]> {
  if (!personId) return [];
  const headed: Array<{ unit_id: string }> = await em.query(
    `SELECT unit_id FROM appointment
      WHERE person_id = $1 AND position = 'HEAD' AND valid_from <= $2 AND (valid_to IS NULL OR valid_to > $2)`,
    [personId, day],
  );
  const ids = new Set<string>();
  for (const { unit_id } of headed) for (const id of await subtreeIdsOn(em, unit_id, day)) ids.add(id);
  return [...ids];
}

/**
 * R32: an individual's result is visible to the person, their rater, the rater's superiors (heads of the
 * rater's unit and of the units above it), Home Affairs and city leaders.
 */
export function canSeeEvaluation(
  actor: AuthUser | null,
  evaluation: { personId: string; raterPersonId: string | null; raterUnitId: string | null },
  overseenUnits: readonly string[],
): boolean {
  if (!actor) return false;
  if (seesAllResults(actor)) return true;
  if (actor.personId && (actor.personId === evaluation.personId || actor.personId === evaluation.raterPersonId)) return true;
  return evaluation.raterUnitId !== null && overseenUnits.includes(evaluation.raterUnitId);
}
