import { MigrationInterface, QueryRunner } from 'typeorm';

/** A statement-level trigger per event (transition tables allow one event each) adding what changed to a summary. */
function countedSummary(table: string, summary: string, keys: Array<[column: string, expression: string]>): string {
  const names = keys.map(([column]) => column).join(', ');
  const from = (rows: string, sign: number) =>
    `SELECT ${keys.map(([column, expression]) => `${expression} AS ${column}`).join(', ')}, ${sign} AS change FROM ${rows}`;
  const upsert = (source: string) => `INSERT INTO ${summary} AS s (${names}, count)
      SELECT ${names}, sum(change) FROM (${source}) AS changed GROUP BY ${names} HAVING sum(change) <> 0 ORDER BY ${names}
      ON CONFLICT (${names}) DO UPDATE SET count = s.count + excluded.count`;
  return `
    CREATE FUNCTION congvu_${summary}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        ${upsert(from('new_rows', 1))};
      ELSIF TG_OP = 'UPDATE' THEN
        ${upsert(`${from('old_rows', -1)} UNION ALL ${from('new_rows', 1)}`)};
      ELSE
        ${upsert(from('old_rows', -1))};
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER ${summary}_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION congvu_${summary}();
    CREATE TRIGGER ${summary}_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION congvu_${summary}();
    CREATE TRIGGER ${summary}_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION congvu_${summary}();
    INSERT INTO ${summary} (${names}, count) SELECT ${names}, sum(change) FROM (${from(table, 1)}) AS counted GROUP BY ${names};`;
}

export const COUNTERS = ['due', 'on_time', 'items_due', 'items_late_or_unsatisfied', 'overdue_delta'];

/**
 * What each 1022 item adds to the day summary (R22 over handling cycles, the city's days; a deadline is the end
 * of a day, so "due by the end of D" is "due on D or before"):
 * - on the due day of each cycle, to the unit assigned at the due moment: due, on time, and for an item with a
 *   single cycle the item counters of Decision 766 (a reopened item is recounted from its cycles by the reader);
 * - for each cycle open past due, not rejected, +1 to the unit assigned at the end of the first such day and −1 on
 *   the day it stops (replied, or reassigned: the unit assigned at the end of a day is the day's last assignment).
 */
export const FEEDBACK_ENTRIES = `
  WITH cycles AS (
    SELECT c.item_id, c.due_at, c.replied_at, c.citizen_satisfied, f.status,
           (c.due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS due_day,
           (c.replied_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS replied_day,
           count(*) OVER (PARTITION BY c.item_id) AS cycles,
           (SELECT a.unit_id FROM feedback_assignment a WHERE a.item_id = c.item_id AND a.assigned_at <= c.due_at
             ORDER BY a.assigned_at DESC LIMIT 1) AS due_unit
      FROM feedback_cycle c JOIN feedback_item f ON f.id = c.item_id
     WHERE c.item_id = ANY(items)
  ), days AS (
    SELECT DISTINCT ON (item_id, day) item_id, unit_id, day
      FROM (SELECT item_id, unit_id, assigned_at, (assigned_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day
              FROM feedback_assignment WHERE item_id = ANY(items)) AS assigned
     ORDER BY item_id, day, assigned_at DESC
  ), spans AS (
    SELECT item_id, unit_id, day AS from_day, lead(day) OVER (PARTITION BY item_id ORDER BY day) AS to_day FROM days
  ), overdue AS (
    SELECT c.item_id, s.unit_id, greatest(c.due_day, s.from_day) AS start_day,
           CASE WHEN c.replied_day IS NULL THEN s.to_day WHEN s.to_day IS NULL THEN c.replied_day ELSE least(c.replied_day, s.to_day) END AS stop_day
      FROM cycles c JOIN spans s ON s.item_id = c.item_id
     WHERE c.status <> 'REJECTED' AND (s.to_day IS NULL OR s.to_day > c.due_day)
  ), changes AS (
    SELECT item_id, due_unit AS unit_id, due_day AS day, 1 AS due, (replied_at IS NOT NULL AND replied_at <= due_at)::int AS on_time,
           (cycles = 1)::int AS items_due,
           (cycles = 1 AND (citizen_satisfied IS FALSE OR replied_at IS NULL OR replied_at > due_at))::int AS items_late_or_unsatisfied,
           0 AS overdue_delta
      FROM cycles WHERE due_unit IS NOT NULL
    UNION ALL
    SELECT item_id, unit_id, start_day, 0, 0, 0, 0, 1 FROM overdue WHERE stop_day IS NULL OR stop_day > start_day
    UNION ALL
    SELECT item_id, unit_id, stop_day, 0, 0, 0, 0, -1 FROM overdue WHERE stop_day > start_day
  )
  SELECT item_id, unit_id, day, ${COUNTERS.map((counter) => `sum(${counter})::int AS ${counter}`).join(', ')}
    FROM changes GROUP BY item_id, unit_id, day`;

