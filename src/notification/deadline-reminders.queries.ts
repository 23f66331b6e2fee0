import type { EntityManager } from 'typeorm';
import { CITY_TIME_ZONE } from '../common/dates.js';
import { periodName } from '../evaluation/period.rules.js';
import { EvaluationStatus, PeriodStatus, type PeriodKind } from '../evaluation/evaluation.enums.js';
import { queryRows } from '../common/queries.js';
import { HANDLED_STATUSES } from '../feedback/feedback.enums.js';
import { InitiativeStatus } from '../initiative/initiative.enums.js';
import { UNDER_BOARD_REVIEW } from '../initiative/initiative.enums.js';
import { FindingStatus } from '../inspection/inspection.enums.js';
import { Position } from '../people/people.enums.js';
import { deadlineMessage, type DeadlineSubject } from './notification.rules.js';
import { recordLink, type Outgoing } from './notification.outbox.js';

/** One deadline falling on one of the days asked, and who is to be reminded of it. */
interface Due {
  subject: DeadlineSubject;
  table: string;
  resource: string;
  id: string;
  dueDay: string;
  what: string;
  personId?: string | null;
  userId?: string | null;
}

/** An initiative's deadline and the board member (or chair) it waits on. */
interface InitiativeDue {
  id: string;
  title: string;
  due_day: string;
  user_id: string;
}

const initiativeDeadline = (subject: DeadlineSubject, row: InitiativeDue): Due => ({
  subject,
  table: 'initiative',
  resource: 'Initiative',
  id: row.id,
  dueDay: row.due_day,
  what: `sáng kiến "${row.title}"`,
  userId: row.user_id,
});

/** The steps of an evaluation that wait on a period's deadline, and whether the rater (or the person) is awaited. */
const STAGES: Partial<Record<EvaluationStatus, { subject: DeadlineSubject; rater: boolean }>> = {
  [EvaluationStatus.DRAFT]: { subject: 'selfAssessment', rater: false },
  [EvaluationStatus.SELF_ASSESSED]: { subject: 'rating', rater: true },
  [EvaluationStatus.REVIEWED]: { subject: 'approval', rater: true },
};

/** "the heads of unit `column` on $2": acting or not, as who answers for the unit's work */
const headOf = (column: string) =>
  `JOIN appointment a ON a.unit_id = ${column} AND a.position = $3 AND a.valid_from <= $2::date AND (a.valid_to IS NULL OR a.valid_to > $2::date)`;

/**
 * Every deadline due on one of `days` that is still open, with whom it waits for: the self-assessment (the
 * person), the rating and the approval (the rater) of a running period; a 1022 item's reply and a finding's
 * remediation (the head of the unit assigned or responsible, on `today`); a board review (each eligible member
 * who has not voted); the evaluation of an initiative's result report (the board's chair).
 */
