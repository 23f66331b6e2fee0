import type { Role } from './auth.enums.js';

/** The caller of a request, as the token or admin session says. */
export interface AuthUser {
  id: string;
  username: string;
  roles: Role[];
  personId: string | null;
}
