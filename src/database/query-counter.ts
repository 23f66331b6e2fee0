import type { Logger as TypeOrmLogger } from 'typeorm';

/** A TypeORM logger that only counts statements: the bench and the tests use it to hold the "no N+1" line. */
export class QueryCounter implements TypeOrmLogger {
  count = 0;

  logQuery(): void {
    this.count += 1;
  }

  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
