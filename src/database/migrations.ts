import { Extensions1764216000000 } from '../../migrations/1764216000000-extensions.js';
import { InitialSchema1795754132852 } from '../../migrations/1795754132852-initial-schema.js';
import { SearchSessionsCalendar1795754200000 } from '../../migrations/1795754200000-search-sessions-calendar.js';
import { ReorganisationLog1795755651905 } from '../../migrations/1795755651905-reorganisation-log.js';
import { EvaluationEngine1795756424048 } from '../../migrations/1795756424048-evaluation-engine.js';
import { Feedback10221795757556024 } from '../../migrations/1795757556024-feedback-1022.js';
import { InspectionsDiscipline1795758048980 } from '../../migrations/1795758048980-inspections-discipline.js';
import { Initiatives1795758717529 } from '../../migrations/1795758717529-initiatives.js';
import { LoginThrottling1796115376918 } from '../../migrations/1796115376918-login-throttling.js';
import { RaterAsOf1796117121851 } from '../../migrations/1796117121851-rater-as-of.js';
import { ForcingEvents1796117778876 } from '../../migrations/1796117778876-forcing-events.js';
import { FeedbackCycles1796117996755 } from '../../migrations/1796117996755-feedback-cycles.js';
import { ReorganisationPlans1796125825422 } from '../../migrations/1796125825422-reorganisation-plans.js';
import { AuditTrail1796200000000 } from '../../migrations/1796200000000-audit-trail.js';
import { ArchiveNotDelete1796200100000 } from '../../migrations/1796200100000-archive-not-delete.js';
import { Notifications1796200300000 } from '../../migrations/1796200300000-notifications.js';
import { ImportAndFiles1796214000000 } from '../../migrations/1796214000000-import-and-files.js';
import { DashboardSummaries1796215000000 } from '../../migrations/1796215000000-dashboard-summaries.js';
import { LiveUpdates1796215100000 } from '../../migrations/1796215100000-live-updates.js';
import { WorkflowEventActor1796215200000 } from '../../migrations/1796215200000-workflow-event-actor.js';
import { LiveBulkEvaluations1796215400000 } from '../../migrations/1796215400000-live-bulk-evaluations.js';
import { FeedbackMonthCounters1796215500000 } from '../../migrations/1796215500000-feedback-month-counters.js';

/** Every migration, in order. A test checks that each file in migrations/ is listed here. */
export const migrations = [
  Extensions1764216000000,
  InitialSchema1795754132852,
  SearchSessionsCalendar1795754200000,
  ReorganisationLog1795755651905,
  EvaluationEngine1795756424048,
  Feedback10221795757556024,
  InspectionsDiscipline1795758048980,
  Initiatives1795758717529,
  LoginThrottling1796115376918,
  RaterAsOf1796117121851,
  ForcingEvents1796117778876,
  FeedbackCycles1796117996755,
  ReorganisationPlans1796125825422,
  AuditTrail1796200000000,
  ArchiveNotDelete1796200100000,
  Notifications1796200300000,
  ImportAndFiles1796214000000,
  DashboardSummaries1796215000000,
  LiveUpdates1796215100000,
  WorkflowEventActor1796215200000,
  LiveBulkEvaluations1796215400000,
  FeedbackMonthCounters1796215500000,
];
