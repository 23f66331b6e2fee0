import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EvaluationPeriodType, LevelCountType } from '../evaluation/evaluation.type.js';
import { UnitType } from '../hierarchy/unit.type.js';
import { InitiativeStatusCountType } from '../initiative/initiative.type.js';

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
