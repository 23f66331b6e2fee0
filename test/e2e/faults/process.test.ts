import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { Role } from '../../../src/auth/auth.enums.js';
import { UnitKind } from '../../../src/hierarchy/hierarchy.enums.js';
import { makeUnit, makeUser } from '../../factories/scenario.js';
import { freePort, startServerProcess, statusOf, type ServerProcess } from '../../support/server-process.js';
import { TcpProxy } from '../../support/tcp-proxy.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../support/test-app.js';
import { waitFor } from '../../support/wait.js';

/**
 * The compiled server as a process (`node dist/src/main.js`), with its database behind a TCP hop the test
 * cuts and restores: started before the database, the database going away and coming back, SIGTERM.
 */
describe('the server process survives faults', () => {
  let t: TestApp;
  let district: { id: string };
  const servers: ServerProcess[] = [];

  const gql = async (server: ServerProcess, query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(`${server.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: any; errors?: Array<{ extensions: { code: string } }> },
    };
  };
  const login = async (server: ServerProcess) =>
    (
      await gql(server, `mutation($p: String!) { login(username: "noivu", password: $p) { token } }`, {
        p: TEST_PASSWORD,
      })
    ).body.data?.login.token as string;
  const dbUrl = (port: number) => Object.assign(new URL(t.url), { port: String(port) }).toString();

  beforeAll(async () => {
    t = await createTestApp();
    // a unit in the database: the spawned server skips the demo data
    district = await makeUnit(t.db, { name: 'Quận Tiến Trình', kind: UnitKind.DISTRICT });
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
  });
  afterAll(async () => {
    for (const server of servers) server.child.kill('SIGKILL');
    await t.close();
  });

  it('started before its database it waits (/healthz up, /readyz 503), becomes ready when it appears, and recovers from an outage without a restart', async () => {
    const proxy = new TcpProxy(await freePort(), {
      host: new URL(t.url).hostname,
      port: Number(new URL(t.url).port || 5432),
    });
    const server = await startServerProcess({ DATABASE_URL: dbUrl(proxy.port) });
    servers.push(server);
    try {
      await waitFor('the port to answer', async () => (await statusOf(`${server.baseUrl}/healthz`)) === 200);
      expect(await statusOf(`${server.baseUrl}/readyz`)).toBe(503);
      expect(await statusOf(`${server.baseUrl}/graphql`)).toBe(503);

      await proxy.open();
      await waitFor(
        'ready once the database appears',
        async () => (await statusOf(`${server.baseUrl}/readyz`)) === 200,
      );
      expect(await login(server)).toEqual(expect.any(String));

      await proxy.cut();
      await waitFor(
        'not ready while the database is away',
        async () => (await statusOf(`${server.baseUrl}/readyz`)) === 503,
      );
      const during = await gql(server, `mutation($p: String!) { login(username: "noivu", password: $p) { token } }`, {
        p: TEST_PASSWORD,
      });
      expect(during.body.errors?.[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(await statusOf(`${server.baseUrl}/healthz`)).toBe(200);

      await proxy.open();
      await waitFor(
        'ready again once the database is back',
        async () => (await statusOf(`${server.baseUrl}/readyz`)) === 200,
      );
      expect(await login(server)).toEqual(expect.any(String));
      expect(server.child.exitCode).toBeNull();
      expect(server.output()).toContain('database not reachable yet');
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
      await proxy.cut();
    }
  });

  it('SIGTERM during a slow mutation: it commits and answers, then the process exits 0', async () => {
    const server = await startServerProcess({ DATABASE_URL: t.url });
    servers.push(server);
    await waitFor('ready', async () => (await statusOf(`${server.baseUrl}/readyz`)) === 200);
    const token = await login(server);

    // a second connection holds the district's row: creating a ward under it waits on the link's foreign key
    const holder = new pg.Client({ connectionString: t.url });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT 1 FROM unit WHERE id = $1 FOR UPDATE', [district.id]);
    const pending = gql(
      server,
      `mutation($input: CreateUnitInput!) { createUnit(input: $input) { name } }`,
      {
        input: { code: 'TERM-1', name: 'Phường Dừng Êm', kind: 'WARD', parentId: district.id, validFrom: '2025-01-01' },
      },
      token,
    );
    await waitFor('the mutation to wait on the lock', async () => {
      const { rows } = await holder.query(
        `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'congvu' AND wait_event_type = 'Lock'`,
      );
      return rows.length > 0;
    });
    server.child.kill('SIGTERM');
    await waitFor(
      'the server to stop taking connections',
      async () => (await statusOf(`${server.baseUrl}/healthz`)) === 0,
    );
    await holder.query('COMMIT');
    await holder.end();

    const answer = await pending;
    expect(answer.status).toBe(200);
    expect(answer.body.data?.createUnit.name).toBe('Phường Dừng Êm');
    expect(await server.exited).toBe(0);
    expect(
      await t.db.query(
        `SELECT count(*)::int AS n FROM unit_link l JOIN unit u ON u.id = l.unit_id WHERE u.code = 'TERM-1'`,
      ),
    ).toEqual([{ n: 1 }]);
  });
});
