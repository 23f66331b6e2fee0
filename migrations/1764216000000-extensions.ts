import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Extensions the schema needs (btree_gist for the exclusion constraints on dated ranges, unaccent and pg_trgm
 * for search) and congvu_fold(), the one definition of how names are compared: NFC, lower case, no diacritics
 * (both tone-mark placements fold alike), no leading zeros in numbers ("Phường 01" ~ "phuong 1").
 */
export class Extensions1764216000000 implements MigrationInterface {
  name = 'Extensions1764216000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`
      CREATE FUNCTION congvu_fold(value text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT regexp_replace(
          regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, normalize(value, NFC))), '\\s+', ' ', 'g'),
          '(^|[^0-9])0+([0-9])', '\\1\\2', 'g')
      $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION congvu_fold(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS btree_gist`);
  }
}
