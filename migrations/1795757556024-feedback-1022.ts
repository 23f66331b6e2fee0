import { MigrationInterface, QueryRunner } from 'typeorm';

export class Feedback10221795757556024 implements MigrationInterface {
  name = 'Feedback10221795757556024';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."feedback_channel" AS ENUM('HOTLINE', 'WEB', 'APP', 'ZALO')`);
    await queryRunner.query(
      `CREATE TYPE "public"."feedback_status" AS ENUM('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'REPLIED', 'CLOSED', 'REJECTED', 'REOPENED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "feedback_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(64) NOT NULL, "channel" "public"."feedback_channel" NOT NULL, "category" character varying(200) NOT NULL, "content" text NOT NULL, "contact_name" character varying(200), "contact_phone" character varying(50), "contact_email" character varying(200), "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "unit_id" uuid, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."feedback_status" NOT NULL, "reply" text, "replied_at" TIMESTAMP WITH TIME ZONE, "rejection_reason" text, "citizen_satisfied" boolean, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_895116459810d9703184abab3d7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_feedback_reference" ON "feedback_item" ("reference") `);
    await queryRunner.query(`CREATE INDEX "IDX_feedback_unit" ON "feedback_item" ("unit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_feedback_status" ON "feedback_item" ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_feedback_due" ON "feedback_item" ("due_at") `);
    await queryRunner.query(`CREATE TYPE "public"."assignment_reason" AS ENUM('INITIAL', 'MISROUTED', 'OTHER')`);
    await queryRunner.query(
      `CREATE TABLE "feedback_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" "public"."assignment_reason" NOT NULL, "note" text, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "assigned_by_user_id" uuid, CONSTRAINT "PK_463802bb50f62ef03f217f99d2a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_feedback_assignment_unit" ON "feedback_assignment" ("unit_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_feedback_assignment_item_time" ON "feedback_assignment" ("item_id", "assigned_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "feedback_progress" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "note" text NOT NULL, "committed_date" date NOT NULL, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1bb1d1ce819fe293163823833d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_feedback_progress_item" ON "feedback_progress" ("item_id") `);
    await queryRunner.query(
      `CREATE TABLE "feedback_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "action" character varying(40) NOT NULL, "from_status" "public"."feedback_status", "to_status" "public"."feedback_status", "reason" text, "changes" jsonb, "user_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bd5532b1ca70202fb0cca230716" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_feedback_event_item" ON "feedback_event" ("item_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_feedback_event_item"`);
    await queryRunner.query(`DROP TABLE "feedback_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_feedback_progress_item"`);
    await queryRunner.query(`DROP TABLE "feedback_progress"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_feedback_assignment_item_time"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_feedback_assignment_unit"`);
    await queryRunner.query(`DROP TABLE "feedback_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_feedback_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_feedback_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_feedback_unit"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_feedback_reference"`);
    await queryRunner.query(`DROP TABLE "feedback_item"`);
    await queryRunner.query(`DROP TYPE "public"."feedback_status"`);
    await queryRunner.query(`DROP TYPE "public"."assignment_reason"`);
    await queryRunner.query(`DROP TYPE "public"."feedback_channel"`);
  }
}
