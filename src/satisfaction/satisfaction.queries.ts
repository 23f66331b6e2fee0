import type { EntityManager } from 'typeorm';
import { queryRows } from '../common/queries.js';

/** The unit's result for the period from the first source present in `order` (§4). */
export async function satisfactionFor(
  em: EntityManager,
  unitId: string,
  periodId: string,
  order: readonly string[],
): Promise<{ percent: number; source: string; sampleSize: number } | null> {
  const rows = await queryRows<{ percent: string; source: string; sample_size: number }>(
    em,
    `SELECT percent, source, sample_size FROM satisfaction_result
      WHERE unit_id = $1 AND period_id = $2
      ORDER BY array_position($3::text[], source::text) NULLS LAST LIMIT 1`,
    [unitId, periodId, order],
  );
  return rows[0] ? { percent: Number(rows[0].percent), source: rows[0].source, sampleSize: rows[0].sample_size } : null;
}
