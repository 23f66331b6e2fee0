import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReorganisationLog1795755651905 implements MigrationInterface {
  name = 'ReorganisationLog1795755651905';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."reorganisation_kind" AS ENUM('MOVE', 'MERGE')`);
    await queryRunner.query(
      `CREATE TABLE "reorganisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."reorganisation_kind" NOT NULL, "effective_date" date NOT NULL, "unit_ids" uuid array NOT NULL, "target_unit_id" uuid NOT NULL, "summary" character varying(2000) NOT NULL, "note" character varying(2000), "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_83eb2d0adcde33c62e242949f50" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_reorganisation_date" ON "reorganisation" ("effective_date") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_reorganisation_date"`);
    await queryRunner.query(`DROP TABLE "reorganisation"`);
    await queryRunner.query(`DROP TYPE "public"."reorganisation_kind"`);
  }
}
