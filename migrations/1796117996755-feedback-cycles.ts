import { MigrationInterface, QueryRunner } from 'typeorm';

export class FeedbackCycles1796117996755 implements MigrationInterface {
  name = 'FeedbackCycles1796117996755';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "feedback_cycle" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "item_id" uuid NOT NULL, "number" integer NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "replied_at" TIMESTAMP WITH TIME ZONE, "citizen_satisfied" boolean, CONSTRAINT "UQ_feedback_cycle_item_number" UNIQUE ("item_id", "number"), CONSTRAINT "PK_178f679523b834552a846e74ef3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_feedback_cycle_due" ON "feedback_cycle" ("due_at") `);
    // every existing item becomes its first cycle (earlier reopenings had overwritten theirs)
    await queryRunner.query(`INSERT INTO "feedback_cycle" ("item_id", "number", "started_at", "due_at", "replied_at", "citizen_satisfied")
                                 SELECT "id", 1, "received_at", "due_at", "replied_at", "citizen_satisfied" FROM "feedback_item"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_feedback_cycle_due"`);
    await queryRunner.query(`DROP TABLE "feedback_cycle"`);
  }
}
