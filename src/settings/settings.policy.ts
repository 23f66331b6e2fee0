import { hasRole } from '../auth/caller.js';
import { ALL, definePolicy, NONE } from '../auth/policy.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';

/** The configurable values: read and changed by Home Affairs' office only; never created or removed by hand. */
export const settingPolicy = definePolicy({
  resource: 'Setting',
  table: 'setting',
  scope: (caller) => (hasRole(caller, ...HOME_AFFAIRS_OFFICE) ? ALL : NONE),
  can: (caller, action) => ['list', 'show', 'edit'].includes(action) && hasRole(caller, ...HOME_AFFAIRS_OFFICE),
});
