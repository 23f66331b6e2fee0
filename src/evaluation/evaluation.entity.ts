import { Column, Entity, Index, Unique } from 'typeorm';
import { DatedEntity } from '../common/dated.entity.js';
import { numberTransformer } from '../common/numeric.js';
import { Position, StaffType } from '../people/people.enums.js';
import { EvaluationStatus, RatingLevel, RuleSetId } from './evaluation.enums.js';
import type { Criteria, ScoreParts } from './rule-sets/rule-set.js';

/** One person's evaluation in one period, at the unit they held on its last day, with the rater of R5. */
@Entity('evaluation')
@Unique('UQ_evaluation_person_period', ['periodId', 'personId'])
@Index('IDX_evaluation_group', ['periodId', 'raterUnitId'])
export class Evaluation extends DatedEntity {
  @Column({ type: 'uuid' })
  periodId: string;

  @Index('IDX_evaluation_person')
  @Column({ type: 'uuid' })
  personId: string;

  @Index('IDX_evaluation_unit')
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'enum', enum: Position, enumName: 'position' })
  position: Position;

  @Column({ type: 'enum', enum: StaffType, enumName: 'staff_type' })
  staffType: StaffType;

  /** R7; null for MONTH periods (task tracking, no level) */
  @Column({ type: 'enum', enum: RuleSetId, enumName: 'rule_set', nullable: true })
  ruleSet: RuleSetId | null;

  @Index('IDX_evaluation_rater')
  @Column({ type: 'uuid', nullable: true })
  raterPersonId: string | null;

  /** the unit whose head rates: the quota group (R15) */
  @Column({ type: 'uuid', nullable: true })
  raterUnitId: string | null;

  /** the day the stored rater was decided for (R5): a cache, refreshed when appointments or the tree change */
  @Column({ type: 'date', nullable: true })
  raterAsOf: string | null;

  @Column({ type: 'enum', enum: EvaluationStatus, enumName: 'evaluation_status', default: EvaluationStatus.DRAFT })
  status: EvaluationStatus;

  /** optimistic lock: every change adds one */
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'jsonb', nullable: true })
  selfParts: ScoreParts | null;

  @Column({ type: 'jsonb', nullable: true })
  selfCriteria: Criteria | null;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: numberTransformer })
  selfScore: number | null;

  @Column({ type: 'text', nullable: true })
  narrative: string | null;

  @Column({ type: 'jsonb', nullable: true })
  parts: ScoreParts | null;

  @Column({ type: 'jsonb', nullable: true })
  criteria: Criteria | null;

  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: numberTransformer })
  score: number | null;

  /** ND335 heads: the unit ratio (1 or 0.5) the score was computed with, checked again at approval (R18) */
  @Column({ type: 'numeric', precision: 3, scale: 2, nullable: true, transformer: numberTransformer })
  unitRatio: number | null;

  /** the pipeline's result before the rater's choice */
  @Column({ type: 'enum', enum: RatingLevel, enumName: 'rating_level', nullable: true })
  computedLevel: RatingLevel | null;

  @Index('IDX_evaluation_level')
  @Column({ type: 'enum', enum: RatingLevel, enumName: 'rating_level', nullable: true })
  level: RatingLevel | null;

  /** why the rater chose a level below the result */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** the collective's comments (minutes) */
  @Column({ type: 'text', nullable: true })
  collectiveComment: string | null;

  /** for heads: the Party committee's comment */
  @Column({ type: 'text', nullable: true })
  partyComment: string | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  explanation: string[];

  @Column({ type: 'jsonb', default: () => `'[]'` })
  warnings: string[];

  @Column({ type: 'timestamptz', nullable: true })
  notifiedAt: Date | null;
}
