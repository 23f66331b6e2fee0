import pg from 'pg';
import { createDataSource } from '../../src/database/data-source.js';
import { seedDemoIfEmpty } from '../../src/database/seeds/demo.js';
import { ensureDefaultSettings } from '../../src/settings/settings.js';

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function adminQuery(url: string, sql: string): Promise<unknown> {
  return withClient(url, (client) => client.query(sql));
}

/** The password of the demo logins in the demo template. */
export const DEMO_PASSWORD = 'demo-password';

/**
 * Makes `template` once: the first worker to need it runs `fill` under a lock of that template's own, which the
 * others needing it wait on (a worker needing another template does not).
 */
async function ensureDatabase(
  serverUrl: string,
  template: string,
  create: string,
  fill: (url: string) => Promise<void>,
): Promise<void> {
  await withClient(serverUrl, async (client) => {
    const exists = async () =>
      Boolean((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount);
    if (await exists()) return;
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      if (await exists()) return;
      await client.query(`DROP DATABASE IF EXISTS ${template}_new`);
      await client.query(`CREATE DATABASE ${template}_new ${create}`);
      await fill(withDatabase(serverUrl, `${template}_new`));
      await client.query(`ALTER DATABASE ${template}_new RENAME TO ${template}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
}

async function withDataSource(
  url: string,
  work: (dataSource: ReturnType<typeof createDataSource>) => Promise<void>,
): Promise<void> {
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** The migrated template of this run (with the settings start-up writes). */
export function ensureTemplate(serverUrl: string, template: string): Promise<void> {
  return ensureDatabase(serverUrl, template, '', (url) =>
    withDataSource(url, async (dataSource) => {
      await dataSource.runMigrations({ transaction: 'each' });
      await ensureDefaultSettings(dataSource.manager);
    }),
  );
}

/**
 * The template with the demo data (today's city with its history, the demo logins with `DEMO_PASSWORD`), seeded
 * once per run: the browser tests and the others on the demo copy it instead of seeding it each.
 */
export async function ensureDemoTemplate(serverUrl: string, template: string): Promise<string> {
  await ensureTemplate(serverUrl, template);
  const demo = `${template}_demo`;
  await ensureDatabase(serverUrl, demo, `TEMPLATE ${template}`, (url) =>
    withDataSource(url, (dataSource) => seedDemoIfEmpty(dataSource, DEMO_PASSWORD)),
  );
  return demo;
}

/**
 * Clears rows the database never lets the application delete (archived instead): a test's own reset, with the
 * triggers off for this one transaction as only a superuser may (session_replication_role).
 */
export async function purgeForTest(
  db: {
    transaction<T>(work: (em: { query(sql: string, params?: unknown[]): Promise<unknown> }) => Promise<T>): Promise<T>;
  },
  sql: string,
  params: unknown[] = [],
): Promise<void> {
  await db.transaction(async (em) => {
    await em.query(`SET LOCAL session_replication_role = replica`);
    for (const statement of sql
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean))
      await em.query(statement, params);
  });
}
