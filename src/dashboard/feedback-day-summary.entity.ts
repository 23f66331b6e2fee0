import { Entity, PrimaryColumn } from 'typeorm';
import { FeedbackCounters } from './feedback-counters.js';

/** Per unit and day: what the dashboards sum. */
@Entity('feedback_day_summary')
export class FeedbackDaySummary extends FeedbackCounters {
  @PrimaryColumn({ type: 'uuid' })
  unitId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;
}
