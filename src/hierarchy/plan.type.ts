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

@ObjectType('PlanUnitRef', { description: 'A unit a plan closes or creates, by code.' })
export class PlanUnitRefType {
  @Field(() => String, { description: 'The unit’s code.' })
  code: string;

  @Field(() => String, { description: 'The unit’s name.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'A created unit’s parent, by code; null otherwise.' })
  parentCode?: string | null;
}

@ObjectType('PlanPersonRef', { description: 'A person whose appointment a plan ends.' })
export class PlanPersonRefType {
  @Field(() => String, { description: 'The person’s full name.' })
  fullName: string;

  @Field(() => String, { description: 'The unit they were appointed in.' })
  unitName: string;
}

@ObjectType('PlanReport', { description: 'What applying a plan does — its preview is the same run, rolled back.' })
export class PlanReportType {
  @Field(() => DateScalar, { description: 'The day the plan comes into force.' })
  effectiveDate: string;

  @Field(() => Int, { description: 'units valid the day before' })
  unitsBefore: number;

  @Field(() => Int, { description: 'units valid on the effective date' })
  unitsAfter: number;

  @Field(() => [PlanUnitRefType], { description: 'units that close on the effective date' })
  unitsClosed: PlanUnitRefType[];

  @Field(() => [PlanUnitRefType], { description: 'units that open on the effective date' })
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

  @Field(() => Int, { description: 'evaluations of running periods moved to the unit their person holds at the end' })
  openEvaluationsMoved: number;

  @Field(() => Int, { description: 'open 1022 items handed to the successor, keeping their deadline' })
  feedbackItemsMoved: number;

  @Field(() => Int, {
    description: 'open 1022 items left with a unit that closed without one successor (an abolished level): to reassign',
  })
  feedbackItemsLeft: number;

  @Field(() => Int, { description: 'open or reported inspection findings handed to the successor' })
  findingsMoved: number;

  @Field(() => Int, { description: 'live initiatives handed to the successor' })
  initiativesMoved: number;

  static from(report: PlanReport): PlanReportType {
    return Object.assign(new PlanReportType(), report);
  }
}

@ObjectType('ReorganisationPlan', { description: 'One legal act that reorganises units, with its steps.' })
export class ReorganisationPlanType {
  @Field(() => ID, { description: 'The plan’s id.' })
  id: string;

  @Field(() => String, { description: 'số hiệu văn bản' })
  actNumber: string;

  @Field(() => String, { description: 'The act’s title.' })
  title: string;

  @Field(() => DateScalar, { description: 'The day the act was signed.' })
  signedOn: string;

  @Field(() => DateScalar, { description: 'The day it comes into force: sources close and new units open on it.' })
  effectiveDate: string;

  @Field(() => PlanStatus, { description: 'DRAFT → SCHEDULED → APPLIED, or WITHDRAWN before it comes into force.' })
  status: PlanStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was applied; null before.' })
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

@ObjectType({ description: 'A page of reorganisation plans (Relay connection).' })
export class ReorganisationPlanConnection extends Connection(ReorganisationPlanType, 'ReorganisationPlan') {}
