import { BaseEntity, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

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
