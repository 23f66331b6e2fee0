import type { EntityManager } from 'typeorm';
import { listSql, pagedEntities, type ListSource } from '../common/paged-query.js';
import { SqlParams } from '../common/sql-params.js';
import type { OrderBy } from '../common/where.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditEntryOrderField, type AuditEntryWhere } from './audit.inputs.js';

export interface AuditFilter {
  table: string;
  rowId?: string;
  from?: Date;
  to?: Date;
  where?: AuditEntryWhere;
  orderBy?: ReadonlyArray<OrderBy<AuditEntryOrderField>>;
}

/** `auditTrail` on `a`. */
export const AUDIT_ENTRIES: ListSource<AuditEntryWhere, AuditEntryOrderField> = {
  from: 'audit_log a',
  alias: 'a',
  where: {
    action: { sql: 'a.action', kind: 'string' },
    rowId: { sql: 'a.row_id', kind: 'string' },
    actorUserId: { sql: 'a.actor_user_id', kind: 'id' },
    at: { sql: 'a.at', kind: 'datetime' },
  },
  orderBy: {
    [AuditEntryOrderField.AT]: 'a.at',
    [AuditEntryOrderField.ACTION]: 'a.action',
  },
  defaultOrder: 'a.at',
};

/** The changes of a table (or one of its rows) within [from, to), oldest first. */
export async function auditTrail(
  em: EntityManager,
  filter: AuditFilter,
  offset: number,
  limit: number,
): Promise<{ entries: AuditEntry[]; total: number }> {
  const params = new SqlParams();
  const where = [`a.table_name = ${params.add(filter.table)}`];
  if (filter.rowId !== undefined) where.push(`a.row_id = ${params.add(filter.rowId)}`);
  if (filter.from) where.push(`a.at >= ${params.add(filter.from)}`);
  if (filter.to) where.push(`a.at < ${params.add(filter.to)}`);
  const sql = listSql(AUDIT_ENTRIES, where, params, filter);
  const { rows: entries, total } = await pagedEntities(em, AuditEntry, sql, offset, limit);
  return { entries, total };
}
