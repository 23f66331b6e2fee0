import AdminJSExpress from '@adminjs/express';
import AdminJS, { type ResourceWithOptions } from 'adminjs';
import express, { type RequestHandler, type Router } from 'express';
import formidableMiddleware from 'express-formidable';
import session from 'express-session';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { BaseEntity, DataSource } from 'typeorm';
import type { Clock, Services } from '../src/context.js';
import { asyncRoute, pathParam } from '../src/common/http-errors.js';
import { sendPayoutsCsv } from '../src/income/payouts-csv.route.js';
import { downloadRoutes } from '../src/exports/download-routes.js';
import { listExport } from './list-export.js';
import { ADMIN_ROOT, type AdminDeps } from './deps.js';
import { guarded } from './guard.js';
import { PolicyResource } from './policy-resource.js';
import { adminSessionOptions, adminSessionStore, ADMIN_COOKIE, authenticate, callerOf, followUser } from './session.js';
import { COMPONENTS, componentLoader } from './components/index.js';
import { homeData } from './dashboard.js';
import { evaluationPages } from './pages/evaluation.pages.js';
import { hierarchyPages } from './pages/hierarchy.pages.js';
import { peopleImportPages } from './pages/people-import.pages.js';
import { notificationPages } from './pages/notification.pages.js';
import { viTranslations } from './locale/vi.js';
import { auditResources } from './resources/audit.resources.js';
import { authResources } from './resources/auth.resources.js';
import { calendarResources } from './resources/calendar.resources.js';
import { evaluationResources } from './resources/evaluation.resources.js';
import { feedbackResources } from './resources/feedback.resources.js';
import { hierarchyResources } from './resources/hierarchy.resources.js';
import { incomeResources } from './resources/income.resources.js';
import { initiativeResources } from './resources/initiative.resources.js';
import { inspectionResources } from './resources/inspection.resources.js';
import { peopleResources } from './resources/people.resources.js';
import { satisfactionResources } from './resources/satisfaction.resources.js';
import { settingsResources } from './resources/settings.resources.js';
import { withStatusTones } from './status-tones.js';
import { withVietnameseInput } from './vietnamese-input.js';
import { uploadRoutes } from './uploads.js';
import { withAttachments } from './actions/attachments.js';

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

/** The most a form of the panel may post (its fields together); files come through admin/uploads.ts instead. */
export const MAX_FORM_BYTES = 1_000_000;

const refusal = (status: number, message: string) => Object.assign(new Error(message), { status });

/**
 * Before a body is read: one larger than MAX_FORM_BYTES, or of unknown length, is refused (the connection
 * closed, so the rest is never read); multipart — how the panel's record forms post — only from a signed-in
 * session (the login form is urlencoded).
 */
const boundedForms: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD') {
    next();
    return;
  }
  const length = Number(req.get('content-length') ?? (req.get('transfer-encoding') ? NaN : 0));
  const signedIn = Boolean((req.session as { adminUser?: unknown } | undefined)?.adminUser);
  const problem = !Number.isFinite(length)
    ? refusal(411, 'a form must declare its length')
    : length > MAX_FORM_BYTES
      ? refusal(413, `a form of ${String(length)} bytes is over ${String(MAX_FORM_BYTES)}`)
      : req.is('multipart/form-data') && !signedIn
        ? refusal(415, 'multipart is accepted from a signed-in session only')
        : null;
  if (!problem) {
    next();
    return;
  }
  res.setHeader('connection', 'close');
  next(problem);
};

/**
 * The panel's forms, parsed here (AdminJS's own formidable then finds them parsed): fields only, within
 * MAX_FORM_BYTES. A file part is read past, never written to the temporary folder, and the form refused (415)
 * once its body is consumed — refusing mid-body would reset the client's connection.
 */
const formFields: RequestHandler = (() => {
  const parse = formidableMiddleware(
    {
      maxFieldsSize: MAX_FORM_BYTES,
      maxFields: 1_000,
      onPart(this: { handlePart(part: unknown): void; emit(event: string): void }, part: { filename?: string }) {
        if (part.filename === undefined) {
          this.handlePart(part);
          return;
        }
        this.emit('fileRefused');
      },
    },
    [{ event: 'fileRefused', action: (req) => Object.assign(req, { fileRefused: true }) }],
  );
  return (req, res, next) => {
    parse(req, res, (error?: unknown) => {
      if (error) {
        next(error);
        return;
      }
      if ((req as { fileRefused?: boolean }).fileRefused) {
        next(refusal(415, 'the panel takes no file uploads'));
        return;
      }
      next();
    });
  };
})();

