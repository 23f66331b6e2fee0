import type { EntityManager } from 'typeorm';
import { namedWhere, SortDirection, type OrderBy, type WhereColumns } from '../common/where.js';
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

/** The columns of `auditTrail(where:)` on `a`. */
export const AUDIT_WHERE_COLUMNS: WhereColumns<AuditEntryWhere> = {
  action: { sql: 'a.action', kind: 'string' },
  rowId: { sql: 'a.row_id', kind: 'string' },
  actorUserId: { sql: 'a.actor_user_id', kind: 'id' },
  at: { sql: 'a.at', kind: 'datetime' },
};

/** The properties of `auditTrail(orderBy:)`. */
const AUDIT_ORDER_PROPERTIES: Record<AuditEntryOrderField, string> = {
  [AuditEntryOrderField.AT]: 'a.at',
  [AuditEntryOrderField.ACTION]: 'a.action',
};

/** The changes of a table (or one of its rows) within [from, to), oldest first. */
export async function auditTrail(
  em: EntityManager,
  filter: AuditFilter,
  offset: number,
  limit: number,
): Promise<{ entries: AuditEntry[]; total: number }> {
  const query = em.createQueryBuilder(AuditEntry, 'a').where('a.tableName = :table', { table: filter.table });
  for (const item of filter.orderBy ?? []) {
    query.addOrderBy(AUDIT_ORDER_PROPERTIES[item.field], item.direction === SortDirection.DESC ? 'DESC' : 'ASC');
  }
  if (!filter.orderBy?.length) query.addOrderBy('a.at', 'ASC');
  query.addOrderBy('a.id', 'ASC');
  const where = namedWhere(filter.where, AUDIT_WHERE_COLUMNS);
  query.andWhere(where.sql, where.params);
  if (filter.rowId !== undefined) query.andWhere('a.rowId = :rowId', { rowId: filter.rowId });
  if (filter.from) query.andWhere('a.at >= :from', { from: filter.from });
  if (filter.to) query.andWhere('a.at < :to', { to: filter.to });
  const [entries, total] = await query.skip(offset).take(limit).getManyAndCount();
  return { entries, total };
}
