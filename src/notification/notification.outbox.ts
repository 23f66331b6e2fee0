import type { EntityManager } from 'typeorm';
import { queryOne, queryRows } from '../common/queries.js';
import { proposerIdsOf } from '../initiative/initiative.queries.js';
import { periodName } from '../evaluation/period.rules.js';
import type { EvaluationPeriod } from '../evaluation/evaluation-period.entity.js';
import type { InitiativeStatus } from '../initiative/initiative.enums.js';
import { evaluationStepMessage, initiativeResultMessage, type Message } from './notification.rules.js';

/** The panel's page of a record: where a notification leads, in the inbox and in its e-mail. */
export const recordLink = (resource: string, id: string) => `/admin/resources/${resource}/records/${id}/show`;

/** A notification to be written: for a person (each of their active accounts) or for one user. */
export interface Outgoing {
  personId?: string | null;
  userId?: string | null;
  message: Message;
  link: string | null;
  subject: { table: string; id: string };
  /** reminders carry one, so that the same reminder is never written twice for a user */
  dedupeKey?: string | null;
}

/**
 * Writes notifications in the caller's transaction (so that a change rolled back tells nobody), in one statement
 * however many: a user reached twice by one item (as a proposer and as its author) gets it once. Accounts
 * archived or inactive get nothing. The e-mail job sends them later.
 */
export async function enqueue(em: EntityManager, items: readonly Outgoing[]): Promise<number> {
  if (items.length === 0) return 0;
  const column = <T>(pick: (item: Outgoing) => T) => items.map(pick);
  const row = await queryOne<{ n: number }>(
    em,
    `WITH m AS (
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::uuid[], $9::text[])
         AS m(person_id, user_id, kind, title, body, link, subject_table, subject_id, dedupe_key)
     ), written AS (
       INSERT INTO notification (recipient_user_id, kind, title, body, link, subject_table, subject_id, dedupe_key)
       SELECT DISTINCT ON (u.id, m.subject_id, m.kind, m.title) u.id, m.kind::notification_kind, m.title, m.body, m.link, m.subject_table, m.subject_id, m.dedupe_key
         FROM m JOIN app_user u ON (u.id = m.user_id OR u.person_id = m.person_id) AND u.active AND u.archived_at IS NULL
       ON CONFLICT (recipient_user_id, dedupe_key) DO NOTHING
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM written`,
    [
      column((item) => item.personId ?? null),
      column((item) => item.userId ?? null),
      column((item) => item.message.kind),
      column((item) => item.message.title),
      column((item) => item.message.body),
      column((item) => item.link),
      column((item) => item.subject.table),
      column((item) => item.subject.id),
      column((item) => item.dedupeKey ?? null),
    ],
  );
  return row?.n ?? 0;
}

export interface EvaluationStep {
  id: string;
  personId: string;
  raterPersonId: string | null;
}

/** Tells the person rated (or the rater who now has work) of a step of the workflow, for one or many evaluations. */
export async function announceEvaluationSteps(
  em: EntityManager,
  period: EvaluationPeriod,
  evaluations: readonly EvaluationStep[],
  action: string,
  reason: string | null,
): Promise<void> {
  const names = new Map<string, string>();
  const sample = evaluationStepMessage(action, { periodName: '', personName: '', reason });
  if (!sample || evaluations.length === 0) return;
  if (sample.to === 'rater') {
    const rows = await queryRows<{ id: string; fullName: string }>(
      em,
      `SELECT id, full_name AS "fullName" FROM person WHERE id = ANY($1::uuid[])`,
      [evaluations.map((e) => e.personId)],
    );
    for (const row of rows) names.set(row.id, row.fullName);
  }
  const items = evaluations.flatMap((evaluation): Outgoing[] => {
    const step = evaluationStepMessage(action, {
      periodName: periodName(period),
      personName: names.get(evaluation.personId) ?? '',
      reason,
    });
    const personId = step?.to === 'rater' ? evaluation.raterPersonId : evaluation.personId;
    if (!step || !personId) return [];
    return [
      {
        personId,
        message: step.message,
        link: recordLink('Evaluation', evaluation.id),
        subject: { table: 'evaluation', id: evaluation.id },
      },
    ];
  });
  await enqueue(em, items);
}

/** Tells an initiative's proposers and the user who registered it of its result (R27, the decision, R28). */
export async function announceInitiativeResult(
  em: EntityManager,
  initiative: { id: string; title: string; createdByUserId: string | null },
  status: InitiativeStatus,
): Promise<void> {
  const message = initiativeResultMessage(status, initiative.title);
  if (!message) return;
  const proposers = await proposerIdsOf(em, initiative.id);
  const about = {
    link: recordLink('Initiative', initiative.id),
    subject: { table: 'initiative', id: initiative.id },
    message,
  };
  await enqueue(em, [
    ...proposers.map((personId) => ({ ...about, personId })),
    ...(initiative.createdByUserId ? [{ ...about, userId: initiative.createdByUserId }] : []),
  ]);
}
