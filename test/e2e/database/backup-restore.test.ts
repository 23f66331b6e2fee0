import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { Role } from '../../../src/auth/auth.enums.js';
import { makeHead, makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { adminQuery, withDatabase } from '../../support/test-database.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const run = promisify(execFile);

/** Every table of the public schema with its row count. */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const counts: Record<string, number> = {};
    for (const { tablename } of rows)
      counts[tablename] = (await client.query(`SELECT count(*)::int AS n FROM "${tablename}"`)).rows[0].n;
    return counts;
  } finally {
    await client.end();
  }
}

describe('npm run backup / npm run restore', () => {
  let t: TestApp;
  let folder: string;
  let scratchUrl: string;
  const scratch = `congvu_restore_${randomBytes(4).toString('hex')}`;
  const cli = (script: string, args: string[], databaseUrl: string) =>
    run(process.execPath, [`dist/src/cli/${script}.js`, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
    });

  beforeAll(async () => {
    t = await createTestApp();
    const ward = await makeUnit(t.db, { name: 'Phường Sao Lưu' });
    await makeHead(t.db, ward);
    await makePerson(t.db, 'Cán Bộ Sao Lưu');
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    await t.gql(
      `mutation($id: ID!) { updateUnit(id: $id, input: { name: "Phường Đã Đổi" }) { name } }`,
      { id: ward.id },
      await t.login('noivu'),
    );
    folder = mkdtempSync(path.join(tmpdir(), 'congvu-backup-'));
    const server = process.env.CONGVU_TEST_SERVER_URL as string;
    await adminQuery(server, `CREATE DATABASE ${scratch}`);
    scratchUrl = withDatabase(server, scratch);
  });
  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await adminQuery(process.env.CONGVU_TEST_SERVER_URL as string, `DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await t.close();
  });

  it('restores into a scratch database with the same row count in every table, the audit trail included', async () => {
    const file = path.join(folder, 'congvu.dump');
    await cli('backup', ['--out', file], t.url);
    await cli('restore', [file], scratchUrl);
    const original = await rowCounts(t.url);
    expect(original.audit_log).toBeGreaterThan(0);
    expect(original.unit).toBeGreaterThan(0);
    expect(await rowCounts(scratchUrl)).toEqual(original);
  });

  it('refuses to restore over a database that has tables, unless told to replace them', async () => {
    const file = path.join(folder, 'again.dump');
    await cli('backup', ['--out', file], t.url);
    const refused = await cli('restore', [file], scratchUrl).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('--replace') });
    await cli('restore', [file, '--replace'], scratchUrl);
    expect(await rowCounts(scratchUrl)).toEqual(await rowCounts(t.url));
  });
});
