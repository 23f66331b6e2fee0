import { hasRole, type Caller } from '../auth/caller.js';
import { ALL, anyOf, definePolicy, inReach, NONE, ownRows, where, type Scope } from '../auth/policy.js';
import { HOME_AFFAIRS_OFFICE, INSPECTION_STAFF } from '../auth/role.js';

/** Inspectors and those who see the whole city see every inspection; a unit sees the ones that concern it. */
function inspectedUnitInReach(caller: Caller, column: string): Scope {
  return hasRole(caller, ...INSPECTION_STAFF) ? ALL : inReach(caller, column);
}

export const inspectionPolicy = definePolicy({
  resource: 'Inspection',
  table: 'inspection',
  scope: (caller) => inspectedUnitInReach(caller, 'unit_id'),
  can: (_caller, action) => action === 'list' || action === 'show',
});

/** Findings: the responsible unit reports (GraphQL), inspectors accept or reject the report. */
export const findingPolicy = definePolicy<{ status?: unknown }>({
  resource: 'Finding',
  table: 'finding',
  scope: (caller) => inspectedUnitInReach(caller, 'responsible_unit_id'),
  can: (caller, action, finding) => {
    if (action === 'list' || action === 'show') return true;
    if (action === 'verify' || action === 'reject')
      return hasRole(caller, ...INSPECTION_STAFF) && (!finding || finding.status === 'REPORTED');
    return false;
  },
});

/**
 * A responsibility review concerns a head: seen by that head, the heads above the unit, inspectors and the city;
 * not by the unit's staff. Concluded by Home Affairs' office.
 */
export const responsibilityReviewPolicy = definePolicy({
  resource: 'ResponsibilityReview',
  table: 'responsibility_review',
  scope: (caller) => {
    if (hasRole(caller, ...INSPECTION_STAFF) || caller.cityWide) return ALL;
    const above: Scope =
      caller.overseen.length === 0
        ? NONE
        : where((alias, params) => `${alias}.unit_id = ANY(CAST(${params.add(caller.overseen)} AS uuid[]))`);
    return anyOf(ownRows(caller, 'person_id'), above);
  },
  can: (caller, action) =>
    action === 'list' || action === 'show' || (action === 'edit' && hasRole(caller, ...HOME_AFFAIRS_OFFICE)),
});

/** Discipline cases and their deferrals: Home Affairs' office alone. */
const disciplineRecords = (resource: string, table: string, actions: string[]) =>
  definePolicy({
    resource,
    table,
    scope: (caller) => (hasRole(caller, ...HOME_AFFAIRS_OFFICE) ? ALL : NONE),
    can: (caller, action) => actions.includes(action) && hasRole(caller, ...HOME_AFFAIRS_OFFICE),
  });

export const disciplineCasePolicy = disciplineRecords('DisciplineCase', 'discipline_case', [
  'list',
  'show',
  'new',
  'edit',
]);
export const disciplineDeferralPolicy = disciplineRecords('DisciplineDeferral', 'discipline_deferral', [
  'list',
  'show',
  'new',
  'edit',
  'delete',
]);
/** Prosecution, detention, degradation (R13): recorded and corrected by Home Affairs' office. */
export const forcingEventPolicy = disciplineRecords('ForcingEvent', 'forcing_event', [
  'list',
  'show',
  'new',
  'edit',
  'delete',
]);
