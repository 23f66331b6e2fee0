import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config.js';
import { restoreDatabase, tableCount } from '../database/backup.js';
import { startEmbeddedPostgres } from '../database/embedded.js';
import { fail } from './cli-database.js';

/**
 * `npm run restore -- FILE [--replace]`: a dump of `npm run backup` into the configured database (DATABASE_URL,
 * else the embedded one), in one transaction. An empty database only, unless --replace (which drops what is there).
 */
const { values, positionals } = parseArgs({
  options: { replace: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const file = positionals[0];
if (!file) fail('usage: npm run restore -- FILE.dump [--replace]');
if (!existsSync(file)) fail(`không tìm thấy tệp ${file}`);
const config = loadConfig();

try {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(config.embeddedPg.dir, config.embeddedPg.port);
  const url = config.databaseUrl ?? embedded?.url;
  if (url === undefined) throw new Error('no database to restore into: set DATABASE_URL');
  try {
    const tables = await tableCount(url);
    if (tables > 0 && !values.replace) {
      throw new Error(
        `the database already has ${String(tables)} tables: restore into an empty database, or add --replace to drop them first (stop the server before)`,
      );
    }
    await restoreDatabase(file, url, { replace: values.replace, binDir: process.env.PG_BIN_DIR });
  } finally {
    await embedded?.stop();
  }
  console.log(`✔ restored ${file}`);
} catch (error) {
  fail(error);
}
