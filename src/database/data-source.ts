import pg from 'pg';
import { DataSource, type DataSourceOptions, type Logger, type LoggerOptions } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { AuditActorSubscriber } from '../common/audit-context.js';
import { entities } from './entities.js';
import { migrations } from './migrations.js';

// A PostgreSQL `date` is a day, not an instant: keep it as 'YYYY-MM-DD' rather than a local-midnight Date.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

type Overrides = { logging?: LoggerOptions; logger?: Logger; extra?: Record<string, unknown> };

export function dataSourceOptions(url: string, { extra, ...overrides }: Overrides = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
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
