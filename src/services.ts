import type { DataSource } from 'typeorm';
import { NodeService } from './api/node.service.js';
import { AuditService } from './audit/audit.service.js';
import { AuthService } from './auth/auth.service.js';
import type { Clock, Services } from './context.js';
import { DashboardService } from './dashboard/dashboard.service.js';
import { EvaluationService } from './evaluation/evaluation.service.js';
import { HEAD_INPUT_PROVIDERS } from './evaluation/head-inputs/providers.js';
import { PeriodService } from './evaluation/period.service.js';
import { FeedbackService } from './feedback/feedback.service.js';
import { HierarchyService, type OrganisationChanged } from './hierarchy/hierarchy.service.js';
import { PlanService } from './hierarchy/plan.service.js';
import { cityDayOf } from './common/dates.js';
import { refreshRatersUnder } from './evaluation/raters.queries.js';
import { InitiativeService } from './initiative/initiative.service.js';
import { InspectionService } from './inspection/inspection.service.js';
import { ForcingEventService } from './inspection/forcing-event.service.js';
import { IncomeService } from './income/income.service.js';
import { ExportsService } from './exports/exports.service.js';
import { DatabaseFileStore, S3FileStore, type S3Settings } from './files/file-store.js';
import { FilesService } from './files/files.service.js';
import { DEFAULT_FILE_MAX_BYTES } from './files/upload.js';
import { NotificationService } from './notification/notification.service.js';
import { PeopleService } from './people/people.service.js';
import { PeopleImportService } from './people/import/people-import.service.js';

/** Every service, wired once per process: the app, the admin panel and the command-line jobs share them. */
export function createServices(
  db: DataSource,
  tokenTtlHours: number,
  clock: Clock,
  options: { fileMaxBytes?: number; s3?: S3Settings | null } = {},
): Services {
  // R5: the raters stored on open evaluations follow every change of appointments and of the tree
  const organisationChanged: OrganisationChanged = (em, unitIds) => refreshRatersUnder(em, unitIds, cityDayOf(clock()));
  const people = new PeopleService(db, organisationChanged);
  const income = new IncomeService(db);
  return {
    auth: new AuthService(db, tokenTtlHours, clock),
    hierarchy: new HierarchyService(db, organisationChanged),
    plans: new PlanService(db, clock, organisationChanged),
    people,
    peopleImport: new PeopleImportService(db, organisationChanged),
    periods: new PeriodService(db, income, clock),
    evaluations: new EvaluationService(db, clock, HEAD_INPUT_PROVIDERS),
    income,
    feedback: new FeedbackService(db, clock),
    inspections: new InspectionService(db, clock),
    forcingEvents: new ForcingEventService(db),
    initiatives: new InitiativeService(db, clock),
    files: new FilesService(
      db,
      options.s3 ? new S3FileStore(options.s3) : new DatabaseFileStore(),
      options.fileMaxBytes ?? DEFAULT_FILE_MAX_BYTES,
    ),
    notifications: new NotificationService(db, clock),
    dashboard: new DashboardService(db, clock),
    exports: new ExportsService(db),
    nodes: new NodeService(db),
    audit: new AuditService(db),
  };
}
