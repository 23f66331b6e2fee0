import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What TypeORM cannot declare: trigram indexes on folded names, the admin panel's session table
 * (connect-pg-simple's layout), and the official days off and make-up working days of 2025 and 2026 for
 * state agencies (cán bộ, công chức, viên chức), which the admin maintains from then on.
 */
export class SearchSessionsCalendar1795754200000 implements MigrationInterface {
  name = 'SearchSessionsCalendar1795754200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_unit_name_search" ON "unit" USING gin (congvu_fold("name") gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_person_name_search" ON "person" USING gin (congvu_fold("full_name") gin_trgm_ops)`,
    );
    await queryRunner.query(`
      CREATE TABLE "admin_session" (
        "sid" varchar NOT NULL PRIMARY KEY,
        "sess" json NOT NULL,
        "expire" timestamp(6) NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_admin_session_expire" ON "admin_session" ("expire")`);
    await queryRunner.query(
      `INSERT INTO "calendar_day" ("day", "kind", "name") SELECT * FROM unnest($1::date[], $2::calendar_day_kind[], $3::varchar[])`,
      [OFFICIAL_DAYS.map((d) => d[0]), OFFICIAL_DAYS.map((d) => d[1]), OFFICIAL_DAYS.map((d) => d[2])],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "calendar_day" WHERE "day" = ANY($1::date[])`, [
      OFFICIAL_DAYS.map((d) => d[0]),
    ]);
    await queryRunner.query(`DROP TABLE "admin_session"`);
    await queryRunner.query(`DROP INDEX "IDX_person_name_search"`);
    await queryRunner.query(`DROP INDEX "IDX_unit_name_search"`);
  }
}

const OFFICIAL_DAYS: Array<[string, 'DAY_OFF' | 'MAKE_UP_WORKING_DAY', string]> = [
  ['2025-01-01', 'DAY_OFF', 'Tết Dương lịch 2025'],
  ['2025-01-27', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ'],
  ['2025-01-28', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ'],
  ['2025-01-29', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ'],
  ['2025-01-30', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ'],
  ['2025-01-31', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ'],
  ['2025-04-07', 'DAY_OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  ['2025-04-26', 'MAKE_UP_WORKING_DAY', 'Làm bù cho ngày 02/5/2025'],
  ['2025-04-30', 'DAY_OFF', 'Ngày Chiến thắng 30/4'],
  ['2025-05-01', 'DAY_OFF', 'Ngày Quốc tế Lao động 1/5'],
  ['2025-05-02', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)'],
  ['2025-09-01', 'DAY_OFF', 'Quốc khánh 2/9'],
  ['2025-09-02', 'DAY_OFF', 'Quốc khánh 2/9'],
  ['2026-01-01', 'DAY_OFF', 'Tết Dương lịch 2026'],
  ['2026-02-16', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ'],
  ['2026-02-17', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ'],
  ['2026-02-18', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ'],
  ['2026-02-19', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ'],
  ['2026-02-20', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ'],
  ['2026-04-27', 'DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/4/2026)'],
  ['2026-04-30', 'DAY_OFF', 'Ngày Chiến thắng 30/4'],
  ['2026-05-01', 'DAY_OFF', 'Ngày Quốc tế Lao động 1/5'],
  ['2026-09-01', 'DAY_OFF', 'Quốc khánh 2/9'],
  ['2026-09-02', 'DAY_OFF', 'Quốc khánh 2/9'],
];
