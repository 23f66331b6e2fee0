import pg from 'pg';
import { createDataSource } from '../../src/database/data-source.js';
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

const TEMPLATE_LOCK = 7_910_101;

/** The migrated template of this run (with the settings start-up writes): the first worker to get here makes it, under a lock the others wait on. */
export async function ensureTemplate(serverUrl: string, template: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (rowCount) return;
      await client.query(`CREATE DATABASE ${template}_new`);
      const dataSource = createDataSource(withDatabase(serverUrl, `${template}_new`));
      await dataSource.initialize();
      await dataSource.runMigrations({ transaction: 'each' });
      await ensureDefaultSettings(dataSource.manager);
      await dataSource.destroy();
      await client.query(`ALTER DATABASE ${template}_new RENAME TO ${template}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
}

/**
 * Clears rows the database never lets the application delete (archived instead): a test's own reset, with the
 * triggers off for this one transaction as only a superuser may (session_replication_role).
 */
export async function purgeForTest(db: { transaction<T>(work: (em: { query(sql: string, params?: unknown[]): Promise<unknown> }) => Promise<T>): Promise<T> }, sql: string, params: unknown[] = []): Promise<void> {
  await db.transaction(async (em) => {
    await em.query(`SET LOCAL session_replication_role = replica`);
    for (const statement of sql.split(';').map((s) => s.trim()).filter(Boolean)) await em.query(statement, params);
  });
}
