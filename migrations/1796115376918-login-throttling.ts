import { MigrationInterface, QueryRunner } from 'typeorm';

export class LoginThrottling1796115376918 implements MigrationInterface {
  name = 'LoginThrottling1796115376918';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_failure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" character varying(64) NOT NULL, "address" character varying(64) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_5df78140d5d3f4afc249d879cdf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_login_failure_address" ON "login_failure" ("address", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_login_failure_username" ON "login_failure" ("username", "at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_login_failure_username"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_login_failure_address"`);
    await queryRunner.query(`DROP TABLE "login_failure"`);
  }
}
