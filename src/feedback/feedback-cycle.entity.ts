import { Column, Entity, Index, Unique } from 'typeorm';
import { KeyedEntity } from '../common/dated.entity.js';

/**
 * One handling cycle of an item (R22): received or reopened → due → replied. The item shows its current cycle;
 * the earlier ones are kept as they were, so a period's figures never change because of what came after it.
 */
@Entity('feedback_cycle')
@Unique('UQ_feedback_cycle_item_number', ['itemId', 'number'])
// the reopened items, recounted from their cycles by the dashboards (src/dashboard/summaries.queries.ts)
@Index('IDX_feedback_cycle_reopened', ['itemId'], { where: 'number > 1' })
export class FeedbackCycle extends KeyedEntity {
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
