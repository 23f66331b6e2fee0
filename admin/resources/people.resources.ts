import type { ResourceWithOptions } from 'adminjs';
import type { AdminDeps } from '../deps.js';
import { Absence } from '../../src/people/absence.entity.js';
import { Appointment } from '../../src/people/appointment.entity.js';
import { Position } from '../../src/people/people.enums.js';
import { Person } from '../../src/people/person.entity.js';
import { serviceHandler } from '../actions/service-actions.js';
import { requiredEnumValue } from '../../src/common/enum-value.js';

const navigation = { name: 'people', icon: 'User' };

export function peopleResources({ services }: AdminDeps): ResourceWithOptions[] {
  return [
    {
      resource: Person,
      options: {
        navigation,
        titleProperty: 'fullName',
        listProperties: ['fullName', 'staffNumber', 'staffType', 'createdAt'],
        filterProperties: ['fullName', 'staffNumber', 'staffType'],
        editProperties: ['fullName', 'staffNumber', 'staffType'],
        properties: { id: { isVisible: false } },
      },
    },
    {
      resource: Appointment,
      options: {
        navigation,
        listProperties: ['personId', 'unitId', 'position', 'acting', 'validFrom', 'validTo'],
        filterProperties: ['personId', 'unitId', 'position', 'acting', 'validFrom', 'validTo'],
        editProperties: ['personId', 'unitId', 'position', 'acting', 'validFrom', 'validTo'],
        properties: { id: { isVisible: false }, validFrom: { type: 'date' }, validTo: { type: 'date' } },
        actions: {
          new: {
            handler: serviceHandler((values) =>
              services.people.appoint({
                personId: values.personId ?? '',
                unitId: values.unitId ?? '',
                position: requiredEnumValue(Position, values.position, 'position'),
                acting: values.acting === 'true',
                from: values.validFrom?.slice(0, 10) ?? '',
                to: values.validTo?.slice(0, 10),
              }),
            ),
          },
          edit: {
            handler: serviceHandler((values, context) =>
              services.people.endAppointment(String(context.record?.id()), values.validTo?.slice(0, 10) ?? ''),
            ),
          },
        },
      },
    },
    {
      resource: Absence,
      options: {
        navigation,
        listProperties: ['personId', 'kind', 'validFrom', 'validTo', 'note'],
        filterProperties: ['personId', 'kind', 'validFrom', 'validTo'],
        editProperties: ['personId', 'kind', 'validFrom', 'validTo', 'note'],
        properties: { id: { isVisible: false }, validFrom: { type: 'date' }, validTo: { type: 'date' } },
      },
    },
  ];
}
