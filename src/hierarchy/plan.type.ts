import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/pagination.js';
import { DateScalar, DateTimeScalar } from '../common/scalars.js';
import { PlanStatus, StepKind } from './hierarchy.enums.js';
import type { PlanStep } from './plan-step.entity.js';
import type { ReorganisationPlan } from './reorganisation-plan.entity.js';
import type { PlanReport } from './plan.service.js';

@ObjectType('PlanStep', {
  description:
    'One step of a plan; `payload` names units by code (sources as of the day before, targets as of the effective date).',
})
export class PlanStepType {
  @Field(() => Int)
  ordinal: number;

  @Field(() => StepKind)
  kind: StepKind;

  @Field(() => JSONObjectResolver)
  payload: Record<string, unknown>;

  static from(step: PlanStep): PlanStepType {
    return Object.assign(new PlanStepType(), { ordinal: step.ordinal, kind: step.kind, payload: step.payload });
  }
}

@ObjectType('PlanUnitRef')
export class PlanUnitRefType {
  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  parentCode?: string | null;
}

@ObjectType('PlanPersonRef')
export class PlanPersonRefType {
  @Field(() => String)
  fullName: string;

  @Field(() => String)
  unitName: string;
}

@ObjectType('PlanReport', { description: 'What applying a plan does — its preview is the same run, rolled back.' })
export class PlanReportType {
  @Field(() => DateScalar)
  effectiveDate: string;

  @Field(() => Int)
  unitsBefore: number;

  @Field(() => Int)
  unitsAfter: number;

  @Field(() => [PlanUnitRefType])
  unitsClosed: PlanUnitRefType[];

  @Field(() => [PlanUnitRefType])
  unitsCreated: PlanUnitRefType[];

  @Field(() => Int, { description: 'units placed under another parent' })
  unitsRelinked: number;

  @Field(() => Int, { description: 'deputies and staff continuing in a successor' })
  peopleMoved: number;

  @Field(() => [PlanPersonRefType], {
    description: 'people of an abolished level: their appointments end, Home Affairs places them',
  })
  peopleWithoutSuccessor: PlanPersonRefType[];

  @Field(() => [PlanPersonRefType], { description: 'heads of closed units, whose appointment ends the day before' })
  headsEnded: PlanPersonRefType[];

  @Field(() => Int)
  openEvaluationsMoved: number;

  @Field(() => Int)
  feedbackItemsMoved: number;

  @Field(() => Int, {
    description: 'open 1022 items left with a unit that closed without one successor (an abolished level): to reassign',
  })
  feedbackItemsLeft: number;

  @Field(() => Int)
  findingsMoved: number;

  @Field(() => Int)
  initiativesMoved: number;

  static from(report: PlanReport): PlanReportType {
    return Object.assign(new PlanReportType(), report);
  }
}

@ObjectType('ReorganisationPlan', { description: 'One legal act that reorganises units, with its steps.' })
export class ReorganisationPlanType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'số hiệu văn bản' })
  actNumber: string;

  @Field(() => String)
  title: string;

  @Field(() => DateScalar)
  signedOn: string;

  @Field(() => DateScalar)
  effectiveDate: string;

  @Field(() => PlanStatus)
  status: PlanStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  appliedAt: Date | null;

  @Field(() => PlanReportType, { nullable: true, description: 'what applying it did' })
  report: PlanReportType | null;

  static from(plan: ReorganisationPlan): ReorganisationPlanType {
    return Object.assign(new ReorganisationPlanType(), {
      id: plan.id,
      actNumber: plan.actNumber,
      title: plan.title,
      signedOn: plan.signedOn,
      effectiveDate: plan.effectiveDate,
      status: plan.status,
      appliedAt: plan.appliedAt,
      report: plan.report ? PlanReportType.from(plan.report as unknown as PlanReport) : null,
    });
  }
}

@ObjectType()
export class ReorganisationPlanConnection extends Connection(ReorganisationPlanType, 'ReorganisationPlan') {}
