import { BaseEntity, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'INSERT' | 'UPDATE' | 'DELETE';

/**
 * One change to an audited table, written by the trigger congvu_audit() in the transaction of the change
 * (never by the application). Secrets (password hashes) are left out of `before` and `after`.
 */
@Entity('audit_log')
@Index('IDX_audit_log_row', ['tableName', 'rowId', 'at'])
@Index('IDX_audit_log_at', ['at'])
export class AuditEntry extends BaseEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at: Date;

  @Column({ type: 'varchar', length: 63 })
  tableName: string;

  @Column({ type: 'varchar', length: 200 })
  rowId: string;

  @Column({ type: 'varchar', length: 6 })
  action: AuditAction;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  requestId: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  origin: string | null;

  @Column({ type: 'bigint', default: () => 'txid_current()' })
  transactionId: string;
}
