import { Column, Entity, Index } from 'typeorm';
import { DatedEntity } from '../common/dated.entity.js';
import { FeedbackChannel, FeedbackStatus } from './feedback.enums.js';

/** A citizen's feedback from the 1022 portal (§3). The contact is personal data (R23). */
@Entity('feedback_item')
@Index('IDX_feedback_due', ['dueAt'])
export class FeedbackItem extends DatedEntity {
  @Index('UQ_feedback_reference', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  reference: string;

  @Column({ type: 'enum', enum: FeedbackChannel, enumName: 'feedback_channel' })
  channel: FeedbackChannel;

  @Column({ type: 'varchar', length: 200 })
  category: string;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  contactName: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  contactEmail: string | null;

  @Column({ type: 'timestamptz' })
  receivedAt: Date;

  /** the unit assigned now; the history is in feedback_assignment */
  @Index('IDX_feedback_unit')
  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  /** R20: end of the N-th working day after the day of receipt (or of a MISROUTED reassignment or a reopening) */
  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Index('IDX_feedback_status')
  @Column({ type: 'enum', enum: FeedbackStatus, enumName: 'feedback_status' })
  status: FeedbackStatus;

  @Column({ type: 'text', nullable: true })
  reply: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  repliedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  @Column({ type: 'boolean', nullable: true })
  citizenSatisfied: boolean | null;
}
