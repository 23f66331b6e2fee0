import {
  ArrayMaxSize,
  IsInt,
  IsNumber,
  IsOptional,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, type ClassType } from 'type-graphql';
import {
  DateFilter,
  DateTimeFilter,
  EnumFilter,
  FilteredListArgs,
  FloatFilter,
  IdFilter,
  IntFilter,
  ListArgs,
  OrderByInput,
  StringFilter,
  WhereCombinators,
} from '../common/where.js';
import { UnitKindFilter } from '../hierarchy/unit.inputs.js';
import { EvaluationStatus, PeriodKind, PeriodStatus, RatingLevel } from './evaluation.enums.js';

@InputType({ description: 'The period to open: a year, one of its quarters or one of its months.' })
export class OpenPeriodInput {
  @Field(() => PeriodKind, { description: 'YEAR, QUARTER or MONTH.' })
  kind: PeriodKind;

  @Field(() => Int, { description: 'The calendar year, 2000–2100.' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => Int, { nullable: true, description: '1–4, required for a QUARTER.' })
  quarter?: number;

  @Field(() => Int, { nullable: true, description: '1–12, required for a MONTH.' })
  month?: number;
}

@InputType({ description: 'Simple conditions on evaluations (fields combine with AND).' })
export class EvaluationFilter {
  @Field(() => ID, { nullable: true, description: 'Only this period.' })
  periodId?: string;

  @Field(() => ID, { nullable: true, description: 'Only people evaluated in this unit.' })
  unitId?: string;

  @Field(() => Boolean, { nullable: true, description: 'With unitId: its sub-units too, as the tree is today.' })
  includeSubunits?: boolean;

  @Field(() => ID, { nullable: true, description: 'Only this person’s evaluations.' })
  personId?: string;

  @Field(() => ID, { nullable: true, description: 'The rater’s person id.' })
  raterId?: string;

  @Field(() => EvaluationStatus, { nullable: true, description: 'Only this workflow status.' })
  status?: EvaluationStatus;

  @Field(() => RatingLevel, { nullable: true, description: 'Only this level.' })
  level?: RatingLevel;
}

@InputType({ description: 'R8: one task product and how it was delivered.' })
export class TaskProductInput {
  @Field(() => String, { description: 'What the product is (1–500 characters).' })
  @Length(1, 500)
  name: string;

  @Field(() => Float, { description: 'Its full points; the products’ full points sum to 70.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  points: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Delivered late: −25% of its points (−50% if also below quality).',
  })
  late?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Below the required quality: −25% of its points (−50% if also late).',
  })
  belowQuality?: boolean;
}

