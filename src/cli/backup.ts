import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { backupDatabase } from '../database/backup.js';
import { startEmbeddedPostgres } from '../database/embedded.js';
import { fail } from './cli-database.js';

/**
 * `npm run backup [-- --out FILE]`: the configured database (DATABASE_URL, else the embedded one) with pg_dump,
 * by default into ./backups/congvu-<time>.dump.
 */
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const config = loadConfig();
const file = path.resolve(
  values.out ?? path.join('backups', `congvu-${new Date().toISOString().replace(/[:.]/g, '-')}.dump`),
);
mkdirSync(path.dirname(file), { recursive: true });

try {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(config.embeddedPg.dir, config.embeddedPg.port);
  try {
    await backupDatabase(config.databaseUrl ?? (embedded?.url as string), file, process.env.PG_BIN_DIR);
  } finally {
    await embedded?.stop();
  }
  console.log(`✔ ${file}`);
} catch (error) {
  fail(error);
}
