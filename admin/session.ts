import connectPgSimple from 'connect-pg-simple';
import type { Request, RequestHandler } from 'express';
import session from 'express-session';
import type pg from 'pg';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../src/auth/auth-user.js';
import { resolveCaller, type Caller } from '../src/auth/caller.js';
import { ROLE_LABELS_VI } from '../src/auth/auth.enums.js';
import { cityDayOf } from '../src/common/dates.js';
import { asyncRoute } from '../src/common/http-errors.js';
import { logger } from '../src/common/logger.js';
import type { Clock, Services } from '../src/context.js';
import { pagesFor } from './pages/audience.js';

export const ADMIN_COOKIE = 'congvu_admin';

/** What the panel keeps in its session: the user as of the last request (AdminJS reads it as currentAdmin). */
export interface AdminSessionUser extends AuthUser {
  email: string;
  title: string;
  /** the custom pages offered to this user (admin/pages/audience.ts) */
  pages?: string[];
}

type AdminSession = session.Session & { adminUser?: AdminSessionUser };

function sessionUser(user: AuthUser): AdminSessionUser {
  return {
    ...user,
    email: user.username,
    title: user.roles.map((role) => ROLE_LABELS_VI[role]).join(', ') || 'Cán bộ',
  };
}

/** The caller resolved for this request, attached (not stored) to the session's user; null when signed out. */
export function callerOf(context: { currentAdmin?: unknown } | undefined): Caller | null {
  const admin = context?.currentAdmin as (AdminSessionUser & { caller?: Caller }) | undefined;
  return admin?.caller ?? null;
}

/** Sessions kept in PostgreSQL (table admin_session), so that they hold across instances and can be ended. */
export function adminSessionStore(pool: pg.Pool): connectPgSimple.PGStore {
  const PgStore = connectPgSimple(session);
  return new PgStore({ pool, tableName: 'admin_session' });
}

/** The options of our session middleware, and of AdminJS's own, which finds the session there and steps aside. */
export function adminSessionOptions(store: session.Store, secret: string, production: boolean): session.SessionOptions {
  return {
    store,
    secret,
    resave: false,
    saveUninitialized: false,
    name: ADMIN_COOKIE,
    cookie: { httpOnly: true, sameSite: 'strict', secure: production, maxAge: 8 * 3_600_000 },
  };
}

/**
 * Sessions follow the user: on every request the user is read again, so that a deactivated user is signed out
 * and a changed role applies at the next click; the caller (roles and units of today) is resolved for the
 * policies.
 */
export function followUser(services: Services, em: EntityManager, clock: Clock): RequestHandler {
  return asyncRoute(async (req, _res, next) => {
    const current = req.session as AdminSession | undefined;
    const stored = current?.adminUser;
    if (!current || !stored || req.path.startsWith('/frontend/')) {
      next();
      return;
    }
    const user = await services.auth.activeUser(stored.id);
    if (!user) {
      logger.info({ username: stored.username }, 'admin panel session ended: user deactivated or removed');
      delete current.adminUser;
      next();
      return;
    }
    const caller = await resolveCaller(em, user, cityDayOf(clock()));
    const fresh = { ...sessionUser(user), pages: pagesFor(caller) };
    if (JSON.stringify(fresh) !== JSON.stringify({ ...stored })) current.adminUser = fresh;
    Object.defineProperty(current.adminUser, 'caller', { value: caller, enumerable: false });
    next();
  });
}

/** A new session id, keeping where the user was going (AdminJS's `redirectTo`). */
function regenerate(req: Request): Promise<void> {
  const { redirectTo } = req.session as session.Session & { redirectTo?: string };
  return new Promise((resolve, reject) =>
    req.session.regenerate((error: unknown) => {
      if (error) {
        reject(error instanceof Error ? error : new Error('the session could not be regenerated'));
        return;
      }
      if (redirectTo) (req.session as session.Session & { redirectTo?: string }).redirectTo = redirectTo;
      resolve();
    }),
  );
}

/**
 * The panel's login: the same users, passwords and throttling as GraphQL; a new session id on success (no
 * fixation). Every refusal looks the same to the person at the form.
 */
export function authenticate(services: Services) {
  return async (username: string, password: string, context?: { req: Request }): Promise<AdminSessionUser | null> => {
    const req = context?.req;
    try {
      const user = await services.auth.checkPassword(username ?? '', password ?? '', {
        address: req?.ip ?? '',
        requestId: req?.get('x-request-id') ?? '',
      });
      if (req) await regenerate(req);
      logger.info({ username: user.username }, 'admin panel login');
      return sessionUser({ id: user.id, username: user.username, roles: user.roles, personId: user.personId });
    } catch (error) {
      if ((error as { extensions?: { code?: string } }).extensions?.code === 'UNAUTHENTICATED') return null;
      throw error;
    }
  };
}
