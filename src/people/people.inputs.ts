import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';
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
