import { Node } from '../common/node.js';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

import { Connection } from '../common/pagination.js';
import { WHOLE_ROW, type FieldColumns } from '../common/projection.js';
import { DateScalar, DateTimeScalar } from '../common/scalars.js';
import { Position } from '../people/people.enums.js';
import { EvaluationStatus, PeriodKind, PeriodStatus, RatingLevel, RuleSetId } from './evaluation.enums.js';
import type { EvaluationEvent } from './evaluation-event.entity.js';
import type { EvaluationPeriod } from './evaluation-period.entity.js';
import type { Evaluation } from './evaluation.entity.js';
import type { HeadInputs } from './head-inputs/head-inputs.js';
import { periodName } from './period.rules.js';

@ObjectType('EvaluationPeriod', {
  implements: Node,
  description: 'A year, quarter or month over which every appointed person is evaluated once (R7).',
})
export class EvaluationPeriodType {
  @Field(() => ID, { description: 'The period’s id.' })
  id: string;

  @Field(() => PeriodKind, { description: 'YEAR, QUARTER or MONTH; with the year, it decides the rule set (R7).' })
  kind: PeriodKind;

  @Field(() => String, { description: 'Năm 2026, Quý 3/2026, …' })
  name: string;

  @Field(() => Int, { description: 'The calendar year.' })
  year: number;

  @Field(() => Int, { nullable: true, description: '1–4 for a QUARTER; null otherwise.' })
  quarter: number | null;

  @Field(() => Int, { nullable: true, description: '1–12 for a MONTH; null otherwise.' })
  month: number | null;

  @Field(() => DateScalar, { description: 'The first day of the period.' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'The last day of the period (included); R5 decides raters on it once over.' })
  endsOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Steps after this day are allowed and flagged as late.' })
  deadline: string | null;

  @Field(() => PeriodStatus, {
    description: 'OPEN while it takes evaluations; CLOSED after closeEvaluationPeriod, when only appeals remain.',
  })
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

@ObjectType({ description: 'A page of evaluation periods (Relay connection).' })
export class EvaluationPeriodConnection extends Connection(EvaluationPeriodType, 'EvaluationPeriod') {}

@ObjectType('EvaluationHistoryEntry', { description: 'One workflow step (R16).' })
export class HistoryEntryType {
  @Field(() => DateTimeScalar, { description: 'When the step was taken.' })
  at: Date;

  @Field(() => String, { nullable: true, description: 'The login that took the step.' })
  actor: string | null;

  @Field(() => String, {
    description: 'The step: SELF_ASSESS, RATE, RETURN, APPROVE, REOPEN, NOTIFY, APPEAL, UPHOLD or REVISE.',
  })
  action: string;

  @Field(() => EvaluationStatus, { nullable: true, description: 'The status before the step.' })
  fromStatus: EvaluationStatus | null;

  @Field(() => EvaluationStatus, { description: 'The status after the step.' })
  toStatus: EvaluationStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The reason given (a return, a reopening, an appeal and its decision, a level below the result).',
  })
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

@ObjectType('LevelShare', { description: 'R14: how many of the people a head rates stand at one level.' })
export class LevelShareType {
  @Field(() => RatingLevel, { description: 'The level.' })
  level: RatingLevel;

  @Field(() => Int, { description: 'How many people rated by the head stand at it.' })
  count: number;

  @Field(() => Float, { description: 'Their share of everyone the head rates, percent (0–100, two decimals).' })
  percent: number;
}

@ObjectType('HeadInputs', {
  description: "R14: the evidence about a head's unit, shown to the rater, the head, Home Affairs and city leaders.",
})
export class HeadInputsType {
  @Field(() => Float, { nullable: true, description: 'Average completion of the unit’s targets, percent.' })
  unitTargetCompletion: number | null;

  @Field(() => [LevelShareType], { description: 'The levels of the people the head rates in the period.' })
  subunitLevelShares: LevelShareType[];

  @Field(() => Float, {
    nullable: true,
    description: 'R9: the unit’s citizen satisfaction for the period, percent; null without a survey result.',
  })
  satisfactionPercent: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'R22: 1022 items of the unit and its sub-units due within the period.',
  })
  feedbackDue: number | null;

  @Field(() => Int, { nullable: true, description: 'R22: of those due, the ones answered on time.' })
  feedbackOnTime: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'R22: 1022 items still overdue at the period’s end; each costs points in a QUARTER (R14).',
  })
  feedbackOverdue: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'R22: on time ÷ due, percent (two decimals); null when nothing was due. A low rate caps a QUARTER.',
  })
  onTimeRate: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'R14, R25: inspection findings of the unit and its sub-units past their date, unremedied at the end.',
  })
  openOverdueFindings: number | null;

  @Field(() => Boolean, {
    description: 'R13: a discipline decision against the head dated inside the period (forces NOT_COMPLETED).',
  })
  disciplineInEffect: boolean;

  @Field(() => RatingLevel, { nullable: true, description: 'The cap from forcing and caps alone.' })
  maxAllowedLevel: RatingLevel | null;

  @Field(() => Float, { description: 'Points taken off the score (QUARTER only).' })
  deductions: number;

  @Field(() => [String], { description: 'What each source of evidence found and did, in Vietnamese.' })
  explanation: string[];

  static from(inputs: HeadInputs): HeadInputsType {
    return Object.assign(new HeadInputsType(), inputs);
  }
}

