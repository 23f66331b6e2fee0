import { Database } from '@adminjs/typeorm';
import AdminJSExpress from '@adminjs/express';
import AdminJS, { type ResourceWithOptions } from 'adminjs';
import express, { type Router } from 'express';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { Clock, Services } from '../src/context.js';
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
import { withStatusTones } from './status-tones.js';
import { withVietnameseInput } from './vietnamese-input.js';

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

/** Every resource of the panel, each guarded by its policy, its forms read as typed in Vietnamese, its statuses coloured. */
export function adminResources(deps: AdminDeps): ResourceWithOptions[] {
  const resources = [
    ...hierarchyResources(deps),
    ...peopleResources(deps),
    ...evaluationResources(deps),
    ...feedbackInspectionResources(deps),
    ...initiativeResources(deps),
    ...systemResources(deps),
  ];
  return guarded(withStatusTones(withVietnameseInput(resources)));
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
  router.use(sessionMiddleware, followUser(services, options.db.manager, options.clock));
  router.get('/exports/payouts/:periodId.csv', async (req, res) => {
    const caller = callerOf({ currentAdmin: (req.session as { adminUser?: unknown }).adminUser });
    await sendPayoutsCsv(services.income, caller, req.params.periodId, res);
  });
  AdminJSExpress.buildAuthenticatedRouter(admin, { cookieName: ADMIN_COOKIE, cookiePassword: options.cookieSecret, authenticate: authenticate(services) }, router, {
    secret: options.cookieSecret,
    resave: false,
    saveUninitialized: false,
  });
  return { admin, router };
}
