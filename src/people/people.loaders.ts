import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { datedLoader } from '../common/dated-loader.js';
import { byIdLoader } from '../common/settled-loader.js';
import { Appointment } from './appointment.entity.js';
import { appointmentsOn, headsOn } from './people.queries.js';
import { primaryAppointment } from './people.rules.js';
import { Person } from './person.entity.js';

export function createPeopleLoaders(em: EntityManager) {
  return {
    personById: byIdLoader(em, Person),
    headOn: datedLoader<{ person: Person; appointment: Appointment } | null>(
      (ids, asOf) => headsOn(em, ids, asOf),
      null,
    ),
    appointmentsOfPerson: new DataLoader<string, Appointment[]>(async (ids) => {
      const rows = await em
        .createQueryBuilder(Appointment, 'a')
        .where('a.person_id = ANY(:ids)', { ids })
        .orderBy('a.valid_from', 'DESC')
        .getMany();
      const byPerson = new Map<string, Appointment[]>();
      for (const row of rows) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
      return ids.map((id) => byPerson.get(id) ?? []);
    }),
    primaryAppointmentOn: datedLoader<Appointment | null>(async (ids, asOf) => {
      const appointments = await appointmentsOn(em, ids, asOf);
      return new Map([...appointments].map(([personId, list]) => [personId, primaryAppointment(list)]));
    }, null),
  };
}
