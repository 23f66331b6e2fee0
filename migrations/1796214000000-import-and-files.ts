import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff numbers (the key of the people import) and attachments. An attachment's row is audited and, like the
 * records it belongs to, never deleted.
 */
export class ImportAndFiles1796214000000 implements MigrationInterface {
  name = 'ImportAndFiles1796214000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."attachment_purpose" AS ENUM('PROPOSAL', 'EVIDENCE', 'CONCLUSION', 'REMEDIATION_REPORT', 'REPLY', 'DECISION')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."file_storage" AS ENUM('DATABASE', 'S3')`);
    await queryRunner.query(
      `CREATE TABLE "attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiative_id" uuid, "inspection_id" uuid, "finding_id" uuid, "feedback_item_id" uuid, "discipline_case_id" uuid, "purpose" "public"."attachment_purpose" NOT NULL, "file_name" character varying(255) NOT NULL, "media_type" character varying(100) NOT NULL, "byte_size" integer NOT NULL, "sha256" character(64) NOT NULL, "storage" "public"."file_storage" NOT NULL, "storage_key" character varying(512), "uploaded_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_attachment_stored" CHECK (("storage" = 'DATABASE') = ("storage_key" IS NULL)), CONSTRAINT "CHK_attachment_one_owner" CHECK (num_nonnulls("initiative_id", "inspection_id", "finding_id", "feedback_item_id", "discipline_case_id") = 1), CONSTRAINT "PK_d2a80c3a8d467f08a750ac4b420" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_attachment_initiative" ON "attachment" ("initiative_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_attachment_inspection" ON "attachment" ("inspection_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_attachment_finding" ON "attachment" ("finding_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_attachment_feedback_item" ON "attachment" ("feedback_item_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_attachment_discipline_case" ON "attachment" ("discipline_case_id") `);
    await queryRunner.query(
      `CREATE TABLE "attachment_content" ("attachment_id" uuid NOT NULL, "content" bytea NOT NULL, CONSTRAINT "PK_5244c8b639f0bf0ad961b6f6f7d" PRIMARY KEY ("attachment_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "person" ADD "staff_number" character varying(32)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_person_staff_number" ON "person" ("staff_number") WHERE "staff_number" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "FK_3d6c266711d24b134190b30f60d" FOREIGN KEY ("initiative_id") REFERENCES "initiative"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "FK_e0a44e8e3032a9d72b9cf906caa" FOREIGN KEY ("inspection_id") REFERENCES "inspection"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "FK_06f4eb080532fa2d80953673d0d" FOREIGN KEY ("finding_id") REFERENCES "finding"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "FK_7982b0dd5ecd0529c40c55e6a2c" FOREIGN KEY ("feedback_item_id") REFERENCES "feedback_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "FK_1eeb826f52e3e4320bfb0a6c085" FOREIGN KEY ("discipline_case_id") REFERENCES "discipline_case"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment" ADD CONSTRAINT "FK_0e9e069d0e8d22fab610a465c16" FOREIGN KEY ("uploaded_by_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "attachment_content" ADD CONSTRAINT "FK_5244c8b639f0bf0ad961b6f6f7d" FOREIGN KEY ("attachment_id") REFERENCES "attachment"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "attachment" FOR EACH ROW EXECUTE FUNCTION congvu_audit('id')`,
    );
    await queryRunner.query(
      `CREATE TRIGGER never_deleted BEFORE DELETE ON "attachment" FOR EACH ROW EXECUTE FUNCTION congvu_never_deleted()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER never_deleted BEFORE DELETE ON "attachment_content" FOR EACH ROW EXECUTE FUNCTION congvu_never_deleted()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER never_deleted ON "attachment_content"`);
    await queryRunner.query(`DROP TRIGGER never_deleted ON "attachment"`);
    await queryRunner.query(`DROP TRIGGER audit ON "attachment"`);
    await queryRunner.query(`ALTER TABLE "attachment_content" DROP CONSTRAINT "FK_5244c8b639f0bf0ad961b6f6f7d"`);
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "FK_0e9e069d0e8d22fab610a465c16"`);
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "FK_1eeb826f52e3e4320bfb0a6c085"`);
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "FK_7982b0dd5ecd0529c40c55e6a2c"`);
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "FK_06f4eb080532fa2d80953673d0d"`);
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "FK_e0a44e8e3032a9d72b9cf906caa"`);
    await queryRunner.query(`ALTER TABLE "attachment" DROP CONSTRAINT "FK_3d6c266711d24b134190b30f60d"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_person_staff_number"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "staff_number"`);
    await queryRunner.query(`DROP TABLE "attachment_content"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_attachment_discipline_case"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_attachment_feedback_item"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_attachment_finding"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_attachment_inspection"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_attachment_initiative"`);
    await queryRunner.query(`DROP TABLE "attachment"`);
    await queryRunner.query(`DROP TYPE "public"."file_storage"`);
    await queryRunner.query(`DROP TYPE "public"."attachment_purpose"`);
  }
}
