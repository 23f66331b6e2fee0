import { Node } from '../common/node.js';
import { Field, ID, ObjectType } from 'type-graphql';

import { Connection } from '../common/pagination.js';
import { DateScalar } from '../common/scalars.js';
import type { Appointment } from './appointment.entity.js';
import { Position, StaffType } from './people.enums.js';
import type { Person } from './person.entity.js';

@ObjectType('Person', {
  implements: Node,
  description: 'A cadre, civil servant or public employee of the city, with their appointments.',
})
export class PersonType {
  @Field(() => ID, { description: 'The person’s id.' })
  id: string;

  @Field(() => String, { description: 'The full name (họ và tên).' })
  fullName: string;

  @Field(() => StaffType, {
    description: 'Cadre, civil servant or public employee: with the year, it decides the rule set (R7).',
  })
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

@ObjectType({ description: 'A page of people (Relay connection).' })
export class PersonConnection extends Connection(PersonType, 'Person') {}

@ObjectType('Appointment', { description: 'A person’s post in a unit over [from, to).' })
export class AppointmentType {
  @Field(() => ID, { description: 'The appointment’s id.' })
  id: string;

  @Field(() => Position, { description: 'Head, deputy or staff.' })
  position: Position;

  @Field(() => Boolean, { description: 'quyền / phụ trách: held in an acting capacity' })
  acting: boolean;

  @Field(() => DateScalar, { description: 'The first day held.' })
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
  @Field(() => PersonType, { nullable: true, description: 'The rater; null when nobody was found (see warnings).' })
  person: PersonType | null;

  raterUnitId: string | null;

  asOf: string;

  @Field(() => [String], {
    description:
      'In Vietnamese: a vacant post skipped, nobody found to rate, the city’s head rated outside the system.',
  })
  warnings: string[];
}
