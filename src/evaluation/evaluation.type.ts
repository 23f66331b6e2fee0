import { Node } from '../common/node.js';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

import { Connection } from '../common/pagination.js';
import { DateScalar, DateTimeScalar } from '../common/scalars.js';
import { Position } from '../people/people.enums.js';
import { EvaluationStatus, PeriodKind, PeriodStatus, RatingLevel, RuleSetId } from './evaluation.enums.js';
import type { EvaluationEvent } from './evaluation-event.entity.js';
import type { EvaluationPeriod } from './evaluation-period.entity.js';
import type { Evaluation } from './evaluation.entity.js';
import type { HeadInputs } from './head-inputs/head-inputs.js';
import { periodName } from './period.rules.js';

@ObjectType('EvaluationPeriod', { implements: Node })
export class EvaluationPeriodType {
  @Field(() => ID)
  id: string;

  @Field(() => PeriodKind)
  kind: PeriodKind;

  @Field(() => String, { description: 'Năm 2026, Quý 3/2026, …' })
  name: string;

  @Field(() => Int)
  year: number;

  @Field(() => Int, { nullable: true })
  quarter: number | null;

  @Field(() => Int, { nullable: true })
  month: number | null;

  @Field(() => DateScalar)
  startsOn: string;

  @Field(() => DateScalar)
  endsOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Steps after this day are allowed and flagged as late.' })
  deadline: string | null;

  @Field(() => PeriodStatus)
  status: PeriodStatus;

  static from(period: EvaluationPeriod): EvaluationPeriodType {
    return Object.assign(new EvaluationPeriodType(), {
      id: period.id,
      kind: period.kind,
      name: periodName(period),
      year: period.year,
      quarter: period.quarter,
      month: period.month,
      startsOn: period.startsOn,
      endsOn: period.endsOn,
      deadline: period.deadline,
      status: period.status,
    });
  }
}

@ObjectType()
export class EvaluationPeriodConnection extends Connection(EvaluationPeriodType, 'EvaluationPeriod') {}

@ObjectType('EvaluationHistoryEntry', { description: 'One workflow step (R16).' })
export class HistoryEntryType {
  @Field(() => DateTimeScalar)
  at: Date;

  @Field(() => String, { nullable: true, description: 'The login that took the step.' })
  actor: string | null;

  @Field(() => String)
  action: string;

  @Field(() => EvaluationStatus, { nullable: true })
  fromStatus: EvaluationStatus | null;

  @Field(() => EvaluationStatus)
  toStatus: EvaluationStatus;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => Boolean, { description: 'Taken after the period’s deadline.' })
  late: boolean;

  static from(event: EvaluationEvent & { username?: string | null }): HistoryEntryType {
    return Object.assign(new HistoryEntryType(), {
      at: event.at,
      actor: event.username ?? null,
      action: event.action,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      reason: event.reason,
      late: event.late,
    });
  }
}

@ObjectType('LevelShare')
export class LevelShareType {
  @Field(() => RatingLevel)
  level: RatingLevel;

  @Field(() => Int)
  count: number;

  @Field(() => Float)
  percent: number;
}

@ObjectType('HeadInputs', {
  description: "R14: the evidence about a head's unit, shown to the rater, the head, Home Affairs and city leaders.",
})
export class HeadInputsType {
  @Field(() => Float, { nullable: true, description: 'Average completion of the unit’s targets, percent.' })
  unitTargetCompletion: number | null;

  @Field(() => [LevelShareType])
  subunitLevelShares: LevelShareType[];

  @Field(() => Float, { nullable: true })
  satisfactionPercent: number | null;

  @Field(() => Int, { nullable: true })
  feedbackDue: number | null;

  @Field(() => Int, { nullable: true })
  feedbackOnTime: number | null;

  @Field(() => Int, { nullable: true })
  feedbackOverdue: number | null;

  @Field(() => Float, { nullable: true })
  onTimeRate: number | null;

  @Field(() => Int, { nullable: true })
  openOverdueFindings: number | null;

  @Field(() => Boolean)
  disciplineInEffect: boolean;

  @Field(() => RatingLevel, { nullable: true, description: 'The cap from forcing and caps alone.' })
  maxAllowedLevel: RatingLevel | null;

  @Field(() => Float, { description: 'Points taken off the score (QUARTER only).' })
  deductions: number;

  @Field(() => [String])
  explanation: string[];

  static from(inputs: HeadInputs): HeadInputsType {
    return Object.assign(new HeadInputsType(), inputs);
  }
}

@ObjectType('Evaluation', { implements: Node })
export class EvaluationType {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'Send it back with rateEvaluation and approveEvaluation (optimistic lock).' })
  version: number;

  @Field(() => RuleSetId, { nullable: true })
  ruleSet: RuleSetId | null;

  @Field(() => Position)
  position: Position;

  @Field(() => EvaluationStatus)
  status: EvaluationStatus;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => RatingLevel, { nullable: true, description: 'The result of the rules, before the rater’s choice.' })
  computedLevel: RatingLevel | null;

  @Field(() => RatingLevel, { nullable: true })
  level: RatingLevel | null;

  @Field(() => String, { nullable: true, description: 'Why the rater chose a level below the result.' })
  reason: string | null;

  @Field(() => Float, { nullable: true })
  selfScore: number | null;

  @Field(() => String, { nullable: true })
  narrative: string | null;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => String, { nullable: true })
  collectiveComment: string | null;

  @Field(() => String, { nullable: true })
  partyComment: string | null;

  @Field(() => [String], { description: 'Each step of the rules, in Vietnamese.' })
  explanation: string[];

  @Field(() => [String])
  warnings: string[];

  @Field(() => DateTimeScalar, { nullable: true })
  notifiedAt: Date | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'R5: the day the rater was decided for (today for a running period, kept up to date as appointments and the tree change).',
  })
  raterAsOf: string | null;

  personId: string;
  unitId: string;
  periodId: string;
  raterPersonId: string | null;
  raterUnitId: string | null;

  static from(evaluation: Evaluation): EvaluationType {
    return Object.assign(new EvaluationType(), {
      id: evaluation.id,
      version: evaluation.version,
      ruleSet: evaluation.ruleSet,
      position: evaluation.position,
      status: evaluation.status,
      score: evaluation.score,
      computedLevel: evaluation.computedLevel,
      level: evaluation.level,
      reason: evaluation.reason,
      selfScore: evaluation.selfScore,
      narrative: evaluation.narrative,
      comment: evaluation.comment,
      collectiveComment: evaluation.collectiveComment,
      partyComment: evaluation.partyComment,
      explanation: evaluation.explanation,
      warnings: evaluation.warnings,
      notifiedAt: evaluation.notifiedAt,
      raterAsOf: evaluation.raterAsOf,
      personId: evaluation.personId,
      unitId: evaluation.unitId,
      periodId: evaluation.periodId,
      raterPersonId: evaluation.raterPersonId,
      raterUnitId: evaluation.raterUnitId,
    });
  }
}

@ObjectType()
export class EvaluationConnection extends Connection(EvaluationType, 'Evaluation') {}

@ObjectType('LevelCount', {
  description: 'An aggregate; null for a viewer when fewer than 3 people are counted (R32).',
})
export class LevelCountType {
  @Field(() => RatingLevel)
  level: RatingLevel;

  @Field(() => Int, { nullable: true })
  count: number | null;
}
