import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { registerLabelledEnum } from '../common/enum-labels.js';
import { DateScalar } from '../common/scalars.js';
import { EnumFilter, IdFilter, OrderByInput, StringFilter } from '../common/where.js';
import { Position, StaffType } from './people.enums.js';

@InputType()
export class PersonFilter {
  @Field(() => ID, { nullable: true })
  unitId?: string;

  @Field(() => Boolean, { nullable: true })
  includeSubunits?: boolean;

  @Field(() => StaffType, { nullable: true })
  staffType?: StaffType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@InputType()
export class AppointInput {
  @Field(() => ID)
  personId: string;

  @Field(() => ID)
  unitId: string;

  @Field(() => Position)
  position: Position;

  @Field(() => Boolean, { nullable: true })
  acting?: boolean;

  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar, { nullable: true })
  to?: string;
}

const StaffTypeFilter = EnumFilter(StaffType, 'StaffType');

@InputType({ description: 'Conditions on people (fields combine with AND), on top of `filter`.' })
export class PersonWhere {
  @Field(() => IdFilter, { nullable: true, description: 'The person’s id.' })
  id?: IdFilter;

  @Field(() => StringFilter, { nullable: true, description: 'The full name.' })
  fullName?: StringFilter;

  @Field(() => StaffTypeFilter, { nullable: true, description: 'cán bộ, công chức or viên chức.' })
  staffType?: InstanceType<typeof StaffTypeFilter>;

  @Field(() => [PersonWhere], { nullable: true, description: 'All of these.' })
  and?: PersonWhere[];

  @Field(() => [PersonWhere], { nullable: true, description: 'Any of these.' })
  or?: PersonWhere[];

  @Field(() => PersonWhere, { nullable: true, description: 'Not this.' })
  not?: PersonWhere;
}

export enum PersonOrderField {
  FULL_NAME = 'FULL_NAME',
  STAFF_TYPE = 'STAFF_TYPE',
}

registerLabelledEnum(PersonOrderField, {
  name: 'PersonOrderField',
  description: 'The columns people sort by.',
  labels: { FULL_NAME: 'Họ và tên', STAFF_TYPE: 'Loại cán bộ' },
});

export const PersonOrderBy = OrderByInput(PersonOrderField, 'Person');