/** Every resource of the panel, each guarded by its policy, its forms read as typed in Vietnamese, its statuses coloured. */
export function adminResources(deps: AdminDeps): ResourceWithOptions[] {
  const resources = [
    ...hierarchyResources(deps),
    ...peopleResources(deps),
    ...evaluationResources(deps),
    ...satisfactionResources(),
    ...incomeResources(deps),
    ...settingsResources(),
    ...feedbackResources(deps),
    ...inspectionResources(deps),
    ...initiativeResources(deps),
    ...authResources(deps),
    ...calendarResources(deps),
    ...auditResources(),
  ];
  return guarded(withStatusTones(withVietnameseInput(withAttachments(deps.services, resources))));
}

/**
 * Each resource read and written through the app's data source and stamped with its clock (admin/deps.ts), never
 * through TypeORM's global data source: every resource of adminResources() is an entity with a policy.
 */
const onAppDataSource =
  (deps: AdminDeps) =>
  ({ resource, ...rest }: ResourceWithOptions): ResourceWithOptions => ({
    ...rest,
    resource: new PolicyResource(resource as typeof BaseEntity, deps),
  });

/**
 * The admin panel at /admin: the same users, passwords and policies as GraphQL, sessions kept in PostgreSQL;
 * `close` stops the session store's pruning before the pool ends.
 */
export async function buildAdminRouter(
  options: AdminOptions,
): Promise<{ admin: AdminJS; router: Router; close: () => void }> {
  const { services } = options;
  const deps: AdminDeps = { services, db: options.db, clock: options.clock };
  const admin = new AdminJS({
    rootPath: ADMIN_ROOT,
    resources: adminResources(deps).map(onAppDataSource(deps)),
    componentLoader,
    dashboard: { component: COMPONENTS.Home, handler: homeData(deps) },
    pages: {
      ...evaluationPages(deps),
      ...hierarchyPages(deps),
      ...peopleImportPages(deps),
      ...notificationPages(deps),
    },
    branding: { companyName: 'Đánh giá công vụ TP.HCM', withMadeWithLove: false, logo: false },
    locale: { language: 'vi', availableLanguages: ['vi'], translations: { vi: viTranslations } },
  });
  if (options.production) await admin.initialize();

  // Our session middleware runs first (AdminJS's own then finds the session and steps aside), so that every
  // request re-reads the user before any screen or JSON call is answered.
  const store = adminSessionStore(options.pool);
  const sessionOptions = adminSessionOptions(store, options.cookieSecret, options.production);
  const router = express.Router();
  const follow = followUser(services, options.db.manager, options.clock);
  router.use(withRequestId, session(sessionOptions));
  // files are sent as the body, within their own cap, before the forms' 1 MB bound applies to everything else
  router.use(uploadRoutes(services, follow));
  router.use(boundedForms, formFields, follow);
  router.get(
    '/exports/payouts/:periodId.csv',
    asyncRoute(async (req, res) => {
      const caller = callerOf({ currentAdmin: (req.session as { adminUser?: unknown }).adminUser });
      await sendPayoutsCsv(services.income, caller, pathParam(req, 'periodId'), res);
    }),
  );
  // official forms and Excel exports, as the signed-in user: the same routes as with a bearer token, and any list's export
  const sessionCaller = async (req: express.Request) =>
    callerOf({ currentAdmin: (req.session as { adminUser?: unknown }).adminUser });
  router.use(downloadRoutes(services, sessionCaller));
  router.get('/exports/resources/:resourceId.xlsx', listExport(admin));
  AdminJSExpress.buildAuthenticatedRouter(
    admin,
    { cookieName: ADMIN_COOKIE, cookiePassword: options.cookieSecret, authenticate: authenticate(services) },
    router,
    sessionOptions,
  );
  return {
    admin,
    router,
    close: () => {
      store.close();
    },
  };
}
