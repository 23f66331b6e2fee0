import { AuditEntry } from '../audit/audit-entry.entity.js';
import { AuthToken } from '../auth/auth-token.entity.js';
import { LoginFailure } from '../auth/login-failure.entity.js';
import { User } from '../auth/user.entity.js';
import { CalendarDay } from '../calendar/calendar-day.entity.js';
import { Attachment, AttachmentContent } from '../files/attachment.entities.js';
import { EvaluationEvent } from '../evaluation/evaluation-event.entity.js';
import { EvaluationPeriod } from '../evaluation/evaluation-period.entity.js';
import { Evaluation } from '../evaluation/evaluation.entity.js';
import { QuotaException } from '../evaluation/quota-exception.entity.js';
import { UnitTarget } from '../evaluation/unit-target.entity.js';
import {
  FeedbackAssignment,
  FeedbackCycle,
  FeedbackEvent,
  FeedbackItem,
  FeedbackProgress,
} from '../feedback/feedback.entities.js';
import {
  BoardMember,
  Initiative,
  InitiativeEvent,
  InitiativeProposer,
  InitiativeRound,
  InitiativeVote,
} from '../initiative/initiative.entities.js';
import { Finding, Inspection, InspectionMember, ResponsibilityReview } from '../inspection/inspection.entities.js';
import { DisciplineCase, DisciplineDeferral } from '../inspection/discipline-case.entity.js';
import { ForcingEvent } from '../inspection/forcing-event.entity.js';
import { IncomeCoefficient, Payout, PersonPay } from '../income/income.entities.js';
import { SatisfactionResult } from '../satisfaction/satisfaction-result.entity.js';
import { Setting } from '../settings/setting.entity.js';
import { Reorganisation } from '../hierarchy/reorganisation.entity.js';
import { PlanStep, ReorganisationPlan, UnitLineage } from '../hierarchy/plan.entities.js';
import { UnitLink } from '../hierarchy/unit-link.entity.js';
import { Unit } from '../hierarchy/unit.entity.js';
import { Absence } from '../people/absence.entity.js';
import { Appointment } from '../people/appointment.entity.js';
import { Notification } from '../notification/notification.entity.js';
import { Person } from '../people/person.entity.js';
import {
  EvaluationSummary,
  FeedbackDaySummary,
  FeedbackMonthSummary,
  FeedbackSummaryEntry,
  FindingSummary,
  InitiativeSummary,
} from '../dashboard/summary.entities.js';

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
