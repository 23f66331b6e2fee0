import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Role } from '../../../src/auth/auth.enums.js';
import { UnitKind } from '../../../src/hierarchy/hierarchy.enums.js';
import { OPEN } from '../../factories/evaluation.js';
import { makeUnit, makeUser } from '../../factories/scenario.js';
import { adminQuery, ensureTemplate, withDatabase } from '../../support/test-database.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/**
 * DATABASE_REPLICA_URLS: the replica here is a second database that holds other figures than the primary, so
 * that an answer tells where it was read. A dashboard's aggregates come from the replica; every other read (and
 * a live update's dashboard) from the primary.
 */
describe('read replicas', () => {
  let t: TestApp;
  let replica: pg.Client;
  let replicaName: string;
  let token: string;
  let cityId: string;
  let periodId: string;
  const serverUrl = process.env.CONGVU_TEST_SERVER_URL as string;

  /** The primary's row of `table`, copied as it is into the replica. */
  async function copyRow(table: string, id: string) {
    const [row] = await t.db.query(`SELECT row_to_json(r) AS row FROM ${table} r WHERE r.id = $1`, [id]);
    await replica.query(`INSERT INTO ${table} SELECT * FROM json_populate_record(NULL::${table}, $1)`, [row.row]);
  }

  beforeAll(async () => {
    const template = process.env.CONGVU_TEST_TEMPLATE as string;
    await ensureTemplate(serverUrl, template);
    replicaName = `congvu_t_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${replicaName} TEMPLATE ${template}`);
    replica = new pg.Client({ connectionString: withDatabase(serverUrl, replicaName) });
    await replica.connect();
    t = await createTestApp({
      now: new Date('2026-12-01T09:00:00+07:00'),
      replicaUrls: [withDatabase(serverUrl, replicaName)],
    });
    cityId = (await makeUnit(t.db, { name: 'Thành phố Hồ Chí Minh', kind: UnitKind.CITY })).id;
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    token = await t.login('noivu');
    periodId = (await t.gql(OPEN, { input: { kind: 'YEAR', year: 2026 } }, token)).data?.openEvaluationPeriod.id;
    // the replica has the city and the period, and figures the primary does not have
    await copyRow('unit', cityId);
    await copyRow('evaluation_period', periodId);
    await replica.query(
      `INSERT INTO evaluation_summary (period_id, unit_id, status, level, count) VALUES ($1, $2, 'APPROVED', 'EXCELLENT', 7)`,
      [periodId, cityId],
    );
  });
  afterAll(async () => {
    await replica.end();
    await t.close();
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${replicaName} WITH (FORCE)`);
  });

  it('a dashboard is read on the replica', async () => {
    const answer = await t.gql(
      `query($u: ID!, $p: ID!) { dashboard(unitId: $u, periodId: $p) { evaluatedCount levelCounts { level count } } }`,
      { u: cityId, p: periodId },
      token,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.dashboard.evaluatedCount).toBe(7);
    expect(answer.data?.dashboard.levelCounts[0]).toEqual({ level: 'EXCELLENT', count: 7 });
  });

  it('other reads stay on the primary', async () => {
    const ward = await makeUnit(t.db, { name: 'Phường Bến Thành', kind: UnitKind.WARD });
    const answer = await t.gql(`query($id: ID!) { unit(id: $id) { name } }`, { id: ward.id }, token);
    expect(answer.data?.unit).toEqual({ name: 'Phường Bến Thành' });
    const [{ count }] = (await replica.query(`SELECT count(*)::int AS count FROM unit`)).rows;
    expect(count).toBe(1);
  });
});
