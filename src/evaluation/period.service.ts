import type { DataSource, EntityManager } from 'typeorm';
import { cityDayOf } from '../common/dates.js';
import { BadInputError, InvalidStateError } from '../common/errors.js';
import { findOrNotFound, type NotFoundLabel } from '../common/find.js';
import { affectedRows } from '../common/queries.js';
import { inTransaction } from '../common/transaction.js';
import { UnitKind } from '../hierarchy/hierarchy.enums.js';
import { Position, StaffType } from '../people/people.enums.js';
import type { Clock } from '../context.js';
import type { IncomeService } from '../income/income.service.js';
import { loadSettings } from '../settings/settings.js';
import { APPROVED_STATUSES, PeriodKind, PeriodStatus } from './evaluation.enums.js';
import { EvaluationPeriod } from './evaluation-period.entity.js';
import { listPeriods, pendingGroupsOf, unratedOf } from './evaluation.queries.js';
import { periodDates, periodShapeProblems, ruleSetsOf, type PeriodRequest } from './period.rules.js';
import { CITY_HEAD_WARNING, NO_RATER_WARNING } from '../people/people.rules.js';

export const PERIOD: NotFoundLabel = ['kỳ đánh giá', 'Evaluation period'];

/** The period, or NOT_FOUND; `lock` takes it for update until the transaction ends. */
export function requirePeriod(em: EntityManager, id: string, lock = false): Promise<EvaluationPeriod> {
  return findOrNotFound(em, EvaluationPeriod, id, PERIOD, { lock });
}

/**
 * Opening creates one evaluation per person appointed in the period, at the unit held on its last day, with
 * the rater of R5 (on the last day, or today for a running period) and the rule set of R7 — one statement.
 * The rater walk mirrors chooseRater() in people.rules.ts; an e2e test holds the two together. Parameters: $1 the
 * period, $2–$3 its days, $4 the rater's day, $5–$6 the rule sets (R7), $7 the city's unit kind, $8–$9 the
 * warnings, $10 positions in order of precedence, $11 the head's position, $12 the civil servants' staff type.
 */
const OPEN_SQL = `
WITH RECURSIVE
chosen AS (
  SELECT DISTINCT ON (a.person_id) a.person_id, a.unit_id, a.position, p.staff_type
    FROM appointment a JOIN person p ON p.id = a.person_id
   WHERE a.valid_from <= $3::date AND (a.valid_to IS NULL OR a.valid_to > $2::date)
   ORDER BY a.person_id,
            (a.valid_from <= $3::date AND (a.valid_to IS NULL OR a.valid_to > $3::date)) DESC,
            a.acting,
            array_position($10::"position"[], a.position),
            a.valid_from DESC
),
chain(unit_id, ancestor_id, depth) AS (
  SELECT DISTINCT unit_id, unit_id, 0 FROM chosen
  UNION ALL
  SELECT c.unit_id, l.parent_id, c.depth + 1
    FROM chain c JOIN unit_link l ON l.unit_id = c.ancestor_id
     AND l.valid_from <= $4::date AND (l.valid_to IS NULL OR l.valid_to > $4::date)
   WHERE c.depth < 64
),
heads AS (
  SELECT DISTINCT ON (unit_id) unit_id, person_id FROM appointment
   WHERE position = $11::"position" AND valid_from <= $4::date AND (valid_to IS NULL OR valid_to > $4::date)
   ORDER BY unit_id, acting
),
raters AS (
  SELECT DISTINCT ON (ch.person_id) ch.person_id, h.person_id AS rater_person_id, c.ancestor_id AS rater_unit_id,
         c.depth > (CASE WHEN ch.position = $11::"position" THEN 1 ELSE 0 END) AS skipped
    FROM chosen ch
    JOIN chain c ON c.unit_id = ch.unit_id AND c.depth >= (CASE WHEN ch.position = $11::"position" THEN 1 ELSE 0 END)
    JOIN heads h ON h.unit_id = c.ancestor_id AND h.person_id <> ch.person_id
   ORDER BY ch.person_id, c.depth
)
INSERT INTO evaluation (period_id, person_id, unit_id, position, staff_type, rule_set, rater_person_id, rater_unit_id, rater_as_of, warnings)
SELECT $1, ch.person_id, ch.unit_id, ch.position, ch.staff_type,
       CASE WHEN ch.staff_type = $12::staff_type THEN $5::rule_set ELSE $6::rule_set END,
       r.rater_person_id, r.rater_unit_id, $4::date,
       CASE
         WHEN r.person_id IS NULL AND ch.position = $11::"position" AND cu.kind = $7::unit_kind THEN jsonb_build_array($8::text)
         WHEN r.person_id IS NULL THEN jsonb_build_array($9::text)
         WHEN r.skipped THEN jsonb_build_array('Đơn vị cấp trên trực tiếp chưa có người đứng đầu: người đứng đầu ' || ru.name || ' đánh giá thay.')
         ELSE '[]'::jsonb
       END
  FROM chosen ch
  LEFT JOIN raters r ON r.person_id = ch.person_id
  LEFT JOIN unit ru ON ru.id = r.rater_unit_id
  JOIN unit cu ON cu.id = ch.unit_id`;

