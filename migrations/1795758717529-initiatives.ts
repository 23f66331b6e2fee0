import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initiatives1795758717529 implements MigrationInterface {
  name = 'Initiatives1795758717529';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."initiative_status" AS ENUM('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'RETURNED', 'RECOMMENDED', 'NOT_RECOMMENDED', 'APPROVED', 'REJECTED', 'IMPLEMENTING', 'REPORTED', 'COMPLETED', 'NOT_COMPLETED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "initiative" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(500) NOT NULL, "problem" text NOT NULL DEFAULT '', "content" text NOT NULL DEFAULT '', "scope" text NOT NULL DEFAULT '', "timeline" text NOT NULL DEFAULT '', "resources" text NOT NULL DEFAULT '', "feasibility" text NOT NULL DEFAULT '', "expected_impact" text NOT NULL DEFAULT '', "unit_id" uuid NOT NULL, "status" "public"."initiative_status" NOT NULL DEFAULT 'DRAFT', "round" integer NOT NULL DEFAULT '0', "submitted_at" TIMESTAMP WITH TIME ZONE, "review_due_on" date, "result_recorded_at" TIMESTAMP WITH TIME ZONE, "result_explanation" text, "decided_at" TIMESTAMP WITH TIME ZONE, "completed_on" date, "report" text, "report_due_on" date, "reported_on" date, "evaluation_due_on" date, "evaluated_on" date, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_139c30696418b01a4922ce3b916" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_initiative_unit" ON "initiative" ("unit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_initiative_status" ON "initiative" ("status") `);
    await queryRunner.query(
      `CREATE TABLE "initiative_proposer" ("initiative_id" uuid NOT NULL, "person_id" uuid NOT NULL, CONSTRAINT "PK_742a97bb22b5f7e1ffe86346db9" PRIMARY KEY ("initiative_id", "person_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_initiative_proposer_person" ON "initiative_proposer" ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "board_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "chair" boolean NOT NULL DEFAULT false, "valid_from" date NOT NULL, "valid_to" date, CONSTRAINT "CHK_board_member_validity" CHECK ("valid_to" IS NULL OR "valid_to" > "valid_from"), CONSTRAINT "PK_c27bedbf846391cf1af5e4a74d1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_board_member_user" ON "board_member" ("user_id") `);
    await queryRunner.query(
      `CREATE TABLE "initiative_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiative_id" uuid NOT NULL, "round" integer NOT NULL, "submitted_on" date NOT NULL, "eligible_user_ids" uuid array NOT NULL, "recused_user_ids" uuid array NOT NULL DEFAULT '{}', "chair_user_id" uuid, "outcome" "public"."initiative_status", "return_reason" text, CONSTRAINT "UQ_initiative_round" UNIQUE ("initiative_id", "round"), CONSTRAINT "PK_ff5202de61901446d50239756bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."vote" AS ENUM('APPROVE', 'REJECT', 'ABSTAIN')`);
    await queryRunner.query(
      `CREATE TABLE "initiative_vote" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiative_id" uuid NOT NULL, "round" integer NOT NULL, "user_id" uuid NOT NULL, "novelty" integer NOT NULL, "feasibility" integer NOT NULL, "impact" integer NOT NULL, "scope" integer NOT NULL, "vote" "public"."vote" NOT NULL, "comment" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_initiative_vote" UNIQUE ("initiative_id", "round", "user_id"), CONSTRAINT "CHK_initiative_vote_scores" CHECK ("novelty" BETWEEN 0 AND 100 AND "feasibility" BETWEEN 0 AND 100 AND "impact" BETWEEN 0 AND 100 AND "scope" BETWEEN 0 AND 100), CONSTRAINT "PK_92a2f201a7ddeb6eb9e5c1d3246" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "initiative_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "initiative_id" uuid NOT NULL, "user_id" uuid, "action" character varying(40) NOT NULL, "from_status" "public"."initiative_status", "to_status" "public"."initiative_status" NOT NULL, "reason" text, "late" boolean NOT NULL DEFAULT false, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_89be77659fc7351f5b2a32b8b92" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_initiative_event_initiative" ON "initiative_event" ("initiative_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_initiative_event_initiative"`);
    await queryRunner.query(`DROP TABLE "initiative_event"`);
    await queryRunner.query(`DROP TABLE "initiative_vote"`);
    await queryRunner.query(`DROP TABLE "initiative_round"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_board_member_user"`);
    await queryRunner.query(`DROP TABLE "board_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_initiative_proposer_person"`);
    await queryRunner.query(`DROP TABLE "initiative_proposer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_initiative_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_initiative_unit"`);
    await queryRunner.query(`DROP TABLE "initiative"`);
    await queryRunner.query(`DROP TYPE "public"."initiative_status"`);
    await queryRunner.query(`DROP TYPE "public"."vote"`);
  }
}
