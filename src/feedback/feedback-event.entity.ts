import { BaseEntity, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { FeedbackStatus } from './feedback.enums.js';

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
