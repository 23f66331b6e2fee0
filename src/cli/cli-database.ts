import 'reflect-metadata';
import { actingAs, jobActor } from '../common/audit-context.js';
import { logger } from '../common/logger.js';
import { loadConfig } from '../config/config.js';
import { openDatabase, type Database } from '../database/database.js';

/**
 * Command-line jobs open the same database as the server (DATABASE_URL, else the embedded one), migrated, and
 * write as `cli:<name>` with an id per run in the audit trail.
 */
export async function withCliDatabase(
  name: string,
  job: (database: Database, config: ReturnType<typeof loadConfig>) => Promise<void>,
): Promise<void> {
  const config = loadConfig();
  logger.level = config.logLevel === 'info' ? 'warn' : config.logLevel;
  const database = await openDatabase(config);
  try {
    await actingAs(jobActor(`cli:${name}`), () => job(database, config));
  } finally {
    await database.close();
  }
}

/** One line saying what went wrong, never "undefined": the message, else what was thrown. */
export function fail(error: unknown): never {
  const message =
    error instanceof Error && error.message
      ? error.message
      : typeof error === 'string'
        ? error
        : // JSON.stringify gives undefined for undefined, a function or a symbol
          ((JSON.stringify(error) as string | undefined) ?? String(error));
  console.error(`✖ ${message}`);
  process.exit(1);
}
