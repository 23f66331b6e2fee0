import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReorganisationPlans1796125825422 implements MigrationInterface {
  name = 'ReorganisationPlans1796125825422';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."plan_status" AS ENUM('DRAFT', 'SCHEDULED', 'APPLIED', 'WITHDRAWN')`);
    await queryRunner.query(
      `CREATE TABLE "reorganisation_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "act_number" character varying(100) NOT NULL, "title" character varying(500) NOT NULL, "signed_on" date NOT NULL, "effective_date" date NOT NULL, "status" "public"."plan_status" NOT NULL DEFAULT 'DRAFT', "report" jsonb, "applied_at" TIMESTAMP WITH TIME ZONE, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e1d6a4754f51e8b7696366057f4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_reorganisation_plan_effective" ON "reorganisation_plan" ("effective_date") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."plan_step_kind" AS ENUM('CREATE', 'RENAME', 'MOVE', 'MERGE', 'SPLIT', 'ABOLISH_LEVEL', 'MERGE_PROVINCE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "reorganisation_step" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "plan_id" uuid NOT NULL, "ordinal" integer NOT NULL, "kind" "public"."plan_step_kind" NOT NULL, "payload" jsonb NOT NULL, CONSTRAINT "UQ_reorganisation_step_order" UNIQUE ("plan_id", "ordinal"), CONSTRAINT "PK_784b1013970d1e390df1b8eea26" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "unit_lineage" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "predecessor_id" uuid NOT NULL, "successor_id" uuid NOT NULL, "effective_date" date NOT NULL, "whole" boolean NOT NULL, "plan_id" uuid, CONSTRAINT "UQ_unit_lineage" UNIQUE ("predecessor_id", "successor_id"), CONSTRAINT "CHK_unit_lineage_not_self" CHECK ("predecessor_id" <> "successor_id"), CONSTRAINT "PK_b38b578c4b8a511d58097547a56" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_unit_lineage_predecessor" ON "unit_lineage" ("predecessor_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_unit_lineage_successor" ON "unit_lineage" ("successor_id") `);
    await queryRunner.query(`ALTER TYPE "public"."assignment_reason" RENAME TO "assignment_reason_old"`);
    await queryRunner.query(
      `CREATE TYPE "public"."assignment_reason" AS ENUM('INITIAL', 'MISROUTED', 'OTHER', 'REORGANISATION')`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_assignment" ALTER COLUMN "reason" TYPE "public"."assignment_reason" USING "reason"::"text"::"public"."assignment_reason"`,
    );
    await queryRunner.query(`DROP TYPE "public"."assignment_reason_old"`);
    await queryRunner.query(
      `ALTER TABLE "reorganisation_step" ADD CONSTRAINT "FK_d46e1061b3f522152fc632fcb84" FOREIGN KEY ("plan_id") REFERENCES "reorganisation_plan"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_lineage" ADD CONSTRAINT "FK_e3d77e0d38f0087ca9db21d2826" FOREIGN KEY ("predecessor_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_lineage" ADD CONSTRAINT "FK_71e1b4588da36a22ca3af9719ea" FOREIGN KEY ("successor_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "unit_lineage" DROP CONSTRAINT "FK_71e1b4588da36a22ca3af9719ea"`);
    await queryRunner.query(`ALTER TABLE "unit_lineage" DROP CONSTRAINT "FK_e3d77e0d38f0087ca9db21d2826"`);
    await queryRunner.query(`ALTER TABLE "reorganisation_step" DROP CONSTRAINT "FK_d46e1061b3f522152fc632fcb84"`);
    await queryRunner.query(`CREATE TYPE "public"."assignment_reason_old" AS ENUM('INITIAL', 'MISROUTED', 'OTHER')`);
    await queryRunner.query(
      `ALTER TABLE "feedback_assignment" ALTER COLUMN "reason" TYPE "public"."assignment_reason_old" USING "reason"::"text"::"public"."assignment_reason_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."assignment_reason"`);
    await queryRunner.query(`ALTER TYPE "public"."assignment_reason_old" RENAME TO "assignment_reason"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_unit_lineage_successor"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_unit_lineage_predecessor"`);
    await queryRunner.query(`DROP TABLE "unit_lineage"`);
    await queryRunner.query(`DROP TABLE "reorganisation_step"`);
    await queryRunner.query(`DROP TYPE "public"."plan_step_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reorganisation_plan_effective"`);
    await queryRunner.query(`DROP TABLE "reorganisation_plan"`);
    await queryRunner.query(`DROP TYPE "public"."plan_status"`);
  }
}
