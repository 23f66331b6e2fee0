import type { Express } from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp, type BuiltApp } from '../../src/app.js';
import { logger } from '../../src/common/logger.js';
import type { Services } from '../../src/context.js';
import { createDataSource } from '../../src/database/data-source.js';
import { QueryCounter } from '../../src/database/query-counter.js';
import type { S3Settings } from '../../src/files/file-store.js';
import { buildAppSchema } from '../../src/schema.js';
import { adminQuery, ensureDemoTemplate, ensureTemplate, withDatabase } from './test-database.js';

logger.level = 'silent';

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions: Record<string, any> & { code: string } }>;
}

export interface TestApp {
  app: Express;
  db: DataSource;
  services: Services;
  queries: QueryCounter;
  /** The app's clock: tests move it. */
  clock: { now: Date };
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GqlResult<T>>;
  login(username: string, password?: string): Promise<string>;
  /** A second instance of the app (its own pool and services) on the same database, as behind a load balancer. */
  twin(): Promise<{ app: Express; listen: () => Promise<Listening>; close: () => Promise<void> }>;
  /** The app on a port of loopback, with its subscriptions (graphql-ws) on /graphql. */
  listen(): Promise<Listening>;
  /** What SIGTERM does first: /readyz turns 503. */
  beginShutdown(): void;
  /** The database's URL and name (for a spawned process or a second connection). */
  url: string;
  close(): Promise<void>;
}

export interface Listening {
  /** http://127.0.0.1:<port> */
  url: string;
  /** The instance's LISTEN connection: how many subscriptions it serves. */
  live: BuiltApp['live'];
}

export const TEST_PASSWORD = 'mat-khau-thu-nghiem';

/** A fresh database copied from the migrated template (or the demo's), and the whole app over it (nothing listens on a port). */
export async function createTestApp(
  options: {
    now?: Date;
    statementTimeoutMs?: number;
    demo?: boolean;
    s3?: S3Settings;
    /** How often live updates check the clock for 1022 items fallen overdue. */
    deadlineCheckMs?: number;
    /** Read replicas (TypeORM's `replication`): dashboards read there. */
    replicaUrls?: string[];
  } = {},
): Promise<TestApp> {
  const serverUrl = process.env.CONGVU_TEST_SERVER_URL;
  const template = process.env.CONGVU_TEST_TEMPLATE;
  if (!serverUrl || !template) throw new Error('test/support/global-setup.ts did not run');
  const source = options.demo
    ? await ensureDemoTemplate(serverUrl, template)
    : (await ensureTemplate(serverUrl, template), template);
  const database = `congvu_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${database} TEMPLATE ${source}`);
  const queries = new QueryCounter();
  const url = withDatabase(serverUrl, database);
  const db = createDataSource(url, {
    logging: ['query'],
    logger: queries,
    extra: { max: 25, ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}) },
    replicaUrls: options.replicaUrls,
  });
  await db.initialize();
  const clock = { now: options.now ?? new Date() };
  const sessionSecret = randomBytes(32).toString('hex');
  const schema = await buildAppSchema();
  const appOver = (source: DataSource) =>
    createApp({
      db: source,
      schema,
      config: { tokenTtlHours: 8, production: false, sessionSecret, s3: options.s3 },
      clock: () => clock.now,
      deadlineCheckMs: options.deadlineCheckMs,
    });
  const built = await appOver(db);
  const { app, services, stop, beginShutdown } = built;
  const twins: Array<() => Promise<void>> = [];
  const servers: Array<() => Promise<void>> = [];
  const listenOn = async (instance: BuiltApp): Promise<Listening> => {
    const server = createServer(instance.app);
    instance.serveSubscriptions(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(() => new Promise((resolve) => server.close(() => resolve())));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, live: instance.live };
  };

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const call = request(app).post('/graphql').set('content-type', 'application/json');
    if (token) call.set('authorization', `Bearer ${token}`);
    const response = await call.send({ query, variables });
    return response.body;
  };
  return {
    app,
    db,
    services,
    queries,
    clock,
    gql,
    login: async (username, password = TEST_PASSWORD) => {
      const result = await gql<{ login: { token: string } }>(
        `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
        { u: username, p: password },
      );
      if (!result.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    beginShutdown,
    url,
    twin: async () => {
      const source = createDataSource(url, { extra: { max: 5 } });
      await source.initialize();
      const other = await appOver(source);
      const close = async () => {
        await other.stop();
        await source.destroy();
      };
      twins.push(close);
      return { app: other.app, listen: () => listenOn(other), close };
    },
    listen: () => listenOn(built),
    close: async () => {
      // the apps first: stopping one closes its subscriptions' sockets, which a server's close would wait for
      for (const close of twins) await close();
      await stop();
      for (const close of servers) await close();
      await db.destroy();
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}
