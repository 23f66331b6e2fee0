import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, type ClassType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';
import {
  EnumFilter,
  FilteredListArgs,
  IdFilter,
  OrderByInput,
  StringFilter,
  WhereCombinators,
} from '../common/where.js';
import { Position, StaffType } from './people.enums.js';

@InputType({ description: 'Simple conditions on people (fields combine with AND).' })
export class PersonFilter {
  @Field(() => ID, { nullable: true, description: 'Only people appointed in this unit today.' })
  unitId?: string;

  @Field(() => Boolean, { nullable: true, description: 'With unitId: its sub-units too, as the tree is today.' })
  includeSubunits?: boolean;

  @Field(() => StaffType, { nullable: true, description: 'Only this staff type.' })
  staffType?: StaffType;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, in any case, with or without diacritics (at most 100 characters).',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@InputType({ description: 'An appointment of a person to a post in a unit.' })
export class AppointInput {
  @Field(() => ID, { description: 'The person.' })
  personId: string;

  @Field(() => ID, { description: 'The unit, valid over the whole appointment.' })
  unitId: string;

  @Field(() => Position, { description: 'Head, deputy or staff.' })
  position: Position;

  @Field(() => Boolean, {
    nullable: true,
    description: 'quyền / phụ trách: held in an acting capacity (default false).',
  })
  acting?: boolean;

  @Field(() => DateScalar, { description: 'The first day held.' })
  from: string;

  @Field(() => DateScalar, { nullable: true, description: 'The first day no longer held; omitted: open-ended.' })
  to?: string;
}

const StaffTypeFilter = EnumFilter(StaffType, 'StaffType');

@InputType({ description: 'Conditions on people (fields combine with AND), on top of `filter`.' })
export class PersonWhere extends WhereCombinators((): ClassType => PersonWhere) {
  @Field(() => IdFilter, { nullable: true, description: 'The person’s id.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'The full name.' })
  fullName?: StringFilter;

  @Field(() => StaffTypeFilter, { nullable: true, description: 'cán bộ, công chức or viên chức.' })
  staffType?: InstanceType<typeof StaffTypeFilter>;
}

export enum PersonOrderField {
  FULL_NAME = 'FULL_NAME',
  STAFF_TYPE = 'STAFF_TYPE',
}

export const PersonOrderBy = OrderByInput(PersonOrderField, 'Person', {
  rows: 'people',
  labels: { FULL_NAME: 'Họ và tên', STAFF_TYPE: 'Loại cán bộ' },
});

@ArgsType()
export class PersonListArgs extends FilteredListArgs(PersonFilter, PersonWhere, PersonOrderBy) {}
