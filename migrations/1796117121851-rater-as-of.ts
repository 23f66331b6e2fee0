import { MigrationInterface, QueryRunner } from 'typeorm';

export class RaterAsOf1796117121851 implements MigrationInterface {
  name = 'RaterAsOf1796117121851';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evaluation" ADD "rater_as_of" date`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evaluation" DROP COLUMN "rater_as_of"`);
  }
}
