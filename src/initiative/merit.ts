import type { EntityManager } from 'typeorm';

/** R29: each initiative a person proposed that was COMPLETED in the year adds `pointsEach` to their YEAR score. */
export async function meritPointsOf(em: EntityManager, personId: string, year: number, pointsEach: number): Promise<number> {
  const [{ completed }] = await em.query(
    `SELECT count(*)::int AS completed FROM initiative i JOIN initiative_proposer ip ON ip.initiative_id = i.id
      WHERE ip.person_id = $1 AND i.status = 'COMPLETED' AND extract(year FROM i.evaluated_on) = $2`,
    [personId, year],
  );
  return completed * pointsEach;
}
