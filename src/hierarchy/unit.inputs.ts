import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';
import { UnitKind } from './hierarchy.enums.js';

const CODE = /^[\p{L}\p{N}._-]+$/u;

@InputType()
export class UnitFilter {
  @Field(() => UnitKind, { nullable: true })
  kind?: UnitKind;

  @Field(() => ID, { nullable: true, description: 'Only the direct children of this unit.' })
  parentId?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Name or code, as typed: any case, with or without diacritics, either tone-mark placement, "1" or "01".',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@InputType()
export class CreateUnitInput {
  @Field(() => String)
  @Length(1, 32)
  @Matches(CODE, { message: 'code: chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới' })
  code: string;

  @Field(() => String)
  @Length(1, 255)
  name: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the first word of the name.' })
  @IsOptional()
  @Length(1, 64)
  typeVi?: string;

  @Field(() => UnitKind)
  kind: UnitKind;

  @Field(() => ID, { nullable: true })
  parentId?: string;

  @Field(() => DateScalar)
  validFrom: string;
}

@InputType()
export class UpdateUnitInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 32)
  @Matches(CODE, { message: 'code: chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới' })
  code?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 255)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 64)
  typeVi?: string;

  @Field(() => UnitKind, { nullable: true })
  kind?: UnitKind;
}

@InputType()
export class MergeUnitsInput {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  sourceIds: string[];

  @Field(() => ID, { nullable: true, description: 'An existing unit that absorbs the sources; or give newTarget.' })
  targetId?: string;

  @Field(() => CreateUnitInput, { nullable: true, description: 'A unit created by the merge, valid from `date`.' })
  @IsOptional()
  @ValidateNested()
  newTarget?: CreateUnitInput;

  @Field(() => DateScalar, { description: 'The first day of the merged unit: sources close on it.' })
  date: string;
}