@InputType({ description: 'ND335 and HCM_QD20.' })
export class ScorePartsInput {
  @Field(() => Float, { description: '0–30' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  generalScore: number;

  @Field(() => [TaskProductInput], { nullable: true, description: 'Itemised task results; full points sum to 70.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  products?: TaskProductInput[];

  @Field(() => Float, { nullable: true, description: '0–70, when products are not itemised (HCM_QD20).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  taskScore?: number;
}

@InputType({ description: 'ND90_48, percentages 0–100.' })
export class CriteriaInput {
  @Field(() => Float, { description: 'Share of own tasks done on time and to quality (for staff, the figure of R11).' })
  tasksOnTimePercent: number;

  @Field(() => Float, { description: 'Share of own tasks done beyond what was required (EXCELLENT needs 50).' })
  tasksExceededPercent: number;

  @Field(() => Float, { nullable: true, description: 'Heads (required): share of the unit’s targets met.' })
  targetsMetPercent?: number;

  @Field(() => Float, { nullable: true, description: 'Heads (required): share of the unit’s targets exceeded.' })
  targetsExceededPercent?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Heads (required): share of sub-units that completed their tasks (under 70 caps at COMPLETED).',
  })
  subunitsCompletedPercent?: number;

  @Field(() => Float, { nullable: true, description: 'Heads (required): share of sub-units rated GOOD or better.' })
  subunitsGoodPercent?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'R11: corruption or wrongdoing in the unit (the rater states it) → NOT_COMPLETED.',
  })
  corruptionInUnit?: boolean;
}

/** The scoring fields a rating and an appeal decision share (inherited by both input types). */
@InputType()
class ScoringFields {
  @Field(() => ScorePartsInput, { nullable: true, description: 'The rater’s scores, for ND335 and HCM_QD20.' })
  @IsOptional()
  @ValidateNested()
  parts?: ScorePartsInput;

  @Field(() => CriteriaInput, { nullable: true, description: 'The rater’s figures, for ND90_48 (R11).' })
  criteria?: CriteriaInput;

  @Field(() => RatingLevel, {
    nullable: true,
    description: 'Omitted: the computed result. Lower needs a reason; higher → BAD_USER_INPUT.',
  })
  level?: RatingLevel;
}

@InputType({ description: 'The person’s own assessment: scores or figures as the rule set asks, and a narrative.' })
export class SelfAssessInput {
  @Field(() => ID, { description: 'The caller’s own evaluation.' })
  evaluationId: string;

  @Field(() => ScorePartsInput, { nullable: true, description: 'Required for ND335 and HCM_QD20; gives selfScore.' })
  @IsOptional()
  @ValidateNested()
  parts?: ScorePartsInput;

  @Field(() => CriteriaInput, { nullable: true, description: 'Required for ND90_48 (R11).' })
  criteria?: CriteriaInput;

  @Field(() => String, { description: 'The self-assessment text (1–20,000 characters).' })
  @Length(1, 20_000)
  narrative: string;
}

@InputType({ description: 'The rater’s scoring of a self-assessed evaluation (R12).' })
export class RateEvaluationInput extends ScoringFields {
  @Field(() => ID, { description: 'The evaluation to rate.' })
  evaluationId: string;

  @Field(() => Int, { description: 'The version read; another → STALE_VERSION (optimistic lock).' })
  version: number;

  @Field(() => String, {
    nullable: true,
    description: 'Required when the level is below the computed one, or when R11 leaves the choice to the rater.',
  })
  @IsOptional()
  @MaxLength(5_000)
  reason?: string;

  @Field(() => String, { description: 'The rater’s comment (1–20,000 characters).' })
  @Length(1, 20_000)
  comment: string;

  @Field(() => String, { nullable: true, description: 'The collective’s comments (minutes).' })
  @IsOptional()
  @MaxLength(20_000)
  collectiveComment?: string;

  @Field(() => String, { nullable: true, description: 'For heads: the Party committee’s comment.' })
  @IsOptional()
  @MaxLength(20_000)
  partyComment?: string;
}

@InputType({ description: 'The decision on an appeal: uphold the result, or revise it with new scores or a level.' })
export class DecideAppealInput extends ScoringFields {
  @Field(() => Boolean, {
    description: 'true: UPHELD, the result stands; false: REVISED, scored again (R12, and R15 for a YEAR).',
  })
  uphold: boolean;

  @Field(() => String, { description: 'Why (1–5,000 characters); required either way.' })
  @Length(1, 5_000)
  reason: string;
}

const EvaluationStatusFilter = EnumFilter(EvaluationStatus, 'EvaluationStatus');
const RatingLevelFilter = EnumFilter(RatingLevel, 'RatingLevel');

/** The conditions on evaluations that name no person: the list's `where` and the dashboards' aggregates share them. */
@InputType()
export class EvaluationGroupConditions {
  @Field(() => IdFilter, { nullable: true, description: 'The unit the person was evaluated in.' })
  unitId?: IdFilter;

  @Field(() => UnitKindFilter, { nullable: true, description: 'The kind of that unit.' })
  unitKind?: InstanceType<typeof UnitKindFilter>;

  @Field(() => IdFilter, { nullable: true, description: 'The unit the rater heads.' })
  raterUnitId?: IdFilter;

  @Field(() => EvaluationStatusFilter, { nullable: true, description: 'The workflow status.' })
  status?: InstanceType<typeof EvaluationStatusFilter>;

  @Field(() => RatingLevelFilter, { nullable: true, description: 'The level decided.' })
  level?: InstanceType<typeof RatingLevelFilter>;

  @Field(() => FloatFilter, { nullable: true, description: 'The rater’s score.' })
  score?: FloatFilter;

  @Field(() => FloatFilter, { nullable: true, description: 'The self-assessed score.' })
  selfScore?: FloatFilter;
}

@InputType({ description: 'Conditions on evaluations (fields combine with AND), on top of `filter`.' })
export class EvaluationWhere extends WhereCombinators((): ClassType => EvaluationWhere, EvaluationGroupConditions) {
  @Field(() => IdFilter, { nullable: true, description: 'The evaluation’s id.' })
  id?: IdFilter;

  @Field(() => IdFilter, { nullable: true, description: 'The period.' })
  periodId?: IdFilter;

  @Field(() => IdFilter, { nullable: true, description: 'The person evaluated.' })
  personId?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'The name of the person evaluated.' })
  personName?: StringFilter;

