import { Column, Entity, Index } from 'typeorm';
import { KeyedEntity } from '../common/dated.entity.js';
import { AssignmentReason } from './feedback.enums.js';

/** R19: every unit an item was assigned to, from when, why, by whom, and the deadline it carried. */
@Entity('feedback_assignment')
@Index('IDX_feedback_assignment_item_time', ['itemId', 'assignedAt'])
export class FeedbackAssignment extends KeyedEntity {
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
