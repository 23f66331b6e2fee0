import { EntityManager, type DataSource } from 'typeorm';
import { translateDbError } from './db-errors.js';

/** Where a service writes: its data source, or the manager of a transaction it was handed. */
export type Db = DataSource | EntityManager;

/**
 * The one way to write: runs `work` in a transaction and turns a constraint violation into the API's CONFLICT
 * (`translateDbError`), whichever service or panel action asked. Given the manager of an open transaction, `work`
 * joins it (no savepoint): the outer call commits or rolls back everything. Given a data source, or a manager
 * outside a transaction, it opens one.
 */
export async function inTransaction<T>(db: Db, work: (em: EntityManager) => Promise<T>): Promise<T> {
  try {
    if (db instanceof EntityManager) {
      return db.queryRunner?.isTransactionActive ? await work(db) : await db.transaction(work);
    }
    return await db.transaction(work);
  } catch (error) {
    throw translateDbError(error);
  }
}
