import {
  BaseEntity,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { AssignmentReason, FeedbackChannel, FeedbackStatus } from './feedback-enums.js';

/** A citizen's feedback from the 1022 portal (§3). The contact is personal data (R23). */
@Entity('feedback_item')
@Index('IDX_feedback_due', ['dueAt'])
export class FeedbackItem extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * One handling cycle of an item (R22): received or reopened → due → replied. The item shows its current cycle;
 * the earlier ones are kept as they were, so a period's figures never change because of what came after it.
 */
@Entity('feedback_cycle')
@Unique('UQ_feedback_cycle_item_number', ['itemId', 'number'])
// the reopened items, recounted from their cycles by the dashboards (src/dashboard/summaries.queries.ts)
@Index('IDX_feedback_cycle_reopened', ['itemId'], { where: 'number > 1' })
export class FeedbackCycle extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  /** 1 from receipt, then one more for each reopening */
  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Index('IDX_feedback_cycle_due')
  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  repliedAt: Date | null;

  /** the citizen's answer to this cycle's reply: false when they reopened it, null until known */
  @Column({ type: 'boolean', nullable: true })
  citizenSatisfied: boolean | null;
}

/** R19: every unit an item was assigned to, from when, why, by whom, and the deadline it carried. */
@Entity('feedback_assignment')
@Index('IDX_feedback_assignment_item_time', ['itemId', 'assignedAt'])
export class FeedbackAssignment extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  itemId: string;

  @Index('IDX_feedback_assignment_unit')
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'timestamptz' })
  assignedAt: Date;

  @Column({ type: 'enum', enum: AssignmentReason, enumName: 'assignment_reason' })
  reason: AssignmentReason;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'uuid', nullable: true })
  assignedByUserId: string | null;
}

/** R21: a progress update, with the date the unit commits to answer by. */
@Entity('feedback_progress')
export class FeedbackProgress extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_feedback_progress_item')
  @Column({ type: 'uuid' })
  itemId: string;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'date' })
  committedDate: string;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** Every change of an item: workflow steps, and the fields an import changed (with before and after). */
@Entity('feedback_event')
export class FeedbackEvent extends BaseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_feedback_event_item')
  @Column({ type: 'uuid' })
  itemId: string;

  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ type: 'enum', enum: FeedbackStatus, enumName: 'feedback_status', nullable: true })
  fromStatus: FeedbackStatus | null;

  @Column({ type: 'enum', enum: FeedbackStatus, enumName: 'feedback_status', nullable: true })
  toStatus: FeedbackStatus | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', nullable: true })
  changes: Record<string, { from: unknown; to: unknown }> | null;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
