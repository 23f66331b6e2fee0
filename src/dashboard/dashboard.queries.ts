import type { EntityManager } from 'typeorm';
import type { EvaluationStatus, RatingLevel } from '../evaluation/evaluation-enums.js';
import type { InitiativeStatus } from '../initiative/initiative-enums.js';

/** Evaluations of a period in a set of units, counted by level and status. */
export function levelsByStatus(em: EntityManager, periodId: string, unitIds: readonly string[]): Promise<Array<{ level: RatingLevel | null; status: EvaluationStatus; count: number }>> {
  return em.query(`SELECT level, status, count(*)::int AS count FROM evaluation WHERE period_id = $1 AND unit_id = ANY($2::uuid[]) GROUP BY level, status`, [
    periodId,
    unitIds,
  ]);
}

/** Findings of a set of units not yet verified. */
export async function openFindingsOf(em: EntityManager, unitIds: readonly string[]): Promise<number> {
  const [{ findings }] = await em.query(`SELECT count(*)::int AS findings FROM finding WHERE responsible_unit_id = ANY($1::uuid[]) AND status <> 'VERIFIED'`, [unitIds]);
  return findings;
}

/** Initiatives of a set of units, counted by status. */
export function initiativesByStatus(em: EntityManager, unitIds: readonly string[]): Promise<Array<{ status: InitiativeStatus; count: number }>> {
  return em.query(`SELECT status, count(*)::int AS count FROM initiative WHERE unit_id = ANY($1::uuid[]) GROUP BY status ORDER BY status`, [unitIds]);
}

export interface RankingRow {
  unitId: string;
  value: number | null;
  count: number;
  approximate?: boolean;
}

/** Units of a kind by their satisfaction in the period (the first source present, in the gate's order), best first. */
export async function satisfactionRanking(em: EntityManager, periodId: string, kind: string | null, limit: number): Promise<RankingRow[]> {
  const rows: RankingRow[] = await em.query(
    `SELECT DISTINCT ON (s.unit_id) s.unit_id AS "unitId", s.percent::float AS value, s.sample_size AS count
       FROM satisfaction_result s JOIN unit u ON u.id = s.unit_id
      WHERE s.period_id = $1 AND ($2::unit_kind IS NULL OR u.kind = $2::unit_kind)
      ORDER BY s.unit_id, array_position(ARRAY['CITY_INDEX', 'SIPAS', 'KIOSK']::satisfaction_source[], s.source)`,
    [periodId, kind],
  );
  return rows.sort((a, b) => (b.value ?? 0) - (a.value ?? 0)).slice(0, limit);
}

/** Units of a kind by their share of EXCELLENT among rated evaluations, counting only groups of at least `minGroup`. */
export function excellentRanking(
  em: EntityManager,
  periodId: string,
  ratedStatuses: readonly EvaluationStatus[],
  kind: string | null,
  minGroup: number,
  limit: number,
): Promise<RankingRow[]> {
  return em.query(
    `SELECT e.unit_id AS "unitId", count(*)::int AS count,
            round(100.0 * count(*) FILTER (WHERE e.level = 'EXCELLENT') / count(*), 2)::float AS value
       FROM evaluation e JOIN unit u ON u.id = e.unit_id
      WHERE e.period_id = $1 AND e.level IS NOT NULL AND e.status = ANY($2::evaluation_status[]) AND ($3::unit_kind IS NULL OR u.kind = $3::unit_kind)
      GROUP BY e.unit_id HAVING count(*) >= $4
      ORDER BY value DESC, count DESC LIMIT $5`,
    [periodId, ratedStatuses, kind, minGroup, limit],
  );
}
