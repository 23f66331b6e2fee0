import type { ResourceWithOptions } from 'adminjs';
import type { AdminDeps } from '../deps.js';
import { Absence } from '../../src/people/absence.entity.js';
import { Appointment } from '../../src/people/appointment.entity.js';
import { Position } from '../../src/people/people.enums.js';
import { Person } from '../../src/people/person.entity.js';
import { serviceHandler } from '../actions/service-actions.js';
import { requiredEnumValue } from '../../src/common/enum-value.js';

const navigation = { name: 'people', icon: 'User' };
/** The service names an appointment's days `from` and `to`; the form shows them in its validity. */
const APPOINTMENT_FORM_PATHS = { from: 'validity.validFrom', to: 'validity.validTo' };

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
        listProperties: ['personId', 'unitId', 'position', 'acting', 'validity.validFrom', 'validity.validTo'],
        filterProperties: ['personId', 'unitId', 'position', 'acting', 'validity.validFrom', 'validity.validTo'],
        editProperties: ['personId', 'unitId', 'position', 'acting', 'validity.validFrom', 'validity.validTo'],
        properties: {
          id: { isVisible: false },
          'validity.validFrom': { type: 'date' },
          'validity.validTo': { type: 'date' },
        },
        actions: {
          new: {
            handler: serviceHandler(
              (values) =>
                services.people.appoint({
                  personId: values.personId ?? '',
                  unitId: values.unitId ?? '',
                  position: requiredEnumValue(Position, values.position, 'position'),
                  acting: values.acting === 'true',
                  from: values['validity.validFrom']?.slice(0, 10) ?? '',
                  to: values['validity.validTo']?.slice(0, 10),
                }),
              APPOINTMENT_FORM_PATHS,
            ),
          },
          edit: {
            handler: serviceHandler(
              (values, context) =>
                services.people.endAppointment(
                  String(context.record?.id()),
                  values['validity.validTo']?.slice(0, 10) ?? '',
                ),
              APPOINTMENT_FORM_PATHS,
            ),
          },
        },
      },
    },
    {
      resource: Absence,
      options: {
        navigation,
        listProperties: ['personId', 'kind', 'validity.validFrom', 'validity.validTo', 'note'],
        filterProperties: ['personId', 'kind', 'validity.validFrom', 'validity.validTo'],
        editProperties: ['personId', 'kind', 'validity.validFrom', 'validity.validTo', 'note'],
        properties: {
          id: { isVisible: false },
          'validity.validFrom': { type: 'date' },
          'validity.validTo': { type: 'date' },
        },
      },
    },
  ];
}
