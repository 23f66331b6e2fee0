import { hasRole, type Caller } from '../auth/caller.js';
import { ALL, definePolicy, NONE } from '../auth/policy.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';

/** Units, their dated links and the reorganisation log are reference data: everyone signed in reads them. */
const hierarchyRule = (resource: string, table: string) =>
  definePolicy({
    resource,
    table,
    scope: () => ALL,
    can: (caller: Caller, action: string) => {
      if (action === 'list' || action === 'show') return true;
      if (action === 'new' || action === 'edit') return hasRole(caller, ...HOME_AFFAIRS_OFFICE);
      return false;
    },
  });

/** Creating, renaming, moving and merging units: Home Affairs' office only. */
export const unitPolicy = hierarchyRule('Unit', 'unit');
export const unitLinkPolicy = definePolicy({
  ...hierarchyRule('UnitLink', 'unit_link'),
  can: (_caller, action) => action === 'list' || action === 'show',
});
export const reorganisationPolicy = definePolicy({
  ...hierarchyRule('Reorganisation', 'reorganisation'),
  can: (caller, action) =>
    action === 'list' || action === 'show' || (action === 'new' && hasRole(caller, ...HOME_AFFAIRS_OFFICE)),
});

/** Reorganisation plans and their steps: Home Affairs' office enters and runs them; the city-wide read them. */
const planRule = (resource: string, table: string, actions: string[]) =>
  definePolicy({
    resource,
    table,
    scope: (caller) => (caller.cityWide || hasRole(caller, ...HOME_AFFAIRS_OFFICE) ? ALL : NONE),
    can: (caller, action) => {
      if (action === 'list' || action === 'show') return caller.cityWide || hasRole(caller, ...HOME_AFFAIRS_OFFICE);
      return actions.includes(action) && hasRole(caller, ...HOME_AFFAIRS_OFFICE);
    },
  });

export const planPolicy = planRule('ReorganisationPlan', 'reorganisation_plan', [
  'new',
  'preview',
  'apply',
  'schedule',
  'withdraw',
]);
export const planStepPolicy = planRule('PlanStep', 'reorganisation_step', ['new']);
/** Lineage is reference data, as the tree is. */
export const unitLineagePolicy = definePolicy({
  ...hierarchyRule('UnitLineage', 'unit_lineage'),
  can: (_caller, action) => action === 'list' || action === 'show',
});
