import { BaseEntity, Column } from 'typeorm';

/** The counters of R22 that one 1022 item adds to a unit on a day (the city's day). */
export abstract class FeedbackCounters extends BaseEntity {
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