/** Periods: open (one statement for the whole city), close (final checks, payouts for a QUARTER, lock). */
export class PeriodService {
  constructor(
    private readonly db: DataSource,
    private readonly income: IncomeService,
    private readonly now: Clock,
  ) {}

  /** One page of periods, the newest first unless `orderBy` says otherwise. */
  list(filter: Parameters<typeof listPeriods>[1], offset: number, limit: number) {
    return listPeriods(this.db.manager, filter, offset, limit);
  }

  /** The period, or NOT_FOUND. */
  get(id: string): Promise<EvaluationPeriod> {
    return requirePeriod(this.db.manager, id);
  }

  open(request: PeriodRequest, userId: string | null): Promise<{ period: EvaluationPeriod; evaluations: number }> {
    const problems = periodShapeProblems(request);
    if (problems.length > 0) return Promise.reject(new BadInputError(problems, 'Invalid period.'));
    return inTransaction(this.db, async (em) => {
      const settings = await loadSettings(em);
      const dates = periodDates(request, {
        annualDeadline: settings['evaluation.annualDeadline'],
        quarterDeadlineDay: settings['evaluation.quarterDeadlineDay'],
      });
      const period = await em.save(
        EvaluationPeriod.create({
          kind: request.kind,
          year: request.year,
          quarter: request.kind === PeriodKind.QUARTER ? (request.quarter ?? null) : null,
          month: request.kind === PeriodKind.MONTH ? (request.month ?? null) : null,
          ...dates,
          status: PeriodStatus.OPEN,
          openedByUserId: userId,
        }),
      );
      const today = cityDayOf(this.now());
      const raterDay = today < dates.endsOn ? (today > dates.startsOn ? today : dates.startsOn) : dates.endsOn;
      const ruleSets = ruleSetsOf(request.kind, request.year, settings['evaluation.nonCivilServantYearRuleSet']);
      const evaluations = await affectedRows(em, OPEN_SQL, [
        period.id,
        dates.startsOn,
        dates.endsOn,
        raterDay,
        ruleSets.civilServants,
        ruleSets.others,
        UnitKind.CITY,
        CITY_HEAD_WARNING,
        NO_RATER_WARNING,
        [Position.HEAD, Position.DEPUTY, Position.STAFF],
        Position.HEAD,
        StaffType.CONG_CHUC,
      ]);
      return { period, evaluations };
    });
  }

  /** Every rated evaluation must be approved; a QUARTER's payouts are computed; then nothing changes but appeals. */
  close(id: string): Promise<EvaluationPeriod> {
    return inTransaction(this.db, async (em) => {
      const period = await requirePeriod(em, id, true);
      if (period.status === PeriodStatus.CLOSED)
        throw new InvalidStateError('Kỳ đánh giá đã khoá.', 'The period is already closed.');
      const waiting = await pendingGroupsOf(em, period.id, APPROVED_STATUSES);
      const pending = waiting.reduce((sum, row) => sum + row.pending, 0);
      if (pending > 0) {
        const shown = waiting.slice(0, 10).map((row) => `${row.unit_name} (${String(row.pending)})`);
        const more = waiting.length > 10 ? `, và ${String(waiting.length - 10)} nhóm khác` : '';
        throw new InvalidStateError(
          `Còn ${String(pending)} phiếu đánh giá chưa được phê duyệt: chưa thể khoá kỳ. ` +
            `Các nhóm đánh giá còn phiếu chờ: ${shown.join(', ')}${more}.`,
          `${String(pending)} evaluations are not approved yet, in ${String(waiting.length)} rating groups.`,
          { waiting: waiting.map((row) => ({ unitName: row.unit_name, pending: row.pending })) },
        );
      }
      const unrated = await unratedOf(em, period.id);
      if (unrated.length > 0) {
        const names = unrated.map((row) => `${row.full_name} (${row.unit_name})`).join(', ');
        throw new InvalidStateError(
          `Còn ${String(unrated.length)} phiếu chưa có người có thẩm quyền đánh giá: ${names}.`,
          `${String(unrated.length)} evaluations have no rater.`,
        );
      }
      if (period.kind === PeriodKind.QUARTER) await this.income.computePayouts(em, period);
      period.status = PeriodStatus.CLOSED;
      period.closedAt = this.now();
      return em.save(period);
    });
  }
}
