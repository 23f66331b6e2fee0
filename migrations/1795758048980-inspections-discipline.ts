import { MigrationInterface, QueryRunner } from 'typeorm';

export class InspectionsDiscipline1795758048980 implements MigrationInterface {
  name = 'InspectionsDiscipline1795758048980';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."inspection_kind" AS ENUM('PERIODIC', 'THEMATIC', 'PLANNED', 'SURPRISE')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."inspection_method" AS ENUM('ON_SITE', 'CAMERA')`);
    await queryRunner.query(
      `CREATE TYPE "public"."inspection_status" AS ENUM('SCHEDULED', 'IN_PROGRESS', 'CONCLUDED', 'REMEDIATING', 'VERIFIED', 'ESCALATED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "inspection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."inspection_kind" NOT NULL, "method" "public"."inspection_method" NOT NULL, "unit_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "status" "public"."inspection_status" NOT NULL DEFAULT 'SCHEDULED', "achievements" text, "shortcomings" text, "directions" text, "concluded_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1e895c2ae7b7d9d1ec464950013" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_inspection_unit" ON "inspection" ("unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "inspection_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "inspection_id" uuid NOT NULL, "user_id" uuid NOT NULL, "lead" boolean NOT NULL DEFAULT false, CONSTRAINT "UQ_inspection_member" UNIQUE ("inspection_id", "user_id"), CONSTRAINT "PK_3491f3ec8cb4f8f3b79a066d043" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."finding_status" AS ENUM('OPEN', 'REPORTED', 'VERIFIED', 'ESCALATED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "finding" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "inspection_id" uuid NOT NULL, "text" text NOT NULL, "responsible_unit_id" uuid NOT NULL, "due_date" date NOT NULL, "status" "public"."finding_status" NOT NULL DEFAULT 'OPEN', "report" text, "reported_at" TIMESTAMP WITH TIME ZONE, "verified_at" TIMESTAMP WITH TIME ZONE, "verification_note" text, "escalated_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a904dfcf401ccfbaa60bb6eec29" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_finding_inspection" ON "finding" ("inspection_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_finding_unit" ON "finding" ("responsible_unit_id") `);
    await queryRunner.query(
      `CREATE TABLE "responsibility_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "finding_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "person_id" uuid, "opened_on" date NOT NULL, "conclusion" text, "closed_on" date, CONSTRAINT "PK_626966cf53e6a1fc8bc60482745" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_responsibility_review_finding" ON "responsibility_review" ("finding_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."deferral_reason" AS ENUM('ILLNESS', 'PREGNANCY', 'CHILD_UNDER_12_MONTHS', 'PROSECUTION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "discipline_deferral" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "reason" "public"."deferral_reason" NOT NULL, "valid_from" date NOT NULL, "valid_to" date, CONSTRAINT "PK_b11713e9be37df94c2fcc8a2d79" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_discipline_deferral_case" ON "discipline_deferral" ("case_id") `);
    await queryRunner.query(`ALTER TABLE "discipline_case" ADD "extended" boolean NOT NULL DEFAULT false`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "discipline_case" DROP COLUMN "extended"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_discipline_deferral_case"`);
    await queryRunner.query(`DROP TABLE "discipline_deferral"`);
    await queryRunner.query(`DROP TYPE "public"."deferral_reason"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_responsibility_review_finding"`);
    await queryRunner.query(`DROP TABLE "responsibility_review"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_finding_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_finding_inspection"`);
    await queryRunner.query(`DROP TABLE "finding"`);
    await queryRunner.query(`DROP TYPE "public"."finding_status"`);
    await queryRunner.query(`DROP TABLE "inspection_member"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_inspection_unit"`);
    await queryRunner.query(`DROP TABLE "inspection"`);
    await queryRunner.query(`DROP TYPE "public"."inspection_status"`);
    await queryRunner.query(`DROP TYPE "public"."inspection_method"`);
    await queryRunner.query(`DROP TYPE "public"."inspection_kind"`);
  }
}
