import { Node } from '../common/node.js';
import { Field, ID, ObjectType } from 'type-graphql';

import { Connection } from '../common/pagination.js';
import { DateScalar } from '../common/scalars.js';
import type { Appointment } from './appointment.entity.js';
import { Position, StaffType } from './people.enums.js';
import type { Person } from './person.entity.js';

@ObjectType('Person', { implements: Node })
export class PersonType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  fullName: string;

  @Field(() => StaffType)
  staffType: StaffType;

  @Field(() => String, { nullable: true, description: 'số hiệu cán bộ: the key the people import matches on' })
  staffNumber: string | null;

  static from(person: Person): PersonType {
    return Object.assign(new PersonType(), {
      id: person.id,
      fullName: person.fullName,
      staffType: person.staffType,
      staffNumber: person.staffNumber ?? null,
    });
  }
}

@ObjectType()
export class PersonConnection extends Connection(PersonType, 'Person') {}

@ObjectType('Appointment')
export class AppointmentType {
  @Field(() => ID)
  id: string;

  @Field(() => Position)
  position: Position;

  @Field(() => Boolean, { description: 'quyền / phụ trách: held in an acting capacity' })
  acting: boolean;

  @Field(() => DateScalar)
  from: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day no longer held; null while open-ended.' })
  to: string | null;

  personId: string;

  unitId: string;

  static from(appointment: Appointment): AppointmentType {
    return Object.assign(new AppointmentType(), {
      id: appointment.id,
      position: appointment.position,
      acting: appointment.acting,
      from: appointment.validity.validFrom,
      to: appointment.validity.validTo,
      personId: appointment.personId,
      unitId: appointment.unitId,
    });
  }
}

@ObjectType('Rater', { description: 'Who rates a person on a day (R5), with any warning (a vacant post skipped).' })
export class RaterType {
  @Field(() => PersonType, { nullable: true })
  person: PersonType | null;

  raterUnitId: string | null;

  asOf: string;

  @Field(() => [String])
  warnings: string[];
}
