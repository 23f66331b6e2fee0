import { Entity, Index, PrimaryColumn } from 'typeorm';
import { FeedbackCounters } from './feedback-counters.js';

/** Per unit and day: what the dashboards sum (a subtree's days of a month: by day, then its units). */
@Entity('feedback_day_summary')
@Index('IDX_feedback_day_summary_day', ['day', 'unitId'])
export class FeedbackDaySummary extends FeedbackCounters {
  @PrimaryColumn({ type: 'uuid' })
  unitId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;
}
