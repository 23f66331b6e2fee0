import type { EntityManager } from 'typeorm';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditFilter {
  table: string;
  rowId?: string;
  from?: Date;
  to?: Date;
}

/** The changes of a table (or one of its rows) within [from, to), oldest first. */
export async function auditTrail(
  em: EntityManager,
  filter: AuditFilter,
  offset: number,
  limit: number,
): Promise<{ entries: AuditEntry[]; total: number }> {
  const query = em
    .createQueryBuilder(AuditEntry, 'a')
    .where('a.tableName = :table', { table: filter.table })
    .orderBy('a.at', 'ASC')
    .addOrderBy('a.id', 'ASC');
  if (filter.rowId !== undefined) query.andWhere('a.rowId = :rowId', { rowId: filter.rowId });
  if (filter.from) query.andWhere('a.at >= :from', { from: filter.from });
  if (filter.to) query.andWhere('a.at < :to', { to: filter.to });
  const [entries, total] = await query.skip(offset).take(limit).getManyAndCount();
  return { entries, total };
}
