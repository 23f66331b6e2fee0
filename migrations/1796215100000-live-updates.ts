import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live updates (issue 12): the changes dashboards and raters' lists watch are announced on the channel
 * `congvu_live` by triggers, so that every write path announces them and every instance hears them (LISTEN).
 * PostgreSQL delivers a notification at commit, never for a change rolled back. A bulk change names no units
 * (null: "any unit may have changed") to stay under the 8,000 bytes a notification may carry.
 */
const NOTIFY = `
  CREATE FUNCTION congvu_live_notify(topic text, unit_ids uuid[], period_ids uuid[], evaluation_ids uuid[]) RETURNS void LANGUAGE sql AS $$
    SELECT pg_notify('congvu_live', json_build_object(
      'topic', topic,
      'unitIds', CASE WHEN cardinality(unit_ids) <= 100 THEN unit_ids END,
      'periodIds', CASE WHEN cardinality(period_ids) <= 20 THEN period_ids END,
      'evaluationIds', CASE WHEN cardinality(evaluation_ids) <= 100 THEN evaluation_ids END)::text)
  $$;

  -- an evaluation changes status, level or unit
  CREATE FUNCTION congvu_evaluation_live() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    units uuid[];
    periods uuid[];
    ids uuid[];
  BEGIN
    SELECT array_agg(DISTINCT n.unit_id) || array_agg(DISTINCT o.unit_id), array_agg(DISTINCT n.period_id), array_agg(n.id)
      INTO units, periods, ids
      FROM new_rows n JOIN old_rows o ON o.id = n.id
     WHERE n.status IS DISTINCT FROM o.status OR n.level IS DISTINCT FROM o.level OR n.unit_id IS DISTINCT FROM o.unit_id;
    IF ids IS NOT NULL THEN
      PERFORM congvu_live_notify('evaluation', units, periods, ids);
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER evaluation_live AFTER UPDATE ON evaluation REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION congvu_evaluation_live();

  -- a 1022 item's figures moved (received, assigned, replied, rejected, reopened): its summary entries are rewritten
  CREATE FUNCTION congvu_feedback_live() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    units uuid[];
  BEGIN
    SELECT array_agg(DISTINCT unit_id) INTO units FROM new_rows;
    IF units IS NOT NULL THEN
      PERFORM congvu_live_notify('feedback', units, NULL, NULL);
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER feedback_summary_entry_live AFTER INSERT ON feedback_summary_entry REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION congvu_feedback_live();

  -- a finding or an initiative changes state (or appears)
  CREATE FUNCTION congvu_state_live() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    units uuid[];
  BEGIN
    IF TG_TABLE_NAME = 'finding' THEN
      SELECT array_agg(DISTINCT responsible_unit_id) INTO units FROM new_rows;
    ELSE
      SELECT array_agg(DISTINCT unit_id) INTO units FROM new_rows;
    END IF;
    IF units IS NOT NULL THEN
      PERFORM congvu_live_notify(TG_TABLE_NAME, units, NULL, NULL);
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER finding_live_insert AFTER INSERT ON finding REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION congvu_state_live();
  CREATE TRIGGER finding_live_update AFTER UPDATE ON finding REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION congvu_state_live();
  CREATE TRIGGER initiative_live_insert AFTER INSERT ON initiative REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION congvu_state_live();
  CREATE TRIGGER initiative_live_update AFTER UPDATE ON initiative REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION congvu_state_live();`;

export class LiveUpdates1796215100000 implements MigrationInterface {
  name = 'LiveUpdates1796215100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(NOTIFY);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, trigger] of [
      ['evaluation', 'evaluation_live'],
      ['feedback_summary_entry', 'feedback_summary_entry_live'],
      ['finding', 'finding_live_insert'],
      ['finding', 'finding_live_update'],
      ['initiative', 'initiative_live_insert'],
      ['initiative', 'initiative_live_update'],
    ]) {
      await queryRunner.query(`DROP TRIGGER ${trigger} ON ${table}`);
    }
    await queryRunner.query(
      `DROP FUNCTION congvu_state_live(), congvu_feedback_live(), congvu_evaluation_live(), congvu_live_notify(text, uuid[], uuid[], uuid[])`,
    );
  }
}
