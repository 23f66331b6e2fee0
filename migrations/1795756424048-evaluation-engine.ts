import { MigrationInterface, QueryRunner } from 'typeorm';

export class EvaluationEngine1795756424048 implements MigrationInterface {
  name = 'EvaluationEngine1795756424048';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."evaluation_status" AS ENUM('DRAFT', 'SELF_ASSESSED', 'REVIEWED', 'APPROVED', 'NOTIFIED', 'APPEALED', 'UPHELD', 'REVISED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluation_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "evaluation_id" uuid NOT NULL, "actor_user_id" uuid, "action" character varying(40) NOT NULL, "from_status" "public"."evaluation_status", "to_status" "public"."evaluation_status" NOT NULL, "reason" text, "late" boolean NOT NULL DEFAULT false, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_765b47fae4db72e3441d0744d0c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_event_evaluation" ON "evaluation_event" ("evaluation_id") `);
    await queryRunner.query(`CREATE TYPE "public"."period_kind" AS ENUM('YEAR', 'QUARTER', 'MONTH')`);
    await queryRunner.query(`CREATE TYPE "public"."period_status" AS ENUM('OPEN', 'CLOSED')`);
    await queryRunner.query(
      `CREATE TABLE "evaluation_period" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."period_kind" NOT NULL, "year" integer NOT NULL, "quarter" integer, "month" integer, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "deadline" date, "status" "public"."period_status" NOT NULL DEFAULT 'OPEN', "opened_by_user_id" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_period_dates" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "EXC_period_overlap" EXCLUDE USING gist ("kind" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&), CONSTRAINT "PK_afff8769af5b884de5ec8f0d3b5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."rule_set" AS ENUM('ND90_48', 'ND335', 'HCM_QD20')`);
    await queryRunner.query(
      `CREATE TYPE "public"."rating_level" AS ENUM('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED', 'NOT_RATED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_id" uuid NOT NULL, "person_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "position" "public"."position" NOT NULL, "staff_type" "public"."staff_type" NOT NULL, "rule_set" "public"."rule_set", "rater_person_id" uuid, "rater_unit_id" uuid, "status" "public"."evaluation_status" NOT NULL DEFAULT 'DRAFT', "version" integer NOT NULL DEFAULT '1', "self_parts" jsonb, "self_criteria" jsonb, "self_score" numeric(5,2), "narrative" text, "parts" jsonb, "criteria" jsonb, "score" numeric(5,2), "unit_ratio" numeric(3,2), "computed_level" "public"."rating_level", "level" "public"."rating_level", "reason" text, "comment" text, "collective_comment" text, "party_comment" text, "explanation" jsonb NOT NULL DEFAULT '[]', "warnings" jsonb NOT NULL DEFAULT '[]', "notified_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_evaluation_person_period" UNIQUE ("period_id", "person_id"), CONSTRAINT "PK_b72edd439b9db736f55b584fa54" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_person" ON "evaluation" ("person_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_unit" ON "evaluation" ("unit_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_rater" ON "evaluation" ("rater_person_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_level" ON "evaluation" ("level") `);
    await queryRunner.query(`CREATE INDEX "IDX_evaluation_group" ON "evaluation" ("period_id", "rater_unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "quota_exception" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_id" uuid NOT NULL, "rater_unit_id" uuid NOT NULL, "reason" text NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_quota_exception_group" UNIQUE ("period_id", "rater_unit_id"), CONSTRAINT "PK_bb9f56a3e69b6ea54ef9a2e5c3e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "unit_target" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "period_id" uuid NOT NULL, "name" character varying(500) NOT NULL, "completion_percent" numeric(5,2) NOT NULL DEFAULT '0', "exceeded" boolean NOT NULL DEFAULT false, CONSTRAINT "CHK_unit_target_completion" CHECK ("completion_percent" >= 0 AND "completion_percent" <= 100), CONSTRAINT "PK_9b109aeee650f403fda94a1e228" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_unit_target_unit_period" ON "unit_target" ("unit_id", "period_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."discipline_form" AS ENUM('REPRIMAND', 'WARNING', 'SALARY_STEP_REDUCTION', 'DEMOTION', 'REMOVAL_FROM_OFFICE', 'DISMISSAL')`,
    );
    await queryRunner.query(
      `CREATE TABLE "discipline_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "form" "public"."discipline_form", "opened_on" date NOT NULL, "decided_on" date, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0abd1692985f57264783b58129f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_discipline_case_person" ON "discipline_case" ("person_id") `);
    await queryRunner.query(
      `CREATE TABLE "income_coefficient" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "period_id" uuid NOT NULL, "k" numeric(4,2) NOT NULL, CONSTRAINT "UQ_income_coefficient_unit_period" UNIQUE ("unit_id", "period_id"), CONSTRAINT "CHK_income_coefficient_k" CHECK ("k" >= 0), CONSTRAINT "PK_db303c1a9b7b25a0bb4a0af6b29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "person_pay" ("person_id" uuid NOT NULL, "monthly_salary" bigint, "fixed_monthly_amount" bigint, CONSTRAINT "CHK_person_pay_one_basis" CHECK (("monthly_salary" IS NULL) <> ("fixed_monthly_amount" IS NULL)), CONSTRAINT "PK_3e526b7f20eb5563826c422b673" PRIMARY KEY ("person_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "payout" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "period_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "person_id" uuid NOT NULL, "level" "public"."rating_level" NOT NULL, "monthly_salary" bigint, "fixed_monthly_amount" bigint, "k" numeric(4,2) NOT NULL, "factor" numeric(4,2) NOT NULL, "days_appointed" integer NOT NULL, "amount_before_cap" numeric(16,2) NOT NULL, "scale" numeric(12,10) NOT NULL, "amount" bigint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_payout_period_person" UNIQUE ("period_id", "person_id"), CONSTRAINT "PK_1cb73ce021dc6618a3818b0a474" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_payout_period_unit" ON "payout" ("period_id", "unit_id") `);
    await queryRunner.query(`CREATE TYPE "public"."satisfaction_source" AS ENUM('CITY_INDEX', 'SIPAS', 'KIOSK')`);
    await queryRunner.query(
      `CREATE TABLE "satisfaction_result" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "period_id" uuid NOT NULL, "source" "public"."satisfaction_source" NOT NULL, "sample_size" integer NOT NULL, "percent" numeric(5,2) NOT NULL, "components" jsonb, CONSTRAINT "UQ_satisfaction_unit_period_source" UNIQUE ("unit_id", "period_id", "source"), CONSTRAINT "CHK_satisfaction_percent" CHECK ("percent" >= 0 AND "percent" <= 100), CONSTRAINT "PK_691be363d7df52f66a443e4209c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "setting" ("key" character varying(100) NOT NULL, "value" jsonb NOT NULL, "description" character varying(500) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1c4c95d773004250c157a744d6e" PRIMARY KEY ("key"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "setting"`);
    await queryRunner.query(`DROP TABLE "satisfaction_result"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_payout_period_unit"`);
    await queryRunner.query(`DROP TABLE "payout"`);
    await queryRunner.query(`DROP TABLE "person_pay"`);
    await queryRunner.query(`DROP TABLE "income_coefficient"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_discipline_case_person"`);
    await queryRunner.query(`DROP TABLE "discipline_case"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_unit_target_unit_period"`);
    await queryRunner.query(`DROP TABLE "unit_target"`);
    await queryRunner.query(`DROP TABLE "quota_exception"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_group"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_level"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_rater"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_person"`);
    await queryRunner.query(`DROP TABLE "evaluation"`);
    await queryRunner.query(`DROP TABLE "evaluation_period"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evaluation_event_evaluation"`);
    await queryRunner.query(`DROP TABLE "evaluation_event"`);
    await queryRunner.query(`DROP TYPE "public"."satisfaction_source"`);
    await queryRunner.query(`DROP TYPE "public"."rating_level"`);
    await queryRunner.query(`DROP TYPE "public"."discipline_form"`);
    await queryRunner.query(`DROP TYPE "public"."evaluation_status"`);
    await queryRunner.query(`DROP TYPE "public"."rule_set"`);
    await queryRunner.query(`DROP TYPE "public"."period_status"`);
    await queryRunner.query(`DROP TYPE "public"."period_kind"`);
  }
}
