import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, type ClassType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';
import {
  DateFilter,
  EnumFilter,
  FilteredListArgs,
  IdFilter,
  OrderByInput,
  StringFilter,
  WhereCombinators,
} from '../common/where.js';
import { UnitKind } from './hierarchy.enums.js';

const CODE = /^[\p{L}\p{N}._-]+$/u;

@InputType({ description: 'Simple conditions on units (fields combine with AND).' })
export class UnitFilter {
  @Field(() => UnitKind, { nullable: true, description: 'Only units of this kind.' })
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

export const UnitKindFilter = EnumFilter(UnitKind, 'UnitKind');

@InputType({ description: 'Conditions on units (fields combine with AND), on top of `filter`.' })
export class UnitWhere extends WhereCombinators((): ClassType => UnitWhere) {
  @Field(() => IdFilter, { nullable: true, description: 'The unit’s id.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'The unit’s code (mã đơn vị).' })
  code?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'The unit’s name.' })
  name?: StringFilter;

  @Field(() => StringFilter, { nullable: true, description: 'The kind as written in Vietnamese (Phường, Sở, …).' })
  typeVi?: StringFilter;

  @Field(() => UnitKindFilter, { nullable: true, description: 'The unit’s kind.' })
  kind?: InstanceType<typeof UnitKindFilter>;

  @Field(() => IdFilter, { nullable: true, description: 'The parent on asOf.' })
  parentId?: IdFilter;

  @Field(() => DateFilter, { nullable: true, description: 'The first day of the unit.' })
  validFrom?: DateFilter;

  @Field(() => DateFilter, { nullable: true, description: 'The day the unit ended (null while it exists).' })
  validTo?: DateFilter;
}

export enum UnitOrderField {
  NAME = 'NAME',
  CODE = 'CODE',
  KIND = 'KIND',
  VALID_FROM = 'VALID_FROM',
}

export const UnitOrderBy = OrderByInput(UnitOrderField, 'Unit', {
  rows: 'units',
  labels: { NAME: 'Tên', CODE: 'Mã', KIND: 'Loại đơn vị', VALID_FROM: 'Ngày thành lập' },
  descriptions: { KIND: 'The kind, in the order of UnitKind (city first)' },
});

@ArgsType()
export class UnitListArgs extends FilteredListArgs(UnitFilter, UnitWhere, UnitOrderBy) {}

@InputType({ description: 'A new unit.' })
export class CreateUnitInput {
  @Field(() => String, { description: 'The code: 1–32 letters, digits, dots, dashes or underscores.' })
  @Length(1, 32)
  @Matches(CODE, { message: 'code: chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới' })
  code: string;

  @Field(() => String, { description: 'The official name (1–255 characters).' })
  @Length(1, 255)
  name: string;

  @Field(() => String, { nullable: true, description: 'Defaults to the first word of the name.' })
  @IsOptional()
  @Length(1, 64)
  typeVi?: string;

  @Field(() => UnitKind, { description: 'The level.' })
  kind: UnitKind;

  @Field(() => ID, { nullable: true, description: 'The parent, valid on validFrom; none for the city.' })
  parentId?: string;

  @Field(() => DateScalar, { description: 'The first day the unit exists.' })
  validFrom: string;
}

@InputType({ description: 'The fields to change; an omitted one keeps its value.' })
export class UpdateUnitInput {
  @Field(() => String, { nullable: true, description: 'The code (1–32 letters, digits, dots, dashes, underscores).' })
  @IsOptional()
  @Length(1, 32)
  @Matches(CODE, { message: 'code: chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới' })
  code?: string;

  @Field(() => String, { nullable: true, description: 'The official name.' })
  @IsOptional()
  @Length(1, 255)
  name?: string;

  @Field(() => String, { nullable: true, description: 'The Vietnamese type: Phường, Xã, Quận, Sở, …' })
  @IsOptional()
  @Length(1, 64)
  typeVi?: string;

  @Field(() => UnitKind, { nullable: true, description: 'The level.' })
  kind?: UnitKind;
}

@InputType({ description: 'R2: units merged into one on a day.' })
export class MergeUnitsInput {
  @Field(() => [ID], { description: 'The units that close on `date` (1–100), each valid the day before.' })
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
