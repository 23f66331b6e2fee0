import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live updates (issue 12): a change of more than 100 evaluations in one statement (a period's notification, a
 * reorganisation moving open evaluations) named none, and reached no rater's `evaluationChanged`. It is announced
 * now in notifications of at most 50 evaluations each, with their units and periods, so that every one fits the
 * 8,000 bytes a notification may carry; subscribers take the notifications of one commit together.
 */
const CHANGED = `n.status IS DISTINCT FROM o.status OR n.level IS DISTINCT FROM o.level OR n.unit_id IS DISTINCT FROM o.unit_id`;

const IN_PARTS = `
  CREATE OR REPLACE FUNCTION congvu_evaluation_live() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    part record;
  BEGIN
    FOR part IN
      SELECT array_agg(DISTINCT c.unit_id) || array_agg(DISTINCT c.old_unit_id) AS units,
             array_agg(DISTINCT c.period_id) AS periods, array_agg(c.id) AS ids
        FROM (SELECT n.id, n.unit_id, o.unit_id AS old_unit_id, n.period_id, (row_number() OVER (ORDER BY n.id) - 1) / 50 AS part
                FROM new_rows n JOIN old_rows o ON o.id = n.id
               WHERE ${CHANGED}) c
       GROUP BY c.part
    LOOP
      PERFORM congvu_live_notify('evaluation', part.units, part.periods, part.ids);
    END LOOP;
    RETURN NULL;
  END $$;`;

const WHOLE = `
  CREATE OR REPLACE FUNCTION congvu_evaluation_live() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    units uuid[];
    periods uuid[];
    ids uuid[];
  BEGIN
    SELECT array_agg(DISTINCT n.unit_id) || array_agg(DISTINCT o.unit_id), array_agg(DISTINCT n.period_id), array_agg(n.id)
      INTO units, periods, ids
      FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE ${CHANGED};
    IF ids IS NOT NULL THEN
      PERFORM congvu_live_notify('evaluation', units, periods, ids);
    END IF;
    RETURN NULL;
  END $$;`;

export class LiveBulkEvaluations1796215400000 implements MigrationInterface {
  name = 'LiveBulkEvaluations1796215400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(IN_PARTS);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(WHOLE);
  }
}
