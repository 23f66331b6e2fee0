import { BaseEntity, Column, Entity, PrimaryColumn } from 'typeorm';

/** Per unit and month, the overdue changes only: the figure at the end of a day sums months before it, then days. */
@Entity('feedback_month_summary')
export class FeedbackMonthSummary extends BaseEntity {
  @PrimaryColumn({ type: 'uuid' })
  unitId: string;

  /** the month's first day */
  @PrimaryColumn({ type: 'date' })
  month: string;

  @Column({ type: 'int', default: 0 })
  overdueDelta: number;
}