async function deadlinesOn(em: EntityManager, days: readonly string[], today: string): Promise<Due[]> {
  const headsToday = [days, today, Position.HEAD];
  const evaluations = await queryRows<{
    id: string;
    status: EvaluationStatus;
    person_id: string;
    rater_person_id: string | null;
    kind: PeriodKind;
    year: number;
    quarter: number | null;
    month: number | null;
    deadline: string;
    full_name: string;
  }>(
    em,
    `SELECT e.id, e.status, e.person_id, e.rater_person_id, p.kind, p.year, p.quarter, p.month, p.deadline::text AS deadline, pe.full_name
         FROM evaluation e JOIN evaluation_period p ON p.id = e.period_id JOIN person pe ON pe.id = e.person_id
        WHERE p.status = $2 AND p.deadline = ANY($1::date[]) AND e.status = ANY($3::evaluation_status[])`,
    [days, PeriodStatus.OPEN, Object.keys(STAGES)],
  );
  const feedback = await queryRows<{ id: string; reference: string; due_day: string; person_id: string }>(
    em,
    `SELECT f.id, f.reference, (f.due_at AT TIME ZONE '${CITY_TIME_ZONE}')::date::text AS due_day, a.person_id
       FROM feedback_item f ${headOf('f.unit_id')}
      WHERE (f.due_at AT TIME ZONE '${CITY_TIME_ZONE}')::date = ANY($1::date[]) AND NOT (f.status = ANY($4::feedback_status[]))`,
    [...headsToday, HANDLED_STATUSES],
  );
  const findings = await queryRows<{ id: string; text: string; due_day: string; person_id: string }>(
    em,
    `SELECT f.id, f.text, f.due_date::text AS due_day, a.person_id
       FROM finding f ${headOf('f.responsible_unit_id')}
      WHERE f.due_date = ANY($1::date[]) AND f.status = $4`,
    [...headsToday, FindingStatus.OPEN],
  );
  const reviews = await queryRows<InitiativeDue>(
    em,
    `SELECT i.id, i.title, i.review_due_on::text AS due_day, member.user_id
       FROM initiative i JOIN initiative_round r ON r.initiative_id = i.id AND r.round = i.round
       CROSS JOIN LATERAL unnest(r.eligible_user_ids) AS member(user_id)
      WHERE i.status = ANY($2::initiative_status[]) AND i.review_due_on = ANY($1::date[])
        AND NOT EXISTS (SELECT 1 FROM initiative_vote v WHERE v.initiative_id = i.id AND v.round = i.round AND v.user_id = member.user_id)`,
    [days, UNDER_BOARD_REVIEW],
  );
  const results = await queryRows<InitiativeDue>(
    em,
    `SELECT i.id, i.title, i.evaluation_due_on::text AS due_day, r.chair_user_id AS user_id
       FROM initiative i JOIN initiative_round r ON r.initiative_id = i.id AND r.round = i.round
      WHERE i.status = $2 AND i.evaluation_due_on = ANY($1::date[]) AND r.chair_user_id IS NOT NULL`,
    [days, InitiativeStatus.REPORTED],
  );
  return [
    ...evaluations.flatMap((row) => {
      const stage = STAGES[row.status];
      if (!stage) return [];
      const period = periodName({
        kind: row.kind,
        year: row.year,
        quarter: row.quarter ?? undefined,
        month: row.month ?? undefined,
      });
      return {
        subject: stage.subject,
        table: 'evaluation',
        resource: 'Evaluation',
        id: row.id,
        dueDay: row.deadline,
        what: stage.rater ? `phiếu của ${row.full_name}, kỳ ${period}` : `phiếu đánh giá kỳ ${period}`,
        personId: stage.rater ? row.rater_person_id : row.person_id,
      };
    }),
    ...feedback.map((row) => ({
      subject: 'feedback' as const,
      table: 'feedback_item',
      resource: 'FeedbackItem',
      id: row.id,
      dueDay: row.due_day,
      what: `phản ánh số ${row.reference}`,
      personId: row.person_id,
    })),
    ...findings.map((row) => ({
      subject: 'remediation' as const,
      table: 'finding',
      resource: 'Finding',
      id: row.id,
      dueDay: row.due_day,
      what: shorten(row.text),
      personId: row.person_id,
    })),
    ...reviews.map((row) => initiativeDeadline('boardReview', row)),
    ...results.map((row) => initiativeDeadline('resultEvaluation', row)),
  ];
}

const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** The reminders of `days` as notifications, each with a key that makes it once per user, deadline and moment. */
export async function reminders(em: EntityManager, days: readonly string[], today: string): Promise<Outgoing[]> {
  if (days.length === 0) return [];
  return (await deadlinesOn(em, days, today)).map((due) => {
    const message = deadlineMessage(due.subject, due.dueDay, today, due.what);
    return {
      personId: due.personId ?? null,
      userId: due.userId ?? null,
      message,
      link: recordLink(due.resource, due.id),
      subject: { table: due.table, id: due.id },
      dedupeKey: `${due.subject}:${due.id}:${due.dueDay}:${message.kind}`,
    };
  });
}
