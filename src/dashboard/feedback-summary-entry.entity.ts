import { Entity, PrimaryColumn } from 'typeorm';
import { FeedbackCounters } from './feedback-counters.js';

/** What each item adds to the day summary, so that a change to the item takes exactly that out before adding anew. */
@Entity('feedback_summary_entry')
export class FeedbackSummaryEntry extends FeedbackCounters {
  @PrimaryColumn({ type: 'uuid' })
  itemId: string;

  @PrimaryColumn({ type: 'uuid' })
  unitId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;
}
