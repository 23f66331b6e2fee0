import { MigrationInterface, QueryRunner } from 'typeorm';

export class ForcingEvents1796117778876 implements MigrationInterface {
  name = 'ForcingEvents1796117778876';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."forcing_event_kind" AS ENUM('PROSECUTION', 'DETENTION', 'DEGRADATION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "forcing_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "kind" "public"."forcing_event_kind" NOT NULL, "occurred_on" date NOT NULL, "document" character varying(500) NOT NULL, "created_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0c925c10fb6e2eb98f4b089ed75" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_forcing_event_person" ON "forcing_event" ("person_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_forcing_event_person"`);
    await queryRunner.query(`DROP TABLE "forcing_event"`);
    await queryRunner.query(`DROP TYPE "public"."forcing_event_kind"`);
  }
}
