import type { ResourceWithOptions } from 'adminjs';
import { EvaluationStatus, RatingLevel } from '../src/evaluation/evaluation.enums.js';
import { FeedbackStatus } from '../src/feedback/feedback.enums.js';
import { InitiativeStatus, type Vote } from '../src/initiative/initiative.enums.js';
import { FindingStatus, InspectionStatus } from '../src/inspection/inspection.enums.js';

/**
 * The colour of a status badge (admin/components/property-value.tsx): green done or approved, red overdue,
 * refused or failed, orange waiting for someone, blue under way, grey not started.
 */
export type Tone = 'success' | 'danger' | 'secondary' | 'info' | 'default';
type Tones<T extends string> = Record<T, Tone>;

const EVALUATION: Tones<EvaluationStatus> = {
  DRAFT: 'default',
  SELF_ASSESSED: 'secondary',
  REVIEWED: 'info',
  APPROVED: 'success',
  NOTIFIED: 'success',
  APPEALED: 'secondary',
  UPHELD: 'success',
  REVISED: 'success',
};
const LEVEL: Tones<RatingLevel> = {
  EXCELLENT: 'success',
  GOOD: 'success',
  COMPLETED: 'info',
  NOT_COMPLETED: 'danger',
  NOT_RATED: 'default',
};
const FEEDBACK: Tones<FeedbackStatus> = {
  RECEIVED: 'default',
  ASSIGNED: 'info',
  IN_PROGRESS: 'info',
  REPLIED: 'success',
  CLOSED: 'success',
  REJECTED: 'danger',
  REOPENED: 'secondary',
};
const INSPECTION: Tones<InspectionStatus> = {
  SCHEDULED: 'default',
  IN_PROGRESS: 'info',
  CONCLUDED: 'info',
  REMEDIATING: 'secondary',
  VERIFIED: 'success',
  ESCALATED: 'danger',
};
const FINDING: Tones<FindingStatus> = { OPEN: 'secondary', REPORTED: 'info', VERIFIED: 'success', ESCALATED: 'danger' };
const INITIATIVE: Tones<InitiativeStatus> = {
  DRAFT: 'default',
  SUBMITTED: 'info',
  UNDER_REVIEW: 'info',
  RETURNED: 'secondary',
  RECOMMENDED: 'success',
  NOT_RECOMMENDED: 'danger',
  APPROVED: 'success',
  REJECTED: 'danger',
  IMPLEMENTING: 'info',
  REPORTED: 'info',
  COMPLETED: 'success',
  NOT_COMPLETED: 'danger',
};
const VOTE: Tones<Vote> = { APPROVE: 'success', REJECT: 'danger', ABSTAIN: 'default' };
const OVERDUE = { true: 'danger', false: 'success' } as const;

/** The tones of each coloured property, by resource. */
export const STATUS_TONES: Record<string, Record<string, Record<string, Tone>>> = {
  EvaluationPeriod: { status: { OPEN: 'info', CLOSED: 'default' } },
  Evaluation: { status: EVALUATION, level: LEVEL, computedLevel: LEVEL },
  Payout: { level: LEVEL },
  FeedbackItem: { status: FEEDBACK, overdue: OVERDUE, dueProvisional: { true: 'secondary', false: 'default' } },
  Inspection: { status: INSPECTION },
  Finding: { status: FINDING },
  Initiative: { status: INITIATIVE, overdue: OVERDUE },
  InitiativeVote: { vote: VOTE },
  User: { active: { true: 'success', false: 'danger' } },
};

/** The resources with their coloured properties' tones handed to the browser (`custom.tones`). */
export function withStatusTones(resources: ResourceWithOptions[]): ResourceWithOptions[] {
  return resources.map((entry) => {
    const { options } = entry;
    const tones = STATUS_TONES[(entry.resource as { name: string }).name];
    if (!tones) return entry;
    const properties = { ...options.properties };
    for (const [path, byValue] of Object.entries(tones)) {
      properties[path] = { ...properties[path], custom: { ...properties[path]?.custom, tones: byValue } };
    }
    return { ...entry, options: { ...options, properties } };
  });
}
