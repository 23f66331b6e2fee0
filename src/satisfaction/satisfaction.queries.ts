import type { EntityManager } from 'typeorm';
import { queryOne } from '../common/queries.js';

/**
 * Each unit's result for a period from the first source present in the order (§4), as SQL with columns unit_id,
 * percent, source, sample_size: `period` and `order` are the placeholders of the period's id and the
 * `evaluation.satisfactionSourceOrder` setting. The head inputs and the ranking both read it, so they agree.
 */
export function firstSourceResultsSql(period: string, order: string): string {
  return `SELECT DISTINCT ON (s.unit_id) s.unit_id, s.percent, s.source, s.sample_size FROM satisfaction_result s
           WHERE s.period_id = ${period}
           ORDER BY s.unit_id, array_position(${order}::text[], s.source::text) NULLS LAST, s.source`;
}

/** The unit's result for the period from the first source present in `order` (§4). */
export async function satisfactionFor(
  em: EntityManager,
  unitId: string,
  periodId: string,
  order: readonly string[],
): Promise<{ percent: number; source: string; sampleSize: number } | null> {
  const row = await queryOne<{ percent: string; source: string; sample_size: number }>(
    em,
    `SELECT r.percent, r.source, r.sample_size FROM (${firstSourceResultsSql('$2', '$3')}) r WHERE r.unit_id = $1`,
    [unitId, periodId, order],
  );
  return row ? { percent: Number(row.percent), source: row.source, sampleSize: row.sample_size } : null;
}
