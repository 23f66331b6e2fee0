import 'reflect-metadata';
import { logger } from '../common/logger.js';
import { loadConfig } from '../config/config.js';
import { openDatabase, type Database } from '../database/database.js';

/** Command-line jobs open the same database as the server (DATABASE_URL, else the embedded one), migrated. */
export async function withCliDatabase(job: (database: Database, config: ReturnType<typeof loadConfig>) => Promise<void>): Promise<void> {
  const config = loadConfig();
  logger.level = config.logLevel === 'info' ? 'warn' : config.logLevel;
  const database = await openDatabase(config);
  try {
    await job(database, config);
  } finally {
    await database.close();
  }
}

export function fail(error: unknown): never {
  console.error(`✖ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
