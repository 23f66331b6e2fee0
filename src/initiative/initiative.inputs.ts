import { ArrayMaxSize, IsInt, IsOptional, Length, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, type ClassType } from 'type-graphql';
import { InitiativeStatus, Vote } from './initiative.enums.js';
import {
  BooleanFilter,
  DateFilter,
  DateTimeFilter,
  EnumFilter,
  FilteredListArgs,
  IdFilter,
  IntFilter,
  OrderByInput,
  StringFilter,
  WhereCombinators,
} from '../common/where.js';

@InputType({ description: 'Simple conditions on initiatives (fields combine with AND).' })
export class InitiativeFilter {
  @Field(() => InitiativeStatus, { nullable: true, description: 'Only this status.' })
  status?: InitiativeStatus;

  @Field(() => ID, { nullable: true, description: 'Only initiatives proposed by this unit.' })
  unitId?: string;

  @Field(() => Boolean, { nullable: true, description: 'With unitId: its sub-units too, as the tree is today.' })
  includeSubunits?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Under review past its 7-working-day limit.' })
  overdue?: boolean;

  @Field(() => Int, { nullable: true, description: 'Registered in this year.' })
  year?: number;
}

@InputType({ description: 'A new initiative: its parts (all required before submission), unit and proposers.' })
export class RegisterInitiativeInput {
  @Field(() => String, { description: 'The initiative’s name (tên sáng kiến), 1–500 characters.' })
  @Length(1, 500)
  title: string;

  @Field(() => String, {
    description: 'The problem or obstacle it removes (vấn đề, vướng mắc); at most 50,000 characters.',
  })
  @MaxLength(50_000)
  problem: string;

  @Field(() => String, { description: 'What it proposes (nội dung); at most 50,000 characters.' })
  @MaxLength(50_000)
  content: string;

  @Field(() => String, { description: 'Where and to whom it applies (phạm vi); at most 50,000 characters.' })
  @MaxLength(50_000)
  scope: string;

  @Field(() => String, { description: 'When it is carried out (thời gian thực hiện); at most 50,000 characters.' })
  @MaxLength(50_000)
  timeline: string;

  @Field(() => String, { description: 'The resources it needs (nguồn lực); at most 50,000 characters.' })
  @MaxLength(50_000)
  resources: string;

  @Field(() => String, { description: 'Why it can be done (tính khả thi); at most 50,000 characters.' })
  @MaxLength(50_000)
  feasibility: string;

  @Field(() => String, { description: 'The expected effect (hiệu quả dự kiến); at most 50,000 characters.' })
  @MaxLength(50_000)
  expectedImpact: string;

  @Field(() => ID, { description: 'The proposing unit; the caller must work there (or be Home Affairs).' })
  unitId: string;

  @Field(() => [ID], { description: 'The proposers’ person ids (at most 50; one at least before submission).' })
  @ArrayMaxSize(50)
  proposerIds: string[];
}

@InputType({ description: 'The parts to change; an omitted field keeps its value.' })
export class UpdateInitiativeInput {
  @Field(() => String, { nullable: true, description: 'The initiative’s name, 1–500 characters.' })
  @IsOptional()
  @Length(1, 500)
  title?: string;

  @Field(() => String, { nullable: true, description: 'The problem or obstacle it removes (vấn đề, vướng mắc).' })
  @IsOptional()
  @MaxLength(50_000)
  problem?: string;

  @Field(() => String, { nullable: true, description: 'What it proposes (nội dung).' })
  @IsOptional()
  @MaxLength(50_000)
  content?: string;

  @Field(() => String, { nullable: true, description: 'Where and to whom it applies (phạm vi).' })
  @IsOptional()
  @MaxLength(50_000)
  scope?: string;

  @Field(() => String, { nullable: true, description: 'When it is carried out (thời gian thực hiện).' })
  @IsOptional()
  @MaxLength(50_000)
  timeline?: string;

  @Field(() => String, { nullable: true, description: 'The resources it needs (nguồn lực).' })
  @IsOptional()
  @MaxLength(50_000)
  resources?: string;

  @Field(() => String, { nullable: true, description: 'Why it can be done (tính khả thi).' })
  @IsOptional()
  @MaxLength(50_000)
  feasibility?: string;

  @Field(() => String, { nullable: true, description: 'The expected effect (hiệu quả dự kiến).' })
  @IsOptional()
  @MaxLength(50_000)
  expectedImpact?: string;

  @Field(() => [ID], { nullable: true, description: 'The proposers’ person ids, replacing the list (at most 50).' })
  @IsOptional()
  @ArrayMaxSize(50)
  proposerIds?: string[];
}

@InputType({ description: 'R27: a board member’s rubric scores (0–10 each by default) and vote.' })
export class VoteInput {
  @Field(() => Int, { description: 'Novelty, 0 to the rubric maximum (setting initiative.rubricMax, 10).' })
  @IsInt()
  novelty: number;

  @Field(() => Int, { description: 'Feasibility, 0 to the rubric maximum.' })
  @IsInt()
  feasibility: number;

  @Field(() => Int, { description: 'Impact, 0 to the rubric maximum.' })
  @IsInt()
  impact: number;

  @Field(() => Int, { description: 'Scope of application, 0 to the rubric maximum.' })
  @IsInt()
  scope: number;

  @Field(() => Vote, { description: 'For, against or abstain.' })
  vote: Vote;

  @Field(() => String, { nullable: true, description: 'The member’s comment (at most 5,000 characters).' })
  @IsOptional()
  @MaxLength(5_000)
  comment?: string;
}

const InitiativeStatusFilter = EnumFilter(InitiativeStatus, 'InitiativeStatus');

@InputType({ description: 'Conditions on initiatives (fields combine with AND), on top of `filter`.' })
export class InitiativeWhere extends WhereCombinators((): ClassType => InitiativeWhere) {
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
}

export enum InitiativeOrderField {
  CREATED_AT = 'CREATED_AT',
  SUBMITTED_AT = 'SUBMITTED_AT',
  REVIEW_DUE_ON = 'REVIEW_DUE_ON',
  TITLE = 'TITLE',
  STATUS = 'STATUS',
}

export const InitiativeOrderBy = OrderByInput(InitiativeOrderField, 'Initiative', {
  rows: 'initiatives',
  labels: {
    CREATED_AT: 'Ngày đăng ký',
    SUBMITTED_AT: 'Ngày nộp',
    REVIEW_DUE_ON: 'Hạn thẩm định',
    TITLE: 'Tên sáng kiến',
    STATUS: 'Trạng thái',
  },
});

@ArgsType()
export class InitiativeListArgs extends FilteredListArgs(InitiativeFilter, InitiativeWhere, InitiativeOrderBy) {}
