import { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 14: the inbox and e-mail queue (`notification`), and each account's e-mail address and opt-out. */
export class Notifications1796200300000 implements MigrationInterface {
  name = 'Notifications1796200300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."notification_kind" AS ENUM('EVALUATION_RETURNED', 'EVALUATION_RATED', 'EVALUATION_APPROVED', 'EVALUATION_NOTIFIED', 'EVALUATION_TO_RATE', 'DEADLINE_SOON', 'DEADLINE_TODAY', 'INITIATIVE_RESULT')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."notification_email_status" AS ENUM('PENDING', 'SENT', 'SKIPPED', 'FAILED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient_user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "link" character varying(300), "subject_table" character varying(40) NOT NULL, "subject_id" uuid NOT NULL, "dedupe_key" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "email_status" "public"."notification_email_status" NOT NULL DEFAULT 'PENDING', "email_attempts" integer NOT NULL DEFAULT '0', "email_next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email_sent_at" TIMESTAMP WITH TIME ZONE, "email_note" text, CONSTRAINT "UQ_notification_dedupe" UNIQUE ("recipient_user_id", "dedupe_key"), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_email_queue" ON "notification" ("email_next_attempt_at") WHERE "email_status" = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_inbox" ON "notification" ("recipient_user_id", "created_at") `,
    );
    await queryRunner.query(`ALTER TABLE "app_user" ADD "email" character varying(254)`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "email_notifications" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_7d7f411e854516f615ba846c6a4" FOREIGN KEY ("recipient_user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_7d7f411e854516f615ba846c6a4"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "email_notifications"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "email"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_inbox"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_notification_email_queue"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "public"."notification_email_status"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
  }
}
