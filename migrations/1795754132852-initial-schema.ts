import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795754132852 implements MigrationInterface {
  name = 'InitialSchema1795754132852';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."staff_type" AS ENUM('CAN_BO', 'CONG_CHUC', 'VIEN_CHUC')`);
    await queryRunner.query(
      `CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "full_name" character varying(255) NOT NULL, "staff_type" "public"."staff_type" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."user_role" AS ENUM('SYSTEM_ADMIN', 'HOME_AFFAIRS', 'CITY_LEADER', 'BOARD_MEMBER', 'INSPECTOR', 'VIEWER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(64) NOT NULL, "password_hash" character varying(255) NOT NULL, "roles" "public"."user_role" array NOT NULL DEFAULT '{}', "person_id" uuid, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_app_user_username" ON "app_user" ("username") `);
    await queryRunner.query(
      `CREATE TABLE "auth_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4572ff5d1264c4a523f01aa86a0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_auth_token_hash" ON "auth_token" ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_auth_token_user" ON "auth_token" ("user_id") `);
    await queryRunner.query(`CREATE TYPE "public"."calendar_day_kind" AS ENUM('DAY_OFF', 'MAKE_UP_WORKING_DAY')`);
    await queryRunner.query(
      `CREATE TABLE "calendar_day" ("day" date NOT NULL, "kind" "public"."calendar_day_kind" NOT NULL, "name" character varying(255) NOT NULL, CONSTRAINT "PK_0f0fd32432f4e23544a28c0562b" PRIMARY KEY ("day"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."unit_kind" AS ENUM('CITY', 'DEPARTMENT', 'DISTRICT', 'WARD', 'SPECIAL_ZONE', 'DIVISION', 'PUBLIC_SERVICE_UNIT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "name" character varying(255) NOT NULL, "type_vi" character varying(64) NOT NULL, "kind" "public"."unit_kind" NOT NULL, "valid_from" date NOT NULL, "valid_to" date, "merged_into_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_unit_validity" CHECK ("valid_to" IS NULL OR "valid_to" > "valid_from"), CONSTRAINT "EXC_unit_code_per_day" EXCLUDE USING gist ("code" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&), CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "unit_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "unit_id" uuid NOT NULL, "parent_id" uuid NOT NULL, "valid_from" date NOT NULL, "valid_to" date, CONSTRAINT "CHK_unit_link_not_self" CHECK ("unit_id" <> "parent_id"), CONSTRAINT "CHK_unit_link_validity" CHECK ("valid_to" IS NULL OR "valid_to" > "valid_from"), CONSTRAINT "EXC_unit_link_one_parent" EXCLUDE USING gist ("unit_id" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&), CONSTRAINT "PK_0a02794d0726422fa622fbef5ba" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_unit_link_parent" ON "unit_link" ("parent_id") `);
    await queryRunner.query(`CREATE TYPE "public"."absence_kind" AS ENUM('MATERNITY', 'SICK', 'STUDY', 'OTHER')`);
    await queryRunner.query(
      `CREATE TABLE "absence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "kind" "public"."absence_kind" NOT NULL, "valid_from" date NOT NULL, "valid_to" date NOT NULL, "note" character varying(500), CONSTRAINT "CHK_absence_validity" CHECK ("valid_to" > "valid_from"), CONSTRAINT "PK_30089b15c0f880f026581218c16" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_absence_person" ON "absence" ("person_id") `);
    await queryRunner.query(`CREATE TYPE "public"."position" AS ENUM('HEAD', 'DEPUTY', 'STAFF')`);
    await queryRunner.query(
      `CREATE TABLE "appointment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "position" "public"."position" NOT NULL, "acting" boolean NOT NULL DEFAULT false, "valid_from" date NOT NULL, "valid_to" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_appointment_validity" CHECK ("valid_to" IS NULL OR "valid_to" > "valid_from"), CONSTRAINT "EXC_appointment_one_head" EXCLUDE USING gist ("unit_id" WITH =, "acting" WITH =, daterange("valid_from", "valid_to", '[)') WITH &&) WHERE ("position" = 'HEAD'), CONSTRAINT "PK_e8be1a53027415e709ce8a2db74" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_appointment_person" ON "appointment" ("person_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_appointment_unit" ON "appointment" ("unit_id") `);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_3a194b12d01edcd333659ab50a6" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_token" ADD CONSTRAINT "FK_26b580c89e141c75426f44317bc" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit" ADD CONSTRAINT "FK_3a65112571968049c09ede53941" FOREIGN KEY ("merged_into_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_link" ADD CONSTRAINT "FK_644f435f5a12e1ca1dc34af91b0" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_link" ADD CONSTRAINT "FK_4e3238ed32684d4b26bd590965e" FOREIGN KEY ("parent_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "absence" ADD CONSTRAINT "FK_4ca4478474b93a172a22a98c081" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "appointment" ADD CONSTRAINT "FK_1dcd734d271134b4e17f7ee9942" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "appointment" ADD CONSTRAINT "FK_18cf182b43a9eeb6de9043361a9" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "appointment" DROP CONSTRAINT "FK_18cf182b43a9eeb6de9043361a9"`);
    await queryRunner.query(`ALTER TABLE "appointment" DROP CONSTRAINT "FK_1dcd734d271134b4e17f7ee9942"`);
    await queryRunner.query(`ALTER TABLE "absence" DROP CONSTRAINT "FK_4ca4478474b93a172a22a98c081"`);
    await queryRunner.query(`ALTER TABLE "unit_link" DROP CONSTRAINT "FK_4e3238ed32684d4b26bd590965e"`);
    await queryRunner.query(`ALTER TABLE "unit_link" DROP CONSTRAINT "FK_644f435f5a12e1ca1dc34af91b0"`);
    await queryRunner.query(`ALTER TABLE "unit" DROP CONSTRAINT "FK_3a65112571968049c09ede53941"`);
    await queryRunner.query(`ALTER TABLE "auth_token" DROP CONSTRAINT "FK_26b580c89e141c75426f44317bc"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_3a194b12d01edcd333659ab50a6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_appointment_unit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_appointment_person"`);
    await queryRunner.query(`DROP TABLE "appointment"`);
    await queryRunner.query(`DROP TYPE "public"."position"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_absence_person"`);
    await queryRunner.query(`DROP TABLE "absence"`);
    await queryRunner.query(`DROP TYPE "public"."absence_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_unit_link_parent"`);
    await queryRunner.query(`DROP TABLE "unit_link"`);
    await queryRunner.query(`DROP TABLE "unit"`);
    await queryRunner.query(`DROP TYPE "public"."unit_kind"`);
    await queryRunner.query(`DROP TABLE "calendar_day"`);
    await queryRunner.query(`DROP TYPE "public"."calendar_day_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_auth_token_user"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_auth_token_hash"`);
    await queryRunner.query(`DROP TABLE "auth_token"`);
    await queryRunner.query(`DROP INDEX "public"."UQ_app_user_username"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP TYPE "public"."staff_type"`);
  }
}