@ObjectType('Evaluation', {
  implements: Node,
  description: 'One person’s evaluation in one period: self-assessment, rating and workflow (R12, R16).',
})
export class EvaluationType {
  @Field(() => ID, { description: 'The evaluation’s id.' })
  id: string;

  @Field(() => Int, { description: 'Send it back with rateEvaluation and approveEvaluation (optimistic lock).' })
  version: number;

  @Field(() => RuleSetId, {
    nullable: true,
    description: 'R7: the rules it is scored by, stored when the period opened; null for a MONTH (no level).',
  })
  ruleSet: RuleSetId | null;

  @Field(() => Position, { description: 'The person’s position in the unit; a HEAD is rated from above (R5).' })
  position: Position;

  @Field(() => EvaluationStatus, { description: 'R16: the step of the workflow it stands at.' })
  status: EvaluationStatus;

  @Field(() => Float, {
    nullable: true,
    description: 'R12: the rated score, 0–100 with two decimals; null before rating, for ND90_48 (R11) and a MONTH.',
  })
  score: number | null;

  @Field(() => RatingLevel, { nullable: true, description: 'The result of the rules, before the rater’s choice.' })
  computedLevel: RatingLevel | null;

  @Field(() => RatingLevel, {
    nullable: true,
    description: 'R12: the level decided: the computed level, or lower by the rater with a reason; null before rating.',
  })
  level: RatingLevel | null;

  @Field(() => String, { nullable: true, description: 'Why the rater chose a level below the result.' })
  reason: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The person’s own score from selfAssess (0–100); null before it, for ND90_48 and a MONTH.',
  })
  selfScore: number | null;

  @Field(() => String, { nullable: true, description: 'The person’s self-assessment (selfAssess).' })
  narrative: string | null;

  @Field(() => String, { nullable: true, description: 'The rater’s comment (rateEvaluation).' })
  comment: string | null;

  @Field(() => String, { nullable: true, description: 'The collective’s comments (minutes), entered by the rater.' })
  collectiveComment: string | null;

  @Field(() => String, { nullable: true, description: 'For heads: the Party committee’s comment.' })
  partyComment: string | null;

  @Field(() => [String], { description: 'Each step of the rules, in Vietnamese.' })
  explanation: string[];

  @Field(() => [String], {
    description: 'R4, R5: about the rater, in Vietnamese (a vacant post skipped, nobody found to rate); else empty.',
  })
  warnings: string[];

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When the result was published to the person; the appeal window (90 days by default) runs from it.',
  })
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

/**
 * The columns each field of `Evaluation` reads (its field resolvers included): a page of evaluations reads those
 * its query asks (`columnsAsked`). `inputs` checks its policy and gathers R14 from the whole row.
 */
export const EVALUATION_FIELD_COLUMNS = {
  id: ['id'],
  version: ['version'],
  ruleSet: ['ruleSet'],
  position: ['position'],
  status: ['status'],
  score: ['score'],
  computedLevel: ['computedLevel'],
  level: ['level'],
  reason: ['reason'],
  selfScore: ['selfScore'],
  narrative: ['narrative'],
  comment: ['comment'],
  collectiveComment: ['collectiveComment'],
  partyComment: ['partyComment'],
  explanation: ['explanation'],
  warnings: ['warnings'],
  notifiedAt: ['notifiedAt'],
  raterAsOf: ['raterAsOf'],
  person: ['personId'],
  rater: ['raterPersonId'],
  unit: ['unitId', 'periodId'], // seen on its period's last day
  period: ['periodId'],
  history: ['id'],
  inputs: WHOLE_ROW,
} as const satisfies FieldColumns<Evaluation>;

@ObjectType({ description: 'A page of evaluations (Relay connection).' })
export class EvaluationConnection extends Connection(EvaluationType, 'Evaluation') {}

@ObjectType('LevelCount', {
  description: 'An aggregate; null for a viewer when fewer than 3 people are counted (R32).',
})
export class LevelCountType {
  @Field(() => RatingLevel, { description: 'The level (NOT_RATED included).' })
  level: RatingLevel;

  @Field(() => Int, { nullable: true, description: 'How many evaluations stand at it; null when withheld (R32).' })
  count: number | null;
}
