import { Database } from '@adminjs/typeorm';
import AdminJSExpress from '@adminjs/express';
import AdminJS, { type ResourceWithOptions } from 'adminjs';
import express, { type RequestHandler, type Router } from 'express';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { Clock, Services } from '../src/context.js';
import { asyncRoute } from '../src/common/http-errors.js';
import { sendPayoutsCsv } from '../src/income/payouts-csv.route.js';
import { ADMIN_ROOT, type AdminDeps } from './deps.js';
import { guarded } from './guard.js';
import { PolicyResource } from './policy-resource.js';
import { adminSession, ADMIN_COOKIE, authenticate, callerOf, followUser } from './session.js';
import { COMPONENTS, componentLoader } from './components/index.js';
import { homeData } from './dashboard.js';
import { evaluationPages } from './pages/evaluation.pages.js';
import { hierarchyPages } from './pages/hierarchy.pages.js';
import { viTranslations } from './locale/vi.js';
import { evaluationResources } from './resources/evaluation.resources.js';
import { feedbackInspectionResources } from './resources/feedback-inspection.resources.js';
import { hierarchyResources } from './resources/hierarchy.resources.js';
import { initiativeResources } from './resources/initiative.resources.js';
import { peopleResources } from './resources/people.resources.js';
import { systemResources } from './resources/system.resources.js';

AdminJS.registerAdapter({ Database, Resource: PolicyResource });

export { ADMIN_ROOT };

export interface AdminOptions {
  services: Services;
  db: DataSource;
  /** Pool for the session store (connect-pg-simple, table admin_session). */
  pool: pg.Pool;
  clock: Clock;
  cookieSecret: string;
  production: boolean;
}

/**
 * Each request of the panel has an id (the client's x-request-id, else a new one) that logs and the audit trail
 * name; kept as an own property of the request, which AdminJS copies into the ActionRequest its actions get.
 */
const withRequestId: RequestHandler = (req, res, next) => {
  const requestId = req.get('x-request-id')?.slice(0, 100) || randomUUID();
  Object.assign(req, { requestId });
  res.setHeader('x-request-id', requestId);
  next();
};

/** Every resource of the panel, each guarded by its policy. */
export function adminResources(deps: AdminDeps): ResourceWithOptions[] {
  return guarded([
    ...hierarchyResources(deps),
    ...peopleResources(deps),
    ...evaluationResources(deps),
    ...feedbackInspectionResources(deps),
    ...initiativeResources(deps),
    ...systemResources(deps),
  ]);
}

/** The admin panel at /admin: the same users, passwords and policies as GraphQL, sessions kept in PostgreSQL. */
export async function buildAdminRouter(options: AdminOptions): Promise<{ admin: AdminJS; router: Router }> {
  const { services } = options;
  const deps: AdminDeps = { services, db: options.db, clock: options.clock };
  const admin = new AdminJS({
    rootPath: ADMIN_ROOT,
    resources: adminResources(deps),
    componentLoader,
    dashboard: { component: COMPONENTS.Home, handler: homeData(deps) },
    pages: { ...evaluationPages(deps), ...hierarchyPages(deps) },
    branding: { companyName: 'Đánh giá công vụ TP.HCM', withMadeWithLove: false, logo: false },
    locale: { language: 'vi', availableLanguages: ['vi'], translations: { vi: viTranslations } },
  });
  if (options.production) await admin.initialize();

  // Our session middleware runs first (AdminJS's own then finds the session and steps aside), so that every
  // request re-reads the user before any screen or JSON call is answered.
  const sessionMiddleware = adminSession(options.pool, options.cookieSecret, options.production);
  const router = express.Router();
  router.use(withRequestId, sessionMiddleware, followUser(services, options.db.manager, options.clock));
  router.get(
    '/exports/payouts/:periodId.csv',
    asyncRoute(async (req, res) => {
      const caller = callerOf({ currentAdmin: (req.session as { adminUser?: unknown }).adminUser });
      await sendPayoutsCsv(services.income, caller, req.params.periodId, res);
    }),
  );
  AdminJSExpress.buildAuthenticatedRouter(admin, { cookieName: ADMIN_COOKIE, cookiePassword: options.cookieSecret, authenticate: authenticate(services) }, router, {
    secret: options.cookieSecret,
    resave: false,
    saveUninitialized: false,
  });
  return { admin, router };
}
