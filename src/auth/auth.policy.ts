import { hasRole } from './caller.js';
import { ALL, definePolicy } from './policy.js';
import { Role } from './auth.enums.js';

/** What a user record shows to someone other than a system administrator: the login name, nothing else. */
const ACCOUNT_FIELDS = [
  'roles',
  'personId',
  'active',
  'email',
  'emailNotifications',
  'archivedAt',
  'createdAt',
  'updatedAt',
];

/**
 * Users: managed by system administrators. Others meet a user only as a name shown beside a vote, a board
 * seat or an assignment. The password hash is never selected (see the entity), so it cannot be shown.
 */
export const userPolicy = definePolicy({
  resource: 'User',
  table: 'app_user',
  scope: () => ALL,
  hiddenFields: (caller) => (hasRole(caller, Role.SYSTEM_ADMIN) ? [] : ACCOUNT_FIELDS),
  can: (caller) => hasRole(caller, Role.SYSTEM_ADMIN),
});