/** Adds (sign 1) or takes out (sign −1) entries to the day and month summaries. */
export const applyEntries = (entries: string, sign: number) => `
  WITH entries AS (${entries}),
  by_day AS (
    INSERT INTO feedback_day_summary AS s (unit_id, day, ${COUNTERS.join(', ')})
    SELECT unit_id, day, ${COUNTERS.map((counter) => `${sign} * sum(${counter})`).join(', ')} FROM entries GROUP BY unit_id, day ORDER BY unit_id, day
    ON CONFLICT (unit_id, day) DO UPDATE SET ${COUNTERS.map((counter) => `${counter} = s.${counter} + excluded.${counter}`).join(', ')}
  )
  INSERT INTO feedback_month_summary AS s (unit_id, month, overdue_delta)
  SELECT unit_id, date_trunc('month', day)::date, ${sign} * sum(overdue_delta) FROM entries WHERE overdue_delta <> 0
   GROUP BY unit_id, date_trunc('month', day) ORDER BY 1, 2
  ON CONFLICT (unit_id, month) DO UPDATE SET overdue_delta = s.overdue_delta + excluded.overdue_delta`;

const FEEDBACK_SUMMARY = `
  -- the items whose figures a change may move: take out what they added, then add what they add now
  CREATE FUNCTION congvu_feedback_resummarise(items uuid[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    ${applyEntries(`DELETE FROM feedback_summary_entry WHERE item_id = ANY(items) RETURNING *`, -1)};
    ${applyEntries(`INSERT INTO feedback_summary_entry (item_id, unit_id, day, ${COUNTERS.join(', ')}) ${FEEDBACK_ENTRIES} RETURNING *`, 1)};
  END $$;

  CREATE FUNCTION congvu_feedback_summary() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    items uuid[];
  BEGIN
    IF TG_TABLE_NAME = 'feedback_item' THEN
      SELECT array_agg(n.id) INTO items FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.status IS DISTINCT FROM o.status;
    ELSIF TG_OP = 'INSERT' THEN
      SELECT array_agg(DISTINCT item_id) INTO items FROM new_rows;
    ELSIF TG_OP = 'UPDATE' THEN
      SELECT array_agg(DISTINCT item_id) INTO items FROM (SELECT item_id FROM old_rows UNION SELECT item_id FROM new_rows) AS changed;
    ELSE
      SELECT array_agg(DISTINCT item_id) INTO items FROM old_rows;
    END IF;
    IF items IS NOT NULL THEN
      PERFORM congvu_feedback_resummarise(items);
    END IF;
    RETURN NULL;
  END $$;
  ${['feedback_cycle', 'feedback_assignment']
    .map(
      (table) => `
  CREATE TRIGGER ${table}_summary_insert AFTER INSERT ON ${table} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION congvu_feedback_summary();
  CREATE TRIGGER ${table}_summary_update AFTER UPDATE ON ${table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION congvu_feedback_summary();
  CREATE TRIGGER ${table}_summary_delete AFTER DELETE ON ${table} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION congvu_feedback_summary();`,
    )
    .join('')}
  -- of an item itself only the status counts (a rejected item is never overdue)
  CREATE TRIGGER feedback_item_summary_update AFTER UPDATE ON feedback_item REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION congvu_feedback_summary();
  SELECT congvu_feedback_resummarise(array_agg(id)) FROM feedback_item;`;

export class DashboardSummaries1796215000000 implements MigrationInterface {
  name = 'DashboardSummaries1796215000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "evaluation_summary" ("period_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "status" "public"."evaluation_status" NOT NULL, "level" text NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_85bdc4052b41439da2a33425eb8" PRIMARY KEY ("period_id", "unit_id", "status", "level"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "finding_summary" ("unit_id" uuid NOT NULL, "status" "public"."finding_status" NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_02171a1c412c8a2c46092f0aefa" PRIMARY KEY ("unit_id", "status"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "initiative_summary" ("unit_id" uuid NOT NULL, "status" "public"."initiative_status" NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_7c3918c48ccfee0f74316922799" PRIMARY KEY ("unit_id", "status"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "feedback_day_summary" ("due" integer NOT NULL DEFAULT '0', "on_time" integer NOT NULL DEFAULT '0', "items_due" integer NOT NULL DEFAULT '0', "items_late_or_unsatisfied" integer NOT NULL DEFAULT '0', "overdue_delta" integer NOT NULL DEFAULT '0', "unit_id" uuid NOT NULL, "day" date NOT NULL, CONSTRAINT "PK_a0fb20d70c09727919f2ca6b110" PRIMARY KEY ("unit_id", "day"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "feedback_month_summary" ("unit_id" uuid NOT NULL, "month" date NOT NULL, "overdue_delta" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_6c40533a6d4239720b549b1888e" PRIMARY KEY ("unit_id", "month"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "feedback_summary_entry" ("due" integer NOT NULL DEFAULT '0', "on_time" integer NOT NULL DEFAULT '0', "items_due" integer NOT NULL DEFAULT '0', "items_late_or_unsatisfied" integer NOT NULL DEFAULT '0', "overdue_delta" integer NOT NULL DEFAULT '0', "item_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "day" date NOT NULL, CONSTRAINT "PK_d00d59ecb71ef33fcb6e88c8609" PRIMARY KEY ("item_id", "unit_id", "day"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_feedback_cycle_reopened" ON "feedback_cycle" ("item_id") WHERE number > 1`,
    );
    await queryRunner.query(
      countedSummary('evaluation', 'evaluation_summary', [
        ['period_id', 'period_id'],
        ['unit_id', 'unit_id'],
        ['status', 'status'],
        ['level', "coalesce(level::text, 'NONE')"],
      ]),
    );
    await queryRunner.query(
      countedSummary('finding', 'finding_summary', [
        ['unit_id', 'responsible_unit_id'],
        ['status', 'status'],
      ]),
    );
    await queryRunner.query(
      countedSummary('initiative', 'initiative_summary', [
        ['unit_id', 'unit_id'],
        ['status', 'status'],
      ]),
    );
    await queryRunner.query(FEEDBACK_SUMMARY);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['feedback_cycle', 'feedback_assignment', 'evaluation', 'finding', 'initiative']) {
      for (const event of ['insert', 'update', 'delete'])
        await queryRunner.query(`DROP TRIGGER ${table}_summary_${event} ON ${table}`);
    }
    await queryRunner.query(`DROP TRIGGER feedback_item_summary_update ON feedback_item`);
    await queryRunner.query(
      `DROP FUNCTION congvu_feedback_summary(), congvu_feedback_resummarise(uuid[]), congvu_evaluation_summary(), congvu_finding_summary(), congvu_initiative_summary()`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_feedback_cycle_reopened"`);
    await queryRunner.query(`DROP TABLE "feedback_summary_entry"`);
    await queryRunner.query(`DROP TABLE "feedback_month_summary"`);
    await queryRunner.query(`DROP TABLE "feedback_day_summary"`);
    await queryRunner.query(`DROP TABLE "initiative_summary"`);
    await queryRunner.query(`DROP TABLE "finding_summary"`);
    await queryRunner.query(`DROP TABLE "evaluation_summary"`);
  }
}
