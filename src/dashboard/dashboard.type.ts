import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EvaluationStatus, RatingLevel } from '../evaluation/evaluation.enums.js';
import { EvaluationPeriodType, LevelCountType } from '../evaluation/evaluation.type.js';
import { FeedbackStatus } from '../feedback/feedback.enums.js';
import { UnitKind } from '../hierarchy/hierarchy.enums.js';
import type { Unit } from '../hierarchy/unit.entity.js';
import { UnitType } from '../hierarchy/unit.type.js';
import { InitiativeStatusCountType } from '../initiative/initiative.type.js';
import type { AggregateKey, EvaluationAggregate, FeedbackAggregate } from './dashboard.service.js';

@ObjectType('Dashboard', {
  description: 'Aggregates for a unit with its sub-units over a period; nothing about one person.',
})
export class DashboardType {
  @Field(() => UnitType, { description: 'The unit, seen on the period’s last day.' })
  unit: UnitType;

  @Field(() => EvaluationPeriodType, { description: 'The period.' })
  period: EvaluationPeriodType;

  @Field(() => [LevelCountType], {
    description: 'Withheld (null counts) for a viewer when fewer than 3 people are counted (R32).',
  })
  levelCounts: LevelCountType[];

  @Field(() => Int, { description: 'Evaluations rated (REVIEWED or later): the total behind levelCounts.' })
  evaluatedCount: number;

  @Field(() => Int, { description: 'Evaluations not yet rated.' })
  pendingCount: number;

  @Field(() => Float, {
    nullable: true,
    description: 'R22: 1022 items answered on time ÷ due in the period, percent; null when nothing was due.',
  })
  onTimeRate: number | null;

  @Field(() => Boolean, {
    description: 'With lineage: figures of a split predecessor are counted whole, so approximate.',
  })
  approximate: boolean;

  @Field(() => Float, { nullable: true, description: 'Decision 766 over the 1022 items due in the period.' })
  satisfactionPercent: number | null;

  @Field(() => Int, { description: '1022 items overdue at the period’s end.' })
  overdueFeedback: number;

  @Field(() => Int, { description: 'Inspection findings not yet verified.' })
  openFindings: number;

  @Field(() => [InitiativeStatusCountType], {
    description: 'Initiatives the unit and its sub-units proposed, by status.',
  })
  initiativesByStatus: InitiativeStatusCountType[];

  /** the units counted (the subtree, with lineage its predecessors): what a live update must touch to change it */
  unitIds: string[];
}

@ObjectType('UnitRankingRow', { description: 'One unit’s place in a ranking by a metric over a period.' })
export class UnitRankingRowType {
  @Field(() => Int, { description: '1 + the number of units strictly ahead: units with equal values share a rank.' })
  rank: number;

  @Field(() => UnitType, { description: 'The unit, seen on the period’s last day.' })
  unit: UnitType;

  @Field(() => Float, { nullable: true, description: 'Percent; null when withheld (R32).' })
  value: number | null;

  @Field(() => Int, { description: 'How many items or people the value is over.' })
  count: number;

  @Field(() => Boolean, {
    description: 'With lineage: a split predecessor’s items count for each of its parts, so approximate.',
  })
  approximate: boolean;
}

const unitType = (unit: Unit | null, asOf: string) => (unit ? UnitType.from(unit, asOf) : null);

/** The unit keys evaluation and 1022 item aggregates share. */
@ObjectType()
class AggregateUnitKeys {
  @Field(() => UnitKind, { nullable: true, description: 'UNIT_KIND: the kind of the unit counted.' })
  unitKind: UnitKind | null;

  @Field(() => UnitType, {
    nullable: true,
    description: 'UNIT: the unit counted (where the person was evaluated; the unit a 1022 item is assigned to now).',
  })
  unit: UnitType | null;

  @Field(() => UnitType, {
    nullable: true,
    description: 'SUBTREE: the direct child of the unit asked for whose subtree is counted; null for the unit’s own.',
  })
  subtree: UnitType | null;

