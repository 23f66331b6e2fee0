import { Column, Entity, Index } from 'typeorm';
import { CreatedEntity } from '../common/dated.entity.js';

/** R21: a progress update, with the date the unit commits to answer by. */
@Entity('feedback_progress')
export class FeedbackProgress extends CreatedEntity {
  @Index('IDX_feedback_progress_item')
  @Column({ type: 'uuid' })
  itemId: string;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'date' })
  committedDate: string;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;
}
