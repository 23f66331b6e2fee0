import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyEntries, COUNTERS, FEEDBACK_ENTRIES } from './1796215000000-dashboard-summaries.js';

/**
 * Issue 12: a year's 1022 figures for the city summed 681 units × 365 days of `feedback_day_summary` on every
 * dashboard (88,000 rows, most of the statement's 23 ms). The month summary now keeps every counter, not only
 * the overdue changes, so that a range sums its whole months there and only its partial months' days, found
 * by day. The backfill reads the day summary once: run it with no instance writing 1022 items (a write already
 * inside the old trigger function when this commits would add its days but only its overdue changes by month).
 */
const applyWithMonths = (entries: string, sign: number) => `
  WITH entries AS (${entries}),
  by_day AS (
    INSERT INTO feedback_day_summary AS s (unit_id, day, ${COUNTERS.join(', ')})
    SELECT unit_id, day, ${COUNTERS.map((counter) => `${sign} * sum(${counter})`).join(', ')} FROM entries GROUP BY unit_id, day ORDER BY unit_id, day
    ON CONFLICT (unit_id, day) DO UPDATE SET ${COUNTERS.map((counter) => `${counter} = s.${counter} + excluded.${counter}`).join(', ')}
  )
  INSERT INTO feedback_month_summary AS s (unit_id, month, ${COUNTERS.join(', ')})
  SELECT unit_id, date_trunc('month', day)::date, ${COUNTERS.map((counter) => `${sign} * sum(${counter})`).join(', ')} FROM entries
   GROUP BY unit_id, date_trunc('month', day) ORDER BY 1, 2
  ON CONFLICT (unit_id, month) DO UPDATE SET ${COUNTERS.map((counter) => `${counter} = s.${counter} + excluded.${counter}`).join(', ')}`;

const resummarise = (apply: (entries: string, sign: number) => string) => `
  CREATE OR REPLACE FUNCTION congvu_feedback_resummarise(items uuid[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    ${apply(`DELETE FROM feedback_summary_entry WHERE item_id = ANY(items) RETURNING *`, -1)};
    ${apply(`INSERT INTO feedback_summary_entry (item_id, unit_id, day, ${COUNTERS.join(', ')}) ${FEEDBACK_ENTRIES} RETURNING *`, 1)};
  END $$;`;

const MONTH_COUNTERS = COUNTERS.filter((counter) => counter !== 'overdue_delta');

export class FeedbackMonthCounters1796215500000 implements MigrationInterface {
  name = 'FeedbackMonthCounters1796215500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const counter of MONTH_COUNTERS)
      await queryRunner.query(`ALTER TABLE "feedback_month_summary" ADD "${counter}" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(resummarise(applyWithMonths));
    await queryRunner.query(`CREATE INDEX "IDX_feedback_day_summary_day" ON "feedback_day_summary" ("day", "unit_id")`);
    await queryRunner.query(
      `INSERT INTO feedback_month_summary AS s (unit_id, month, ${COUNTERS.join(', ')})
       SELECT unit_id, date_trunc('month', day)::date, ${COUNTERS.map((counter) => `sum(${counter})`).join(', ')}
         FROM feedback_day_summary GROUP BY 1, 2 ORDER BY 1, 2
       ON CONFLICT (unit_id, month) DO UPDATE SET ${COUNTERS.map((counter) => `${counter} = excluded.${counter}`).join(', ')}`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_feedback_day_summary_day"`);
    await queryRunner.query(resummarise(applyEntries));
    for (const counter of MONTH_COUNTERS)
      await queryRunner.query(`ALTER TABLE "feedback_month_summary" DROP COLUMN "${counter}"`);
  }
}
