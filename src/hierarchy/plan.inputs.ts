import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { JSONObjectResolver } from 'graphql-scalars';
import { ArgsType, Field, InputType, type ClassType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';
import {
  DateFilter,
  EnumFilter,
  IdFilter,
  ListArgs,
  OrderByInput,
  StringFilter,
  WhereCombinators,
} from '../common/where.js';
import { PlanStatus, UnitKind } from './hierarchy.enums.js';

@InputType()
export class PlanActInput {
  @Field(() => String, { description: 'số hiệu văn bản, e.g. 1685/NQ-UBTVQH15' })
  @Length(1, 100)
  actNumber: string;

  @Field(() => String, { description: 'The act’s title (1–500 characters).' })
  @Length(1, 500)
  title: string;

  @Field(() => DateScalar, { description: 'The day the act was signed.' })
  signedOn: string;

  @Field(() => DateScalar, { description: 'The day it comes into force.' })
  effectiveDate: string;
}

@InputType({ description: 'A reorganisation act and its steps.' })
export class CreatePlanInput extends PlanActInput {
  @Field(() => [JSONObjectResolver], {
    description:
      'Steps: { kind: CREATE | RENAME | MOVE | MERGE | SPLIT | ABOLISH_LEVEL | MERGE_PROVINCE, … } by unit codes.',
  })
  @ArrayMaxSize(5000)
  steps: Array<Record<string, unknown>>;
}

@InputType({ description: 'A reorganisation act from its CSV files: the new units and the mapping old → new.' })
export class ImportPlanInput extends PlanActInput {
  @Field(() => String, { description: 'CSV of the units the act establishes: code,name,kind,type_vi,parent_code' })
  @MaxLength(2_000_000)
  units: string;

  @Field(() => String, {
    description: 'CSV of the mapping old → new, in the shape of the mapping files (note "part" for a split)',
  })
  @MaxLength(2_000_000)
  mapping: string;

  @Field(() => [UnitKind], { nullable: true, description: 'levels the act abolishes (their children move up)' })
  @IsOptional()
  abolish?: UnitKind[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'create the units no row maps to (formed from units outside the data)',
  })
  @IsOptional()
  createUnmapped?: boolean;
}

const PlanStatusFilter = EnumFilter(PlanStatus, 'PlanStatus');

@InputType({ description: 'Conditions on reorganisation plans (fields combine with AND).' })
export class ReorganisationPlanWhere extends WhereCombinators((): ClassType => ReorganisationPlanWhere) {
  @Field(() => IdFilter, { nullable: true, description: 'The plan’s id.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'The act’s number (số hiệu văn bản).' })
  actNumber?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'The title.' })
  title?: StringFilter;

  @Field(() => PlanStatusFilter, { nullable: true, description: 'The status.' })
  status?: InstanceType<typeof PlanStatusFilter>;

  @Field(() => DateFilter, { nullable: true, description: 'The day the act was signed.' })
  signedOn?: DateFilter;

  @Field(() => DateFilter, { nullable: true, description: 'The day it comes into force.' })
  effectiveDate?: DateFilter;
}

export enum ReorganisationPlanOrderField {
  EFFECTIVE_DATE = 'EFFECTIVE_DATE',
  SIGNED_ON = 'SIGNED_ON',
  TITLE = 'TITLE',
  STATUS = 'STATUS',
}

export const ReorganisationPlanOrderBy = OrderByInput(ReorganisationPlanOrderField, 'ReorganisationPlan', {
  rows: 'plans',
  labels: { EFFECTIVE_DATE: 'Ngày hiệu lực', SIGNED_ON: 'Ngày ký', TITLE: 'Trích yếu', STATUS: 'Trạng thái' },
});

@ArgsType()
export class ReorganisationPlanListArgs extends ListArgs(ReorganisationPlanWhere, ReorganisationPlanOrderBy) {}
