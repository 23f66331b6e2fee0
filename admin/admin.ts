import { Database, Resource } from '@adminjs/typeorm';
import AdminJSExpress from '@adminjs/express';
import AdminJS from 'adminjs';
import connectPgSimple from 'connect-pg-simple';
import session from 'express-session';
import type { Router } from 'express';
import type pg from 'pg';
import type { AuthUser } from '../src/auth/auth-user.js';
import { ROLE_LABELS_VI } from '../src/auth/role.js';
import { logger } from '../src/common/logger.js';
import { sendPayoutsCsv } from '../src/income/payouts-csv.route.js';
import type { Services } from '../src/context.js';
import { BOARD_DASHBOARD, boardDashboardData, componentLoader } from './dashboard.js';
import { viTranslations } from './locale/vi.js';
import { evaluationResources } from './resources/evaluation.resources.js';
import { feedbackInspectionResources } from './resources/feedback-inspection.resources.js';
import { hierarchyResources } from './resources/hierarchy.resources.js';
import { initiativeResources } from './resources/initiative.resources.js';
import { peopleResources } from './resources/people.resources.js';
import { systemResources } from './resources/system.resources.js';

AdminJS.registerAdapter({ Database, Resource });

export const ADMIN_ROOT = '/admin';

export interface AdminOptions {
  services: Services;
  /** Pool for the session store (connect-pg-simple, table admin_session). */
  pool: pg.Pool;
  cookieSecret: string;
  production: boolean;
}

/** The admin panel at /admin: the same users and passwords as GraphQL, sessions kept in PostgreSQL. */
export async function buildAdminRouter(options: AdminOptions): Promise<{ admin: AdminJS; router: Router }> {
  const { services } = options;
  const admin = new AdminJS({
    rootPath: ADMIN_ROOT,
    resources: [...hierarchyResources(services), ...peopleResources(services), ...evaluationResources(services), ...feedbackInspectionResources(services), ...initiativeResources(services), ...systemResources(services)],
    componentLoader,
    dashboard: { component: BOARD_DASHBOARD, handler: boardDashboardData },
    branding: { companyName: 'Đánh giá công vụ TP.HCM', withMadeWithLove: false, logo: false },
    locale: { language: 'vi', availableLanguages: ['vi'], translations: { vi: viTranslations } },
  });
  if (options.production) await admin.initialize();

  const PgStore = connectPgSimple(session);
  const router = AdminJSExpress.buildAuthenticatedRouter(
    admin,
    {
      cookieName: 'congvu_admin',
      cookiePassword: options.cookieSecret,
      authenticate: async (username: string, password: string) => {
        try {
          const user = await services.auth.checkPassword(username, password);
          const current: AuthUser & { email: string; title: string } = {
            id: user.id,
            username: user.username,
            roles: user.roles,
            personId: user.personId,
            email: user.username,
            title: user.roles.map((role) => ROLE_LABELS_VI[role]).join(', ') || 'Cán bộ',
          };
          logger.info({ username: user.username }, 'admin panel login');
          return current;
        } catch {
          return null;
        }
      },
    },
    null,
    {
      store: new PgStore({ pool: options.pool, tableName: 'admin_session' }),
      secret: options.cookieSecret,
      resave: false,
      saveUninitialized: false,
      name: 'congvu_admin',
      cookie: { httpOnly: true, sameSite: 'strict', secure: options.production, maxAge: 8 * 3_600_000 },
    },
  );
  router.get('/exports/payouts/:periodId.csv', async (req, res) => {
    const user = (req.session as { adminUser?: AuthUser }).adminUser ?? null;
    await sendPayoutsCsv(services.income, user, req.params.periodId, res);
  });
  return { admin, router };
}
