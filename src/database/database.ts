import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource } from 'typeorm';
import { databaseUnavailable } from '../common/http-errors.js';
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

const RETRY_MAX_MS = 10_000;

/**
 * Connects, waiting for a server that is not there yet (a database started after the app, or restarting): one
 * line per attempt, retried with a growing pause, until it answers or `signal` aborts. Other errors (a wrong
 * password, a missing database) stop at once.
 */
async function initialiseWhenReachable(dataSource: DataSource, signal?: AbortSignal): Promise<void> {
  for (let attempt = 1, pause = 500; ; attempt += 1, pause = Math.min(pause * 2, RETRY_MAX_MS)) {
    try {
      await dataSource.initialize();
      if (attempt > 1) logger.info({ attempt }, 'database reachable');
      return;
    } catch (error) {
      if (!databaseUnavailable(error) || signal?.aborted) throw error;
      logger.warn(
        { attempt, retryInMs: pause, reason: (error as Error).message },
        'database not reachable yet: waiting',
      );
      await sleep(pause, undefined, { signal }).catch(() => undefined);
      if (signal?.aborted) throw new Error('stopped while waiting for the database');
    }
  }
}

/** DATABASE_URL → that server; unset → the embedded server in ./data/postgres. Migrations run before anything else. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'embeddedPg'> & Partial<Pick<Config, 'replicaUrls'>>,
  signal?: AbortSignal,
): Promise<Database> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(config.embeddedPg.dir, config.embeddedPg.port);
  const url = config.databaseUrl ?? (embedded as EmbeddedDatabase).url;
  const dataSource = createDataSource(url, { replicaUrls: config.replicaUrls });
  try {
    await initialiseWhenReachable(dataSource, signal);
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
