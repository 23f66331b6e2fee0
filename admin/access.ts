import type { IsFunction } from 'adminjs';
import { hasAnyRole } from '../src/auth/permissions.js';
import { HIERARCHY_EDITORS, Role } from '../src/auth/role.js';
import type { AuthUser } from '../src/auth/auth-user.js';

const current = (currentAdmin: unknown) => (currentAdmin as AuthUser | undefined) ?? null;

export const canEditHierarchy: IsFunction = ({ currentAdmin }) => hasAnyRole(current(currentAdmin), HIERARCHY_EDITORS);
export const isSystemAdmin: IsFunction = ({ currentAdmin }) => hasAnyRole(current(currentAdmin), [Role.SYSTEM_ADMIN]);
/** Everyone who may open the panel may read reference data. */
export const canRead: IsFunction = ({ currentAdmin }) => Boolean(current(currentAdmin));

export const readOnlyUnlessEditor = {
  list: { isAccessible: canRead },
  show: { isAccessible: canRead },
  search: { isAccessible: canRead },
  new: { isAccessible: canEditHierarchy },
  edit: { isAccessible: canEditHierarchy },
  delete: { isAccessible: canEditHierarchy },
  bulkDelete: { isAccessible: canEditHierarchy },
};
