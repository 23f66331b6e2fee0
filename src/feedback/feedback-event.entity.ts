import { Column, Entity, Index } from 'typeorm';
import { WorkflowEvent } from '../common/workflow-event.entity.js';
import { FeedbackStatus } from './feedback.enums.js';

/** Every change of an item: workflow steps, and the fields an import changed (with before and after). */
@Entity('feedback_event')
export class FeedbackEvent extends WorkflowEvent<FeedbackStatus> {
  @Index('IDX_feedback_event_item')
  @Column({ type: 'uuid' })
  itemId: string;

  @Column({ type: 'enum', enum: FeedbackStatus, enumName: 'feedback_status', nullable: true })
  fromStatus: FeedbackStatus | null;

  @Column({ type: 'enum', enum: FeedbackStatus, enumName: 'feedback_status', nullable: true })
  toStatus: FeedbackStatus | null;

  @Column({ type: 'jsonb', nullable: true })
  changes: Record<string, { from: unknown; to: unknown }> | null;
}
