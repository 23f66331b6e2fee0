import type { EntityManager } from 'typeorm';
import {
  DISCIPLINE_FORM_LABELS_VI,
  type DisciplineForm,
  FORCING_EVENT_LABELS_VI,
  type ForcingEventKind,
} from '../inspection/inspection.enums.js';
import type { ServiceRecord } from './evaluation.rules.js';
import type { EvaluationPeriod } from './evaluation-period.entity.js';
import type { AbsenceKind } from '../people/people.enums.js';
import type { DaySpan } from '../common/dates.js';
import { queryRows } from '../common/queries.js';

/** R10: when a person was appointed in the period, and their absences in it, clipped to the period. */
export async function serviceRecord(
  em: EntityManager,
  personId: string,
  period: EvaluationPeriod,
): Promise<ServiceRecord> {
  const appointed = await queryRows<DaySpan>(
    em,
    `SELECT to_char(lower(r), 'YYYY-MM-DD') AS "from", to_char(upper(r), 'YYYY-MM-DD') AS "to" FROM (
       SELECT unnest(range_agg(daterange(valid_from, valid_to, '[)') * daterange($2::date, $3::date, '[]'))) AS r
         FROM appointment WHERE person_id = $1) t
      WHERE NOT isempty(r) ORDER BY 1`,
    [personId, period.startsOn, period.endsOn],
  );
  const absences = await queryRows<{ kind: AbsenceKind; from: string; to: string }>(
    em,
    `SELECT kind, to_char(lower(r), 'YYYY-MM-DD') AS "from", to_char(upper(r), 'YYYY-MM-DD') AS "to" FROM (
       SELECT kind, daterange(valid_from, valid_to, '[)') * daterange($2::date, $3::date, '[]') AS r
         FROM absence WHERE person_id = $1) t
      WHERE NOT isempty(r) ORDER BY 2`,
    [personId, period.startsOn, period.endsOn],
  );
  return { appointed, absences: absences.map(({ kind, from, to }) => ({ kind, span: { from, to } })) };
}

/**
 * R13: what forces NOT_COMPLETED when dated inside the period: discipline decisions (reprimand or heavier),
 * prosecution or detention, a finding of degradation.
 */
export async function forcingEvents(em: EntityManager, personId: string, period: EvaluationPeriod): Promise<string[]> {
  const rows = await queryRows<{ form: DisciplineForm; decided_on: string }>(
    em,
    `SELECT form, decided_on FROM discipline_case
      WHERE person_id = $1 AND form IS NOT NULL AND decided_on BETWEEN $2 AND $3 ORDER BY decided_on`,
    [personId, period.startsOn, period.endsOn],
  );
  const events = await queryRows<{ kind: ForcingEventKind; occurred_on: string; document: string }>(
    em,
    `SELECT kind, to_char(occurred_on, 'YYYY-MM-DD') AS occurred_on, document FROM forcing_event
      WHERE person_id = $1 AND occurred_on BETWEEN $2 AND $3 ORDER BY occurred_on`,
    [personId, period.startsOn, period.endsOn],
  );
  return [
    ...rows.map((row) => `Kỷ luật ${DISCIPLINE_FORM_LABELS_VI[row.form].toLowerCase()} ngày ${row.decided_on}`),
    ...events.map((event) => `${FORCING_EVENT_LABELS_VI[event.kind]} ngày ${event.occurred_on} (${event.document})`),
  ];
}
