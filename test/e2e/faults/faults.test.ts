import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import request from 'supertest';
import { Role } from '../../../src/auth/auth.enums.js';
import { UnitKind } from '../../../src/hierarchy/hierarchy.enums.js';
import { makeUnit, makeUser } from '../../factories/scenario.js';
import { adminAgent } from '../../support/admin.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { waitFor } from '../../support/wait.js';

const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id name } }`;

/** A second connection holding the parent unit's row: creating a child waits on it (the link's foreign key). */
async function holdUnit(url: string, unitId: string): Promise<{ release: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('SELECT 1 FROM unit WHERE id = $1 FOR UPDATE', [unitId]);
  return {
    release: async () => {
      await client.query('COMMIT');
      await client.end();
    },
  };
}

async function appBackendWaitingOnLock(t: TestApp): Promise<number | null> {
  const [row] = await t.db.query(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'congvu' AND wait_event_type = 'Lock'`,
  );
  return row?.pid ?? null;
}

describe('faults survived', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    token = await t.login('noivu');
  });
  afterAll(() => t.close());

  it('malformed JSON is a 400 in JSON, with no stack and no HTML, in development too', async () => {
    const response = await request(t.app).post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(response.status).toBe(400);
    expect(response.type).toBe('application/json');
    expect(response.body.errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(response.text).not.toMatch(/at .*\.js|node_modules|SyntaxError|<html/);
  });

  it("the panel's error page shows neither the SQL nor a stack", async () => {
    const agent = await adminAgent(t, 'noivu');
    const failure = Object.assign(new Error('relation "bí_mật" does not exist: SELECT password_hash FROM app_user'), {
      code: '42P01',
    });
    const spy = jest.spyOn(t.services.auth, 'activeUser').mockRejectedValueOnce(failure);
    const page = await agent.get('/admin/resources/Person').set('accept', 'text/html');
    spy.mockRestore();
    expect(page.status).toBe(500);
    expect(page.text).toContain('Lỗi hệ thống');
    expect(page.text).not.toMatch(/password_hash|bí_mật|SELECT|at .*\.(js|ts)/);
  });

  it('the payouts export with the database away answers 503 instead of leaving a rejected promise', async () => {
    const away = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const spy = jest.spyOn(t.services.auth, 'authenticate').mockRejectedValueOnce(away);
    const response = await request(t.app).get('/exports/payouts/x.csv').set('authorization', 'Bearer anything');
    spy.mockRestore();
    expect(response.status).toBe(503);
    expect(response.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(response.text).not.toContain('ECONNREFUSED');
  });

  it('/readyz turns 503 once shutdown begins, while /healthz stays up', async () => {
    const other = await createTestApp();
    try {
      expect((await request(other.app).get('/readyz')).status).toBe(200);
      other.beginShutdown();
      expect((await request(other.app).get('/readyz')).status).toBe(503);
      expect((await request(other.app).get('/healthz')).status).toBe(200);
    } finally {
      await other.close();
    }
  });

  it('a backend terminated mid-transaction leaves no partial rows, and the next request is served', async () => {
    const parent = await makeUnit(t.db, { name: 'Quận Bị Ngắt', kind: UnitKind.DISTRICT });
    const lock = await holdUnit(t.url, parent.id);
    const pending = t.gql(
      CREATE_UNIT,
      { input: { code: 'NGAT-1', name: 'Phường Bị Ngắt', kind: 'WARD', parentId: parent.id, validFrom: '2025-01-01' } },
      token,
    );
    let pid: number | null = null;
    await waitFor('the mutation to wait on the lock', async () => (pid = await appBackendWaitingOnLock(t)) !== null);
    await t.db.query('SELECT pg_terminate_backend($1)', [pid]);
    const answer = await pending;
    await lock.release();

    expect(answer.errors?.[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(answer)).not.toMatch(/terminat|SQL|INSERT/);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM unit WHERE code = 'NGAT-1'`)).toEqual([{ n: 0 }]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM audit_log WHERE after ->> 'code' = 'NGAT-1'`)).toEqual([
      { n: 0 },
    ]);

    const next = await t.gql(
      CREATE_UNIT,
      {
        input: { code: 'NGAT-2', name: 'Phường Sau Ngắt', kind: 'WARD', parentId: parent.id, validFrom: '2025-01-01' },
      },
      token,
    );
    expect(next.errors).toBeUndefined();
    expect(next.data?.createUnit.name).toBe('Phường Sau Ngắt');
  });
});

describe('a statement over its timeout', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ statementTimeoutMs: 5_000 });
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
  });
  afterAll(() => t.close());

  it('the default data source bounds every statement and every idle transaction', async () => {
    const { createDataSource } = await import('../../../src/database/data-source.js');
    const extra = (createDataSource(t.url).options as { extra: Record<string, unknown> }).extra;
    expect(extra.statement_timeout).toBeGreaterThan(0);
    expect(extra.idle_in_transaction_session_timeout).toBeGreaterThan(0);
  });

  it('is cancelled and reported as QUERY_TIMEOUT, with nothing written, while other requests go on', async () => {
    const token = await t.login('noivu');
    const parent = await makeUnit(t.db, { name: 'Quận Chậm', kind: UnitKind.DISTRICT });
    const lock = await holdUnit(t.url, parent.id);
    try {
      const slow = t.gql(
        CREATE_UNIT,
        { input: { code: 'CHAM-1', name: 'Phường Chậm', kind: 'WARD', parentId: parent.id, validFrom: '2025-01-01' } },
        token,
      );
      await waitFor('the mutation to wait on the lock', async () => (await appBackendWaitingOnLock(t)) !== null);
      const meanwhile = await t.gql(`{ me { username } }`, {}, token);
      expect(meanwhile.data?.me.username).toBe('noivu');
      const answer = await slow;
      expect(answer.errors?.[0].extensions.code).toBe('QUERY_TIMEOUT');
      expect(JSON.stringify(answer)).not.toMatch(/statement timeout|SQL/);
    } finally {
      await lock.release();
    }
    expect(await t.db.query(`SELECT count(*)::int AS n FROM unit WHERE code = 'CHAM-1'`)).toEqual([{ n: 0 }]);
  });
});
