import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rows others refer to: never removed, whatever the code or a console session tries. People and accounts are
 * archived instead (archived_at); units end by reorganisation, appointments by their end date.
 */
const NEVER_DELETED = [
  'person',
  'unit',
  'appointment',
  'app_user',
  'evaluation_period',
  'evaluation',
  'feedback_item',
  'initiative',
];

export class ArchiveNotDelete1796200100000 implements MigrationInterface {
  name = 'ArchiveNotDelete1796200100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_3a194b12d01edcd333659ab50a6"`);
    await queryRunner.query(`ALTER TABLE "auth_token" DROP CONSTRAINT "FK_26b580c89e141c75426f44317bc"`);
    await queryRunner.query(`ALTER TABLE "unit_link" DROP CONSTRAINT "FK_644f435f5a12e1ca1dc34af91b0"`);
    await queryRunner.query(`ALTER TABLE "absence" DROP CONSTRAINT "FK_4ca4478474b93a172a22a98c081"`);
    await queryRunner.query(`ALTER TABLE "appointment" DROP CONSTRAINT "FK_1dcd734d271134b4e17f7ee9942"`);
    await queryRunner.query(`ALTER TABLE "person" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "archived_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_3a194b12d01edcd333659ab50a6" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_token" ADD CONSTRAINT "FK_26b580c89e141c75426f44317bc" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_link" ADD CONSTRAINT "FK_644f435f5a12e1ca1dc34af91b0" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "absence" ADD CONSTRAINT "FK_4ca4478474b93a172a22a98c081" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "appointment" ADD CONSTRAINT "FK_1dcd734d271134b4e17f7ee9942" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(`
            CREATE FUNCTION congvu_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% rows are archived, never deleted', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
            END $$`);
    for (const table of NEVER_DELETED) {
      await queryRunner.query(
        `CREATE TRIGGER never_deleted BEFORE DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION congvu_never_deleted()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of NEVER_DELETED) {
      await queryRunner.query(`DROP TRIGGER never_deleted ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION congvu_never_deleted()`);
    await queryRunner.query(`ALTER TABLE "appointment" DROP CONSTRAINT "FK_1dcd734d271134b4e17f7ee9942"`);
    await queryRunner.query(`ALTER TABLE "absence" DROP CONSTRAINT "FK_4ca4478474b93a172a22a98c081"`);
    await queryRunner.query(`ALTER TABLE "unit_link" DROP CONSTRAINT "FK_644f435f5a12e1ca1dc34af91b0"`);
    await queryRunner.query(`ALTER TABLE "auth_token" DROP CONSTRAINT "FK_26b580c89e141c75426f44317bc"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_3a194b12d01edcd333659ab50a6"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "archived_at"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "archived_at"`);
    await queryRunner.query(
      `ALTER TABLE "appointment" ADD CONSTRAINT "FK_1dcd734d271134b4e17f7ee9942" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "absence" ADD CONSTRAINT "FK_4ca4478474b93a172a22a98c081" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "unit_link" ADD CONSTRAINT "FK_644f435f5a12e1ca1dc34af91b0" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "auth_token" ADD CONSTRAINT "FK_26b580c89e141c75426f44317bc" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_3a194b12d01edcd333659ab50a6" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }
}
