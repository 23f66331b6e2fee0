import pg from 'pg';
import { DataSource, type DataSourceOptions, type EntityManager, type Logger, type LoggerOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { AuditActorSubscriber } from '../common/audit-context.js';
import { entities } from './entities.js';
import { POOL_CONNECTION_LIFETIME_SECONDS, PreparingClient } from './prepared-client.js';
import { migrations } from './migrations.js';

// A PostgreSQL `date` is a day, not an instant: keep it as 'YYYY-MM-DD' rather than a local-midnight Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

type Overrides = {
  logging?: LoggerOptions;
  logger?: Logger;
  extra?: Record<string, unknown>;
  /** PostgreSQL read replicas (DATABASE_REPLICA_URLS): `readFromReplica` reads there, everything else the primary. */
  replicaUrls?: readonly string[];
};

export function dataSourceOptions(
  url: string,
  { extra, replicaUrls, ...overrides }: Overrides = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    // with replicas, TypeORM's `replication`: the primary stays the default for every read (defaultMode), so
    // only the reads that ask for a replica go there — a replica lags, and a read after a write must not
    ...(replicaUrls && replicaUrls.length > 0
      ? {
          replication: {
            master: { url },
            slaves: replicaUrls.map((replica) => ({ url: replica })),
            defaultMode: 'master',
          },
        }
      : { url }),
    entities,
    migrations,
    subscribers: [AuditActorSubscriber],
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    migrationsTransactionMode: 'each',
    // A hung query or a forgotten transaction must not hold a pool connection forever.
    extra: {
      Client: PreparingClient,
      maxLifetimeSeconds: POOL_CONNECTION_LIFETIME_SECONDS,
      max: 10,
      application_name: 'congvu',
      connectionTimeoutMillis: 10_000,
      statement_timeout: 60_000,
      idle_in_transaction_session_timeout: 60_000,
      ...extra,
    },
    ...overrides,
  };
}

export function createDataSource(url: string, overrides: Overrides = {}): DataSource {
  return new DataSource(dataSourceOptions(url, overrides));
}

/**
 * Reads that may lag the primary by the replication delay (a dashboard's aggregates): on one of the replicas,
 * TypeORM picking one at random per read, when DATABASE_REPLICA_URLS names some; else on the primary.
 */
export async function readFromReplica<T>(db: DataSource, read: (em: EntityManager) => Promise<T>): Promise<T> {
  if (!db.driver.isReplicated) return read(db.manager);
  const runner = db.createQueryRunner('slave');
  try {
    return await read(runner.manager);
  } finally {
    await runner.release();
  }
}
