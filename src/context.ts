import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { WorkCalendar } from './calendar/calendar.js';
import { loadWorkCalendar } from './calendar/calendar.queries.js';
import { personPolicy } from './people/people.policy.js';
import { visiblePeople } from './people/people.queries.js';
import type { AuditService } from './audit/audit.service.js';
import type { AuthService } from './auth/auth.service.js';
import type { DashboardService } from './dashboard/dashboard.service.js';
import type { ExportsService } from './exports/exports.service.js';
import type { NodeService } from './api/node.service.js';
import type { AuthUser } from './auth/auth-user.js';
import type { Caller } from './auth/caller.js';
import { cityDayOf } from './common/dates.js';
import { UnauthenticatedError } from './common/errors.js';
import type { EvaluationService } from './evaluation/evaluation.service.js';
import { createEvaluationLoaders } from './evaluation/evaluation.loaders.js';
import { createInitiativeLoaders } from './initiative/initiative.loaders.js';
import type { PeriodService } from './evaluation/period.service.js';
import type { FeedbackService } from './feedback/feedback.service.js';
import type { HierarchyService } from './hierarchy/hierarchy.service.js';
import type { PlanService } from './hierarchy/plan.service.js';
import type { InitiativeService } from './initiative/initiative.service.js';
import type { InspectionService } from './inspection/inspection.service.js';
import type { ForcingEventService } from './inspection/forcing-event.service.js';
import type { IncomeService } from './income/income.service.js';
import type { NotificationService } from './notification/notification.service.js';
import { createUnitLoaders } from './hierarchy/unit.loaders.js';
import type { FilesService } from './files/files.service.js';
import type { PeopleService } from './people/people.service.js';
import type { PeopleImportService } from './people/import/people-import.service.js';
import { createPeopleLoaders } from './people/people.loaders.js';
import type { LiveUpdates } from './live/live-updates.js';

export interface Services {
  auth: AuthService;
  hierarchy: HierarchyService;
  plans: PlanService;
  people: PeopleService;
  peopleImport: PeopleImportService;
  periods: PeriodService;
  evaluations: EvaluationService;
  income: IncomeService;
  feedback: FeedbackService;
  inspections: InspectionService;
  forcingEvents: ForcingEventService;
  initiatives: InitiativeService;
  files: FilesService;
  notifications: NotificationService;
  dashboard: DashboardService;
  exports: ExportsService;
  nodes: NodeService;
  audit: AuditService;
}

export type Clock = () => Date;

/**
 * Per request: the caller, the services, fresh DataLoaders and the clock (injected, so tests set the date). No data
 * source: resolvers read and write through the services.
 */
export interface RequestContext {
  requestId: string;
  /** The client's address (express's req.ip, which honours `trust proxy`). */
  address: string;
  user: AuthUser | null;
  token: string | null;
  services: Services;
  loaders: ReturnType<typeof createLoaders>;
  now: Clock;
  /** This process's LISTEN connection, for subscriptions. */
  live: LiveUpdates;
  /** Today in Asia/Ho_Chi_Minh: the default `asOf`. */
  today: () => string;
  /** The signed-in caller with their units of today, resolved at most once per request (UNAUTHENTICATED without). */
  caller: () => Promise<Caller>;
  /** The same connection's context for the caller as of now, with fresh loaders (a subscription's next answer). */
  renew: (caller: Caller) => RequestContext;
}

/** What a context is built from; the rest (loaders, today, the caller) is derived. */
export type ContextFields = Omit<RequestContext, 'user' | 'loaders' | 'today' | 'caller' | 'renew'>;

export function createLoaders(db: DataSource, user: AuthUser | null, caller: () => Promise<Caller>) {
  return {
    /** whether the caller may see a person's record beyond the org chart (the people policy) */
    personVisible: new DataLoader<string, boolean>(async (ids) => {
      const visible = await visiblePeople(db.manager, ids, personPolicy.scope(await caller()));
      return ids.map((id) => visible.has(id));
    }),
    /** the working-day calendar, read once per request */
    workCalendar: new DataLoader<'current', WorkCalendar>(async (keys) => {
      const calendar = await loadWorkCalendar(db.manager);
      return keys.map(() => calendar);
    }),
    ...createUnitLoaders(db.manager),
    ...createPeopleLoaders(db.manager),
    ...createEvaluationLoaders(db.manager),
    ...createInitiativeLoaders(db.manager, user?.id ?? null),
  };
}

/** A request's context for `signedIn`, the caller as authentication read them with the token (one statement). */
export function buildContext(db: DataSource, fields: ContextFields, signedIn: Caller | null): RequestContext {
  const today = () => cityDayOf(fields.now());
  const user = signedIn?.user ?? null;
  const caller = () => (signedIn ? Promise.resolve(signedIn) : Promise.reject(new UnauthenticatedError()));
  const renew = (renewed: Caller) => buildContext(db, fields, renewed);
  return { ...fields, user, loaders: createLoaders(db, user, caller), today, caller, renew };
}
