import { ArrayMaxSize, IsInt, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { InitiativeStatus, Vote } from './initiative.enums.js';
import { registerLabelledEnum } from '../common/enum-labels.js';
import {
  BooleanFilter,
  DateFilter,
  DateTimeFilter,
  EnumFilter,
  IdFilter,
  IntFilter,
  OrderByInput,
  StringFilter,
} from '../common/where.js';

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

const InitiativeStatusFilter = EnumFilter(InitiativeStatus, 'InitiativeStatus');

@InputType({ description: 'Conditions on initiatives (fields combine with AND), on top of `filter`.' })
export class InitiativeWhere {
  @Field(() => IdFilter, { nullable: true, description: 'The initiative’s id.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'The title.' })
  title?: StringFilter;

  @Field(() => InitiativeStatusFilter, { nullable: true, description: 'The status.' })
  status?: InstanceType<typeof InitiativeStatusFilter>;

  @Field(() => IdFilter, { nullable: true, description: 'The proposing unit.' })
  unitId?: IdFilter;

  @Field(() => IntFilter, { nullable: true, description: 'The year it was registered in.' })
  year?: IntFilter;

  @Field(() => DateTimeFilter, { nullable: true, description: 'When it was registered.' })
  createdAt?: DateTimeFilter;

  @Field(() => DateTimeFilter, { nullable: true, description: 'When it was last submitted.' })
  submittedAt?: DateTimeFilter;

  @Field(() => DateFilter, { nullable: true, description: 'The last day of the board’s review.' })
  reviewDueOn?: DateFilter;

  @Field(() => DateTimeFilter, { nullable: true, description: 'When the decision was recorded.' })
  decidedAt?: DateTimeFilter;

  @Field(() => BooleanFilter, { nullable: true, description: 'Under review past its 7-working-day limit, today.' })
  overdue?: BooleanFilter;

  @Field(() => [InitiativeWhere], { nullable: true, description: 'All of these.' })
  and?: InitiativeWhere[];

  @Field(() => [InitiativeWhere], { nullable: true, description: 'Any of these.' })
  or?: InitiativeWhere[];

  @Field(() => InitiativeWhere, { nullable: true, description: 'Not this.' })
  not?: InitiativeWhere;
}

export enum InitiativeOrderField {
  CREATED_AT = 'CREATED_AT',
  SUBMITTED_AT = 'SUBMITTED_AT',
  REVIEW_DUE_ON = 'REVIEW_DUE_ON',
  TITLE = 'TITLE',
  STATUS = 'STATUS',
}

registerLabelledEnum(InitiativeOrderField, {
  name: 'InitiativeOrderField',
  description: 'The columns initiatives sort by.',
  labels: {
    CREATED_AT: 'Ngày đăng ký',
    SUBMITTED_AT: 'Ngày nộp',
    REVIEW_DUE_ON: 'Hạn thẩm định',
    TITLE: 'Tên sáng kiến',
    STATUS: 'Trạng thái',
  },
});

export const InitiativeOrderBy = OrderByInput(InitiativeOrderField, 'Initiative');
