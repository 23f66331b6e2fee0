import { hasRole, type Caller } from '../auth/caller.js';
import { ALL, anyOf, definePolicy, inReach, NONE, ownRows, where, type Scope } from '../auth/policy.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';

/**
 * People are seen where one works: the whole city by Home Affairs, city leaders and system administrators; a
 * head sees the people of the units they head and below; a staff member those of their own unit; everyone
 * sees themself.
 */
export function peopleInReach(caller: Caller, personColumn: string): Scope {
  if (caller.cityWide) return ALL;
  const appointedInReach: Scope =
    caller.reach.length === 0
      ? NONE
      : where((alias, params) => {
          const day = params.add(caller.day);
          return `EXISTS (SELECT 1 FROM appointment pa WHERE pa.person_id = ${alias}.${personColumn}
            AND pa.unit_id = ANY(CAST(${params.add(caller.reach)} AS uuid[]))
            AND pa.valid_from <= CAST(${day} AS date) AND (pa.valid_to IS NULL OR pa.valid_to > CAST(${day} AS date)))`;
        });
  return anyOf(ownRows(caller, personColumn), appointedInReach);
}

const readOrOfficeEdits = (caller: Caller, action: string, deletable: boolean) => {
  if (action === 'list' || action === 'show') return true;
  if (action === 'new' || action === 'edit' || (deletable && action === 'delete'))
    return hasRole(caller, ...HOME_AFFAIRS_OFFICE);
  return false;
};

/** People: "deleting" archives (their evaluations and pay point at them); the database refuses a real DELETE. */
export const personPolicy = definePolicy({
  resource: 'Person',
  table: 'person',
  scope: (caller) => peopleInReach(caller, 'id'),
  // importing people, appointments, absences and pay from a file is the office's, as typing them is
  can: (caller, action) =>
    action === 'import' ? hasRole(caller, ...HOME_AFFAIRS_OFFICE) : readOrOfficeEdits(caller, action, true),
});

/** Appointments of the units in reach, and one's own; ended, never deleted (history of who headed what). */
export const appointmentPolicy = definePolicy({
  resource: 'Appointment',
  table: 'appointment',
  scope: (caller) => anyOf(inReach(caller, 'unit_id'), ownRows(caller, 'person_id')),
  can: (caller, action) => readOrOfficeEdits(caller, action, false),
});

export const absencePolicy = definePolicy({
  resource: 'Absence',
  table: 'absence',
  scope: (caller) => peopleInReach(caller, 'person_id'),
  can: (caller, action) => readOrOfficeEdits(caller, action, true),
});
