import { AuditEntry } from '../audit/audit-entry.entity.js';
import { AuthToken } from '../auth/auth-token.entity.js';
import { LoginFailure } from '../auth/login-failure.entity.js';
import { User } from '../auth/user.entity.js';
import { CalendarDay } from '../calendar/calendar-day.entity.js';
import { Attachment } from '../files/attachment.entity.js';
import { AttachmentContent } from '../files/attachment-content.entity.js';
import { EvaluationEvent } from '../evaluation/evaluation-event.entity.js';
import { EvaluationPeriod } from '../evaluation/evaluation-period.entity.js';
import { Evaluation } from '../evaluation/evaluation.entity.js';
import { QuotaException } from '../evaluation/quota-exception.entity.js';
import { UnitTarget } from '../evaluation/unit-target.entity.js';
import { FeedbackAssignment } from '../feedback/feedback-assignment.entity.js';
import { FeedbackCycle } from '../feedback/feedback-cycle.entity.js';
import { FeedbackEvent } from '../feedback/feedback-event.entity.js';
import { FeedbackItem } from '../feedback/feedback-item.entity.js';
import { FeedbackProgress } from '../feedback/feedback-progress.entity.js';
import { BoardMember } from '../initiative/board-member.entity.js';
import { Initiative } from '../initiative/initiative.entity.js';
import { InitiativeEvent } from '../initiative/initiative-event.entity.js';
import { InitiativeProposer } from '../initiative/initiative-proposer.entity.js';
import { InitiativeRound } from '../initiative/initiative-round.entity.js';
import { InitiativeVote } from '../initiative/initiative-vote.entity.js';
import { Finding } from '../inspection/finding.entity.js';
import { Inspection } from '../inspection/inspection.entity.js';
import { InspectionMember } from '../inspection/inspection-member.entity.js';
import { ResponsibilityReview } from '../inspection/responsibility-review.entity.js';
import { DisciplineCase } from '../inspection/discipline-case.entity.js';
import { DisciplineDeferral } from '../inspection/discipline-deferral.entity.js';
import { ForcingEvent } from '../inspection/forcing-event.entity.js';
import { IncomeCoefficient } from '../income/income-coefficient.entity.js';
import { Payout } from '../income/payout.entity.js';
import { PersonPay } from '../income/person-pay.entity.js';
import { SatisfactionResult } from '../satisfaction/satisfaction-result.entity.js';
import { Setting } from '../settings/setting.entity.js';
import { Reorganisation } from '../hierarchy/reorganisation.entity.js';
import { PlanStep } from '../hierarchy/plan-step.entity.js';
import { ReorganisationPlan } from '../hierarchy/reorganisation-plan.entity.js';
import { UnitLineage } from '../hierarchy/unit-lineage.entity.js';
import { UnitLink } from '../hierarchy/unit-link.entity.js';
import { Unit } from '../hierarchy/unit.entity.js';
import { Absence } from '../people/absence.entity.js';
import { Appointment } from '../people/appointment.entity.js';
import { Notification } from '../notification/notification.entity.js';
import { Person } from '../people/person.entity.js';
import { EvaluationSummary } from '../dashboard/evaluation-summary.entity.js';
import { FeedbackDaySummary } from '../dashboard/feedback-day-summary.entity.js';
import { FeedbackMonthSummary } from '../dashboard/feedback-month-summary.entity.js';
import { FeedbackSummaryEntry } from '../dashboard/feedback-summary-entry.entity.js';
import { FindingSummary } from '../dashboard/finding-summary.entity.js';
import { InitiativeSummary } from '../dashboard/initiative-summary.entity.js';

export const entities = [
  Unit,
  UnitLink,
  Reorganisation,
  ReorganisationPlan,
  PlanStep,
  UnitLineage,
  Person,
  Appointment,
  Absence,
  CalendarDay,
  User,
  AuthToken,
  LoginFailure,
  Setting,
  EvaluationPeriod,
  Evaluation,
  EvaluationEvent,
  QuotaException,
  UnitTarget,
  SatisfactionResult,
  DisciplineCase,
  IncomeCoefficient,
  PersonPay,
  Payout,
  FeedbackItem,
  FeedbackCycle,
  FeedbackAssignment,
  FeedbackProgress,
  FeedbackEvent,
  Inspection,
  InspectionMember,
  Finding,
  ResponsibilityReview,
  DisciplineDeferral,
  ForcingEvent,
  Initiative,
  InitiativeProposer,
  BoardMember,
  InitiativeRound,
  InitiativeVote,
  InitiativeEvent,
  AuditEntry,
  Attachment,
  AttachmentContent,
  Notification,
  EvaluationSummary,
  FindingSummary,
  InitiativeSummary,
  FeedbackDaySummary,
  FeedbackMonthSummary,
  FeedbackSummaryEntry,
];
