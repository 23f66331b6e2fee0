import { ArrayMaxSize, IsInt, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { InitiativeStatus, Vote } from './initiative.enums.js';

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
