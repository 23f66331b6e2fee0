import { Entity, PrimaryColumn } from 'typeorm';
import { FeedbackCounters } from './feedback-counters.js';

/**
 * Per unit and month, the day summary's counters summed: a range sums its whole months here and the days of its
 * partial months there; the figure open past due at the end of a day sums the months before it, then its days.
 */
@Entity('feedback_month_summary')
export class FeedbackMonthSummary extends FeedbackCounters {
  @PrimaryColumn({ type: 'uuid' })
  unitId: string;

  /** the month's first day */
  @PrimaryColumn({ type: 'date' })
  month: string;
}