  static keysOf(key: AggregateKey, asOf: string) {
    return { unitKind: key.unitKind, unit: unitType(key.unit, asOf), subtree: unitType(key.subtree, asOf) };
  }
}

@ObjectType('EvaluationAggregateKey', {
  description: 'What a row of evaluation aggregates counts: null where not grouped by it.',
})
export class EvaluationAggregateKeyType extends AggregateUnitKeys {
  @Field(() => EvaluationPeriodType, { nullable: true, description: 'PERIOD: the period.' })
  period: EvaluationPeriodType | null;

  @Field(() => RatingLevel, { nullable: true, description: 'LEVEL: the level decided; null while unrated.' })
  level: RatingLevel | null;

  @Field(() => EvaluationStatus, { nullable: true, description: 'STATUS: the workflow status.' })
  status: EvaluationStatus | null;
}

@ObjectType('EvaluationAggregate', {
  description: 'Evaluations of one group: how many, and the rater’s score over those that have one.',
})
export class EvaluationAggregateType {
  @Field(() => EvaluationAggregateKeyType, { description: 'The group.' })
  key: EvaluationAggregateKeyType;

  @Field(() => Int, { description: 'Evaluations in the group.' })
  count: number;

  @Field(() => Int, { description: 'Of those, the ones with a score (rated); the figures below are over them.' })
  scoredCount: number;

  @Field(() => Float, { nullable: true, description: 'Sum of the scores; null without any, or withheld (R32).' })
  sum: number | null;

  @Field(() => Float, { nullable: true, description: 'Average score; null without any, or withheld (R32).' })
  average: number | null;

  @Field(() => Float, { nullable: true, description: 'Lowest score; null without any, or withheld (R32).' })
  min: number | null;

  @Field(() => Float, { nullable: true, description: 'Highest score; null without any, or withheld (R32).' })
  max: number | null;

  static from(aggregate: EvaluationAggregate, asOf: string): EvaluationAggregateType {
    const { key } = aggregate;
    return Object.assign(new EvaluationAggregateType(), {
      ...aggregate,
      key: Object.assign(new EvaluationAggregateKeyType(), {
        ...AggregateUnitKeys.keysOf(key, asOf),
        period: key.period ? EvaluationPeriodType.from(key.period) : null,
        level: key.level,
        status: key.status,
      }),
    });
  }
}

@ObjectType('FeedbackAggregateKey', {
  description: 'What a row of 1022 item aggregates counts: null where not grouped by it.',
})
export class FeedbackAggregateKeyType extends AggregateUnitKeys {
  @Field(() => String, { nullable: true, description: 'MONTH: the month of receipt, YYYY-MM (Asia/Ho_Chi_Minh).' })
  month: string | null;

  @Field(() => FeedbackStatus, { nullable: true, description: 'STATUS: the status now.' })
  status: FeedbackStatus | null;
}

@ObjectType('FeedbackAggregate', { description: '1022 items of one group, received in the range, as they stand now.' })
export class FeedbackAggregateType {
  @Field(() => FeedbackAggregateKeyType, { description: 'The group.' })
  key: FeedbackAggregateKeyType;

  @Field(() => Int, { description: 'Items received in the range.' })
  count: number;

  @Field(() => Int, { description: 'Replied at or before their due moment (the current handling cycle’s).' })
  repliedOnTime: number;

  @Field(() => Int, { description: 'Replied after their due moment.' })
  repliedLate: number;

  @Field(() => Int, { description: 'Open past their due moment now (not replied, closed or rejected).' })
  overdue: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Average calendar days from receipt to the reply, over the items replied; null without any.',
  })
  averageHandlingDays: number | null;

  static from(aggregate: FeedbackAggregate, asOf: string): FeedbackAggregateType {
    const { key } = aggregate;
    return Object.assign(new FeedbackAggregateType(), {
      ...aggregate,
      key: Object.assign(new FeedbackAggregateKeyType(), {
        ...AggregateUnitKeys.keysOf(key, asOf),
        month: key.month,
        status: key.status,
      }),
    });
  }
}
