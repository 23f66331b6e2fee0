import { BaseEntity, Column, Entity, PrimaryColumn } from 'typeorm';
import { EvaluationStatus } from '../evaluation/evaluation-enums.js';
import { FindingStatus } from '../inspection/inspection-enums.js';
import { InitiativeStatus } from '../initiative/initiative-enums.js';

/**
 * Summaries the dashboards read instead of the raw rows. Kept in step by triggers in the same statement as the
 * change (migrations/…-dashboard-summaries.ts), so that no write path — a service, the panel's CRUD, the portal
 * import, a reorganisation plan, psql — can leave them stale; nothing writes them from the code.
 */

/** Evaluations per period, unit, status and level ('NONE' while unrated). */
@Entity('evaluation_summary')
export class EvaluationSummary extends BaseEntity {
  @PrimaryColumn({ type: 'uuid' })
  periodId: string;

  @PrimaryColumn({ type: 'uuid' })
  unitId: string;

  @PrimaryColumn({ type: 'enum', enum: EvaluationStatus, enumName: 'evaluation_status' })
  status: EvaluationStatus;

  /** a rating_level, or NONE */
  @PrimaryColumn({ type: 'text' })
  level: string;

  @Column({ type: 'int' })
  count: number;
}

/** Inspection findings per responsible unit and status. */
@Entity('finding_summary')
export class FindingSummary extends BaseEntity {
  @PrimaryColumn({ type: 'uuid' })
  unitId: string;

  @PrimaryColumn({ type: 'enum', enum: FindingStatus, enumName: 'finding_status' })
  status: FindingStatus;

  @Column({ type: 'int' })
  count: number;
}

/** Initiatives per proposing unit and status. */
@Entity('initiative_summary')
export class InitiativeSummary extends BaseEntity {
  @PrimaryColumn({ type: 'uuid' })
  unitId: string;

  @PrimaryColumn({ type: 'enum', enum: InitiativeStatus, enumName: 'initiative_status' })
  status: InitiativeStatus;

  @Column({ type: 'int' })
  count: number;
}

/** The counters of R22 that one 1022 item adds to a unit on a day (the city's day). */
abstract class FeedbackCounters extends BaseEntity {
  /** handling cycles due that day, charged to the unit assigned at the due moment */
  @Column({ type: 'int', default: 0 })
  due: number;

  /** of those, replied by the due moment */
  @Column({ type: 'int', default: 0 })
  onTime: number;

  /** items with a single cycle due that day (a reopened item is recounted from its cycles: it counts once) */
  @Column({ type: 'int', default: 0 })
  itemsDue: number;

  /** of those, replied late, not replied, or the citizen not satisfied (Decision 766) */
  @Column({ type: 'int', default: 0 })
  itemsLateOrUnsatisfied: number;

  /**
   * Cycles open past due at the end of a day, as changes: +1 on the first day a cycle is open past due with the
   * unit, −1 on the day it stops (replied, reassigned); the sum up to day D is the unit's figure at the end of D.
   */
  @Column({ type: 'int', default: 0 })
  overdueDelta: number;
}

/** Per unit and day: what the dashboards sum. */
@Entity('feedback_day_summary')
export class FeedbackDaySummary extends FeedbackCounters {
  @PrimaryColumn({ type: 'uuid' })
  unitId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;
}

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