  @Field(() => IdFilter, { nullable: true, description: 'The rater (a person).' })
  raterId?: IdFilter;

  @Field(() => DateTimeFilter, { nullable: true, description: 'When the result was notified.' })
  notifiedAt?: DateTimeFilter;
}

export enum EvaluationOrderField {
  PERSON_NAME = 'PERSON_NAME',
  SCORE = 'SCORE',
  LEVEL = 'LEVEL',
  STATUS = 'STATUS',
  UPDATED_AT = 'UPDATED_AT',
}

export const EvaluationOrderBy = OrderByInput(EvaluationOrderField, 'Evaluation', {
  rows: 'evaluations',
  labels: {
    PERSON_NAME: 'Họ và tên',
    SCORE: 'Điểm',
    LEVEL: 'Mức xếp loại',
    STATUS: 'Trạng thái',
    UPDATED_AT: 'Cập nhật lần cuối',
  },
  descriptions: { LEVEL: 'Best first when ascending', STATUS: 'In workflow order' },
});

const PeriodKindFilter = EnumFilter(PeriodKind, 'PeriodKind');
const PeriodStatusFilter = EnumFilter(PeriodStatus, 'PeriodStatus');

@InputType({ description: 'Conditions on evaluation periods (fields combine with AND), on top of `kind`.' })
export class EvaluationPeriodWhere extends WhereCombinators((): ClassType => EvaluationPeriodWhere) {
  @Field(() => IdFilter, { nullable: true, description: 'The period’s id.' })
  id?: IdFilter;

  @Field(() => PeriodKindFilter, { nullable: true, description: 'Year, quarter or month.' })
  kind?: InstanceType<typeof PeriodKindFilter>;

  @Field(() => PeriodStatusFilter, { nullable: true, description: 'Open or closed.' })
  status?: InstanceType<typeof PeriodStatusFilter>;

  @Field(() => IntFilter, { nullable: true, description: 'The year.' })
  year?: IntFilter;

  @Field(() => IntFilter, { nullable: true, description: 'The quarter (1–4), for a QUARTER.' })
  quarter?: IntFilter;

  @Field(() => DateFilter, { nullable: true, description: 'The first day.' })
  startsOn?: DateFilter;

  @Field(() => DateFilter, { nullable: true, description: 'The last day.' })
  endsOn?: DateFilter;
}

export enum EvaluationPeriodOrderField {
  STARTS_ON = 'STARTS_ON',
  ENDS_ON = 'ENDS_ON',
  KIND = 'KIND',
}

export const EvaluationPeriodOrderBy = OrderByInput(EvaluationPeriodOrderField, 'EvaluationPeriod', {
  rows: 'periods',
  labels: { STARTS_ON: 'Ngày bắt đầu', ENDS_ON: 'Ngày kết thúc', KIND: 'Loại kỳ' },
});

@ArgsType()
export class EvaluationListArgs extends FilteredListArgs(EvaluationFilter, EvaluationWhere, EvaluationOrderBy) {}

@ArgsType()
export class EvaluationPeriodListArgs extends ListArgs(EvaluationPeriodWhere, EvaluationPeriodOrderBy, 'kind') {}
