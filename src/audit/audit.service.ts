import type { DataSource } from 'typeorm';
import type { AuditEntry } from './audit-entry.entity.js';
import { auditTrail, type AuditFilter } from './audit.queries.js';

/** Reads of the audit trail (written by a trigger, never by a service). */
export class AuditService {
  constructor(private readonly db: DataSource) {}

  /** The changes of a table (or one of its rows) within [from, to), oldest first. */
  trail(filter: AuditFilter, offset: number, limit: number): Promise<{ entries: AuditEntry[]; total: number }> {
    return auditTrail(this.db.manager, filter, offset, limit);
  }
}
