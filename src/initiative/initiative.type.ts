import { ArrayMaxSize, IsInt, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../common/node.js';
import { Connection } from '../common/pagination.js';
import { DateScalar, DateTimeScalar } from '../common/scalars.js';
import { InitiativeStatus, Vote } from './initiative.enums.js';
import type { Initiative } from './initiative.entity.js';

@ObjectType('ReviewProgress', { description: 'Visible to everyone: “3/7 đã thẩm định”.' })
export class ReviewProgressType {
  @Field(() => Int)
  round: number;

  @Field(() => Int)
  voted: number;

  @Field(() => Int)
  eligible: number;

  @Field(() => Int)
  recused: number;
}

@ObjectType('Initiative', { implements: Node })
export class InitiativeType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => String)
  problem: string;

  @Field(() => String)
  content: string;

  @Field(() => String)
  scope: string;

  @Field(() => String)
  timeline: string;

  @Field(() => String)
  resources: string;

  @Field(() => String)
  feasibility: string;

  @Field(() => String)
  expectedImpact: string;

  @Field(() => InitiativeStatus)
  status: InitiativeStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  submittedAt: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'R28: 7 working days after submission.' })
  reviewDueAt: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The board’s result, when recorded.' })
  recommendation: string | null;

  @Field(() => String, { nullable: true })
  report: string | null;

  @Field(() => DateScalar, { nullable: true })
  completedOn: string | null;

  unitId: string;
  round: number;
  resultRecordedAt: Date | null;

  static from(initiative: Initiative): InitiativeType {
    return Object.assign(new InitiativeType(), {
      ...initiative,
      reviewDueAt: initiative.reviewDueOn,
      recommendation: initiative.resultRecordedAt ? initiative.resultExplanation : null,
    });
  }
}

@ObjectType('InitiativeHistoryEntry', {
  description: 'One step: who, when, from, to, why; late past its time limit (R28).',
})
export class InitiativeHistoryEntryType {
  @Field(() => DateTimeScalar)
  at: Date;

  @Field(() => String, { nullable: true })
  actor: string | null;

  @Field(() => String)
  action: string;

  @Field(() => InitiativeStatus, { nullable: true })
  fromStatus: InitiativeStatus | null;

  @Field(() => InitiativeStatus)
  toStatus: InitiativeStatus;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => Boolean)
  late: boolean;
}

@ObjectType()
export class InitiativeConnection extends Connection(InitiativeType, 'Initiative') {}

@ObjectType('InitiativeStatusCount')
export class InitiativeStatusCountType {
  @Field(() => InitiativeStatus)
  status: InitiativeStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType('ProtectedCadre', { description: 'R29: a proposer of an approved initiative, acting within it.' })
export class ProtectedCadreType {
  @Field(() => ID)
  personId: string;

  @Field(() => String)
  fullName: string;

  @Field(() => ID)
  initiativeId: string;

  @Field(() => String)
  initiativeTitle: string;

  @Field(() => InitiativeStatus)
  status: InitiativeStatus;
}

@InputType()
export class InitiativeFilter {
  @Field(() => InitiativeStatus, { nullable: true })
  status?: InitiativeStatus;

  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => Boolean, { nullable: true })
  includeSubunits?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Under review past its 7-working-day limit.' })
  overdue?: boolean;

  @Field(() => Int, { nullable: true, description: 'Registered in this year.' })
  year?: number;
}

@InputType()
export class RegisterInitiativeInput {
  @Field(() => String)
  @Length(1, 500)
  title: string;

  @Field(() => String)
  @MaxLength(50_000)
  problem: string;

  @Field(() => String)
  @MaxLength(50_000)
  content: string;

  @Field(() => String)
  @MaxLength(50_000)
  scope: string;

  @Field(() => String)
  @MaxLength(50_000)
  timeline: string;

  @Field(() => String)
  @MaxLength(50_000)
  resources: string;

  @Field(() => String)
  @MaxLength(50_000)
  feasibility: string;

  @Field(() => String)
  @MaxLength(50_000)
  expectedImpact: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => [ID])
  @ArrayMaxSize(50)
  proposerIds: string[];
}

@InputType()
export class UpdateInitiativeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50_000)
  problem?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50_000)
  content?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50_000)
  scope?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50_000)
  timeline?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50_000)
  resources?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50_000)
  feasibility?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50_000)
  expectedImpact?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  proposerIds?: string[];
}

@InputType()
export class VoteInput {
  @Field(() => Int)
  @IsInt()
  novelty: number;

  @Field(() => Int)
  @IsInt()
  feasibility: number;

  @Field(() => Int)
  @IsInt()
  impact: number;

  @Field(() => Int)
  @IsInt()
  scope: number;

  @Field(() => Vote)
  vote: Vote;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5_000)
  comment?: string;
}
