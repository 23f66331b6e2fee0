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
import { Field, Float, ID, InputType, Int } from 'type-graphql';

import { EvaluationStatus, PeriodKind, RatingLevel } from './evaluation.enums.js';

@InputType()
export class OpenPeriodInput {
  @Field(() => PeriodKind)
  kind: PeriodKind;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => Int, { nullable: true })
  quarter?: number;

  @Field(() => Int, { nullable: true })
  month?: number;
}

@InputType()
export class EvaluationFilter {
  @Field(() => ID, { nullable: true })
  periodId?: string;

  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => Boolean, { nullable: true })
  includeSubunits?: boolean;

  @Field(() => ID, { nullable: true })
  personId?: string;

  @Field(() => ID, { nullable: true, description: 'The rater’s person id.' })
  raterId?: string;

  @Field(() => EvaluationStatus, { nullable: true })
  status?: EvaluationStatus;

  @Field(() => RatingLevel, { nullable: true })
  level?: RatingLevel;
}

@InputType()
export class TaskProductInput {
  @Field(() => String)
  @Length(1, 500)
  name: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  points: number;

  @Field(() => Boolean, { nullable: true })
  late?: boolean;

  @Field(() => Boolean, { nullable: true })
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
  @Field(() => Float)
  tasksOnTimePercent: number;

  @Field(() => Float)
  tasksExceededPercent: number;

  @Field(() => Float, { nullable: true })
  targetsMetPercent?: number;

  @Field(() => Float, { nullable: true })
  targetsExceededPercent?: number;

  @Field(() => Float, { nullable: true })
  subunitsCompletedPercent?: number;

  @Field(() => Float, { nullable: true })
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
  @Field(() => ScorePartsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  parts?: ScorePartsInput;

  @Field(() => CriteriaInput, { nullable: true })
  criteria?: CriteriaInput;

  @Field(() => RatingLevel, {
    nullable: true,
    description: 'Omitted: the computed result. Lower needs a reason; higher → BAD_USER_INPUT.',
  })
  level?: RatingLevel;
}

@InputType()
export class SelfAssessInput {
  @Field(() => ID)
  evaluationId: string;

  @Field(() => ScorePartsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  parts?: ScorePartsInput;

  @Field(() => CriteriaInput, { nullable: true })
  criteria?: CriteriaInput;

  @Field(() => String)
  @Length(1, 20_000)
  narrative: string;
}

@InputType()
export class RateEvaluationInput extends ScoringFields {
  @Field(() => ID)
  evaluationId: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5_000)
  reason?: string;

  @Field(() => String)
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

@InputType()
export class DecideAppealInput extends ScoringFields {
  @Field(() => Boolean)
  uphold: boolean;

  @Field(() => String)
  @Length(1, 5_000)
  reason: string;
}
