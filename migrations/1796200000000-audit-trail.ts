import { MigrationInterface, QueryRunner } from 'typeorm';

/** Audited tables: the key column the trail names a row by, then the columns left out of its JSON (secrets). */
const AUDITED: Array<[table: string, key: string, ...secrets: string[]]> = [
  ['unit', 'id'],
  ['unit_link', 'id'],
  ['person', 'id'],
  ['appointment', 'id'],
  ['absence', 'id'],
  ['evaluation', 'id'],
  ['evaluation_period', 'id'],
  ['quota_exception', 'id'],
  ['payout', 'id'],
  ['person_pay', 'person_id'],
  ['income_coefficient', 'id'],
  ['setting', 'key'],
  ['calendar_day', 'day'],
  ['feedback_item', 'id'],
  ['inspection', 'id'],
  ['finding', 'id'],
  ['responsibility_review', 'id'],
  ['discipline_case', 'id'],
  ['forcing_event', 'id'],
  ['initiative', 'id'],
  ['initiative_vote', 'id'],
  ['board_member', 'id'],
  ['app_user', 'id', 'password_hash'],
];

export class AuditTrail1796200000000 implements MigrationInterface {
  name = 'AuditTrail1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "table_name" character varying(63) NOT NULL, "row_id" character varying(200) NOT NULL, "action" character varying(6) NOT NULL, "before" jsonb, "after" jsonb, "actor_user_id" uuid, "request_id" character varying(100), "origin" character varying(100), "transaction_id" bigint NOT NULL DEFAULT txid_current(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_at" ON "audit_log" ("at") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_log_row" ON "audit_log" ("table_name", "row_id", "at") `);
    // One row per change, in the transaction of the change: a rollback takes it away too. The actor, request
    // and door are transaction-local settings the application sets (src/common/audit-context.ts).
    await queryRunner.query(`
            CREATE FUNCTION congvu_audit() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                secrets text[] := COALESCE(TG_ARGV[1:], '{}');
                old_row jsonb;
                new_row jsonb;
            BEGIN
                IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
                IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
                IF TG_OP = 'UPDATE' AND old_row = new_row THEN RETURN NULL; END IF;
                INSERT INTO audit_log (table_name, row_id, action, before, after, actor_user_id, request_id, origin)
                VALUES (
                    TG_TABLE_NAME,
                    COALESCE(new_row, old_row) ->> TG_ARGV[0],
                    TG_OP,
                    old_row - secrets,
                    new_row - secrets,
                    NULLIF(current_setting('congvu.actor', true), '')::uuid,
                    NULLIF(current_setting('congvu.request', true), ''),
                    NULLIF(current_setting('congvu.origin', true), '')
                );
                RETURN NULL;
            END $$`);
    // The trail is append-only for everyone who goes through the table (the owner could still drop the trigger).
    await queryRunner.query(`
            CREATE FUNCTION congvu_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$`);
    await queryRunner.query(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION congvu_audit_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION congvu_audit_append_only()`,
    );
    for (const [table, key, ...secrets] of AUDITED) {
      const args = [key, ...secrets].map((arg) => `'${arg}'`).join(', ');
      await queryRunner.query(
        `CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION congvu_audit(${args})`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table] of AUDITED) {
      await queryRunner.query(`DROP TRIGGER audit ON "${table}"`);
    }
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP FUNCTION congvu_audit_append_only()`);
    await queryRunner.query(`DROP FUNCTION congvu_audit()`);
  }
}
