import { ArrayMaxSize, IsOptional, Length, MaxLength } from 'class-validator';
import { JSONObjectResolver } from 'graphql-scalars';
import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';
import { UnitKind } from './hierarchy.enums.js';

@InputType()
export class PlanActInput {
  @Field(() => String, { description: 'số hiệu văn bản, e.g. 1685/NQ-UBTVQH15' })
  @Length(1, 100)
  actNumber: string;

  @Field(() => String)
  @Length(1, 500)
  title: string;

  @Field(() => DateScalar)
  signedOn: string;

  @Field(() => DateScalar)
  effectiveDate: string;
}

@InputType()
export class CreatePlanInput extends PlanActInput {
  @Field(() => [JSONObjectResolver], {
    description:
      'Steps: { kind: CREATE | RENAME | MOVE | MERGE | SPLIT | ABOLISH_LEVEL | MERGE_PROVINCE, … } by unit codes.',
  })
  @ArrayMaxSize(5000)
  steps: Array<Record<string, unknown>>;
}

@InputType()
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
