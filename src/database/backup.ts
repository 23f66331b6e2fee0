import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';

/**
 * pg_dump and pg_restore of the PostgreSQL client on the machine (or of PG_BIN_DIR): they must be at least the
 * server's major version — the embedded server is PostgreSQL 18, whose client tools the npm package does not ship.
 */
function tool(name: 'pg_dump' | 'pg_restore', binDir?: string): string {
  return binDir ? path.join(binDir, name) : name;
}

/** The connection as libpq's environment, so no password shows in the process list. */
function libpqEnv(url: string): NodeJS.ProcessEnv {
  const parsed = new URL(url);
  return {
    ...process.env,
    PGHOST: parsed.hostname,
    PGPORT: parsed.port || '5432',
    PGUSER: decodeURIComponent(parsed.username),
    PGPASSWORD: decodeURIComponent(parsed.password),
    PGDATABASE: decodeURIComponent(parsed.pathname.slice(1)),
  };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'ENOENT'
            ? `${command} not found: install the PostgreSQL client (postgresql-client) or set PG_BIN_DIR`
            : error.message,
        ),
      );
    });
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `${path.basename(command)} failed (${String(code)}): ${errors.trim().split('\n').slice(-3).join(' ')}`,
          ),
        );
    });
  });
}

/** The whole database in pg_dump's custom format (compressed; schema, data, triggers, the audit trail). */
export function backupDatabase(url: string, file: string, binDir?: string): Promise<void> {
  return run(
    tool('pg_dump', binDir),
    ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`],
    libpqEnv(url),
  );
}

/** How many tables the database at `url` has in its public schema (0: a fresh one). */
export async function tableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`,
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

/**
 * A dump restored in one transaction: all of it or nothing. Into an empty database, or — `replace` — over one
 * whose objects are dropped first.
 */
export function restoreDatabase(
  file: string,
  url: string,
  options: { replace: boolean; binDir?: string },
): Promise<void> {
  const args = [
    '--no-owner',
    '--no-privileges',
    '--single-transaction',
    '--exit-on-error',
    ...(options.replace ? ['--clean', '--if-exists'] : []),
    `--dbname=${new URL(url).pathname.slice(1)}`,
    file,
  ];
  return run(tool('pg_restore', options.binDir), args, libpqEnv(url));
}
