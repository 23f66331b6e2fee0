import type { EntityManager } from 'typeorm';
import { queryRows } from '../common/queries.js';
import type { EvaluationPeriod } from '../evaluation/evaluation-period.entity.js';
import { APPROVED_STATUSES, type RatingLevel } from '../evaluation/evaluation.enums.js';

export interface PayoutRow {
  code: string;
  name: string;
  person_id: string;
  full_name: string;
  level: RatingLevel;
  base: string | null;
  k: number | null;
  factor: number;
  amount_before_cap: number;
  scale: number;
  amount: string;
}

export interface PayRow {
  unit_id: string;
  k: string | null;
  person_id: string;
  level: RatingLevel;
  monthly_salary: string | null;
  fixed_monthly_amount: string | null;
  days_appointed: number;
  days_in_period: number;
}

/** R30's inputs: each approved evaluation of the quarter with its pay, its unit's k and the days appointed in it. */
export function payRows(em: EntityManager, period: EvaluationPeriod): Promise<PayRow[]> {
  return queryRows<PayRow>(
    em,
    `SELECT e.unit_id, c.k, e.person_id, e.level, pp.monthly_salary, pp.fixed_monthly_amount,
              (SELECT coalesce(sum(least(coalesce(a.valid_to, $3::date + 1), $3::date + 1) - greatest(a.valid_from, $2::date)), 0)::int
                 FROM appointment a
                WHERE a.person_id = e.person_id AND a.valid_from <= $3 AND (a.valid_to IS NULL OR a.valid_to > $2)) AS days_appointed,
              ($3::date - $2::date + 1) AS days_in_period
         FROM evaluation e
         JOIN person_pay pp ON pp.person_id = e.person_id
         LEFT JOIN income_coefficient c ON c.unit_id = e.unit_id AND c.period_id = e.period_id
        WHERE e.period_id = $1 AND e.status = ANY($4::evaluation_status[]) AND e.level IS NOT NULL
        ORDER BY e.unit_id, e.person_id`,
    [period.id, period.startsOn, period.endsOn, APPROVED_STATUSES],
  );
}

/** Replaces a quarter's payouts with these rows (unit, person, level, salary, fixed amount, k, factor, days, amounts). */
export async function replacePayouts(em: EntityManager, periodId: string, values: readonly unknown[][]): Promise<void> {
  await em.query(`DELETE FROM payout WHERE period_id = $1`, [periodId]);
  if (values.length === 0) return;
  const column = (i: number) => values.map((row) => row[i]);
  await em.query(
    `INSERT INTO payout (period_id, unit_id, person_id, level, monthly_salary, fixed_monthly_amount, k, factor, days_appointed, amount_before_cap, scale, amount)
     SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::rating_level[], $5::bigint[], $6::bigint[], $7::numeric[], $8::numeric[], $9::int[], $10::numeric[], $11::numeric[], $12::bigint[])`,
    [periodId, ...Array.from({ length: 11 }, (_, i) => column(i))],
  );
}

/** A quarter's payouts in the columns of R30, by unit code and name. */
export function payoutsOf(em: EntityManager, periodId: string): Promise<PayoutRow[]> {
  return queryRows<PayoutRow>(
    em,
    `SELECT u.code, u.name, p.id AS person_id, p.full_name, po.level, coalesce(po.monthly_salary, po.fixed_monthly_amount) AS base,
            po.k::float8, po.factor::float8, po.amount_before_cap::float8, po.scale::float8, po.amount
       FROM payout po JOIN unit u ON u.id = po.unit_id JOIN person p ON p.id = po.person_id
      WHERE po.period_id = $1 ORDER BY u.code, p.full_name`,
    [periodId],
  );
}
