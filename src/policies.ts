import { auditEntryPolicy } from './audit/audit.policy.js';
import { userPolicy } from './auth/auth.policy.js';
import type { Policy } from './auth/policy.js';
import { calendarDayPolicy } from './calendar/calendar.policy.js';
import {
  evaluationPeriodPolicy,
  evaluationPolicy,
  quotaExceptionPolicy,
  unitTargetPolicy,
} from './evaluation/evaluation.policy.js';
import { attachmentPolicy } from './files/files.policy.js';
import { feedbackAssignmentPolicy, feedbackItemPolicy } from './feedback/feedback.policy.js';
import {
  planPolicy,
  planStepPolicy,
  reorganisationPolicy,
  unitLineagePolicy,
  unitLinkPolicy,
  unitPolicy,
} from './hierarchy/hierarchy.policy.js';
import { incomeCoefficientPolicy, payoutPolicy, personPayPolicy } from './income/income.policy.js';
import { boardMemberPolicy, initiativePolicy, initiativeVotePolicy } from './initiative/initiative.policy.js';
import {
  disciplineCasePolicy,
  disciplineDeferralPolicy,
  findingPolicy,
  forcingEventPolicy,
  inspectionPolicy,
  responsibilityReviewPolicy,
} from './inspection/inspection.policy.js';
import { absencePolicy, appointmentPolicy, personPolicy } from './people/people.policy.js';
import { satisfactionResultPolicy } from './satisfaction/satisfaction.policy.js';
import { settingPolicy } from './settings/settings.policy.js';

/** Every policy, by the entity (and admin resource) it governs: a resource without one cannot be registered. */
export const POLICIES: ReadonlyMap<string, Policy> = new Map(
  [
    unitPolicy,
    unitLinkPolicy,
    reorganisationPolicy,
    planPolicy,
    planStepPolicy,
    unitLineagePolicy,
    personPolicy,
    appointmentPolicy,
    absencePolicy,
    evaluationPeriodPolicy,
    evaluationPolicy,
    quotaExceptionPolicy,
    unitTargetPolicy,
    satisfactionResultPolicy,
    incomeCoefficientPolicy,
    personPayPolicy,
    payoutPolicy,
    settingPolicy,
    feedbackItemPolicy,
    feedbackAssignmentPolicy,
    inspectionPolicy,
    findingPolicy,
    responsibilityReviewPolicy,
    disciplineCasePolicy,
    disciplineDeferralPolicy,
    forcingEventPolicy,
    initiativePolicy,
    initiativeVotePolicy,
    boardMemberPolicy,
    userPolicy,
    auditEntryPolicy,
    calendarDayPolicy,
    attachmentPolicy,
  ].map((policy) => [policy.resource, policy]),
);
