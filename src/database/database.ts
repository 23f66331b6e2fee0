import type { DataSource } from 'typeorm';
import { logger } from '../common/logger.js';
import { ensureDefaultSettings } from '../settings/settings.js';
import type { Config } from '../config/config.js';
import { createDataSource } from './data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded.js';

export interface Database {
  dataSource: DataSource;
  embedded: EmbeddedDatabase | null;
  close(): Promise<void>;
}

/** DATABASE_URL → that server; unset → the embedded server in ./data/postgres. Migrations run before anything else. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'embeddedPg'>): Promise<Database> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config.embeddedPg.dir, config.embeddedPg.port);
  const url = config.databaseUrl ?? (embedded as EmbeddedDatabase).url;
  const dataSource = createDataSource(url);
  try {
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'migrations applied');
    await ensureDefaultSettings(dataSource.manager);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded,
    close: async () => {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
