import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One workflow-event shape (issue 15): the user who took a step is `actor_user_id` in every event table, as it
 * already was in `evaluation_event` and `audit_log`. Renamed in place, so the history keeps its actors.
 */
export class WorkflowEventActor1796215200000 implements MigrationInterface {
  name = 'WorkflowEventActor1796215200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "feedback_event" RENAME COLUMN "user_id" TO "actor_user_id"`);
    await queryRunner.query(`ALTER TABLE "initiative_event" RENAME COLUMN "user_id" TO "actor_user_id"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "initiative_event" RENAME COLUMN "actor_user_id" TO "user_id"`);
    await queryRunner.query(`ALTER TABLE "feedback_event" RENAME COLUMN "actor_user_id" TO "user_id"`);
  }
}
