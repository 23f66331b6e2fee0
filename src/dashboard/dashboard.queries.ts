import type { EntityManager } from 'typeorm';
import { RatingLevel, type EvaluationStatus } from '../evaluation/evaluation.enums.js';
import type { InitiativeStatus } from '../initiative/initiative.enums.js';
import { FindingStatus } from '../inspection/inspection.enums.js';
import { firstSourceResultsSql } from '../satisfaction/satisfaction.queries.js';
import { endOfCityDay, wholeMonths } from '../common/dates.js';
import { queryFirst, queryOne, queryRows } from '../common/queries.js';
import { SqlParams } from '../common/sql-params.js';
import { entityColumns } from '../common/paged-query.js';
import { EvaluationPeriod } from '../evaluation/evaluation-period.entity.js';
import { ofKindSql, SUBTREE_IDS } from '../hierarchy/tree.queries.js';
import { Unit } from '../hierarchy/unit.entity.js';
import type { UnitKind } from '../hierarchy/hierarchy.enums.js';
import type { FeedbackStatsResult } from '../feedback/feedback.queries.js';
import { onTimeRate, satisfactionPercent } from '../feedback/feedback.rules.js';

/** The summary's level of an evaluation not rated yet. */
const UNRATED_IN_SUMMARY = 'NONE';

/** What a subtree's dashboard counts besides the 1022 record, from the summaries kept in step. */
export interface SubtreeCounts {
  /** evaluations of the period by level (null: not rated) and status */
  levels: Array<{ level: RatingLevel | null; status: EvaluationStatus; count: number }>;
  /** findings not yet verified */
  openFindings: number;
  /** initiatives by status */
  initiatives: Array<{ status: InitiativeStatus; count: number }>;
}

/** A dashboard's figures: its counts, and R22 for the units whose 1022 record it shows. */
export interface DashboardFigures extends SubtreeCounts {
  feedback: FeedbackStatsResult;
}

/**
 * A dashboard's figures in one statement: the evaluations of the period, open findings and initiatives of
 * `unitIds`, and R22 over [from, to] for `feedbackUnitIds` (the same units, or with lineage their predecessors too).
 */
export async function dashboardFigures(
  em: EntityManager,
  periodId: string,
  unitIds: readonly string[],
  feedback: { unitIds: readonly string[]; from: string; to: string },
): Promise<DashboardFigures> {
  const params = new SqlParams();
  const [period, units, unrated, verified] = [periodId, unitIds, UNRATED_IN_SUMMARY, FindingStatus.VERIFIED].map(
    (value) => params.add(value),
  );
  const stats = feedbackStatsSql(params, feedback.unitIds, feedback.from, feedback.to);
  const row = await queryFirst<SubtreeCounts & { feedback: FeedbackSummaryRow }>(
    em,
    `SELECT
       (SELECT coalesce(json_agg(l), '[]') FROM (
          SELECT NULLIF(level, ${unrated}) AS level, status, sum(count)::int AS count FROM evaluation_summary
           WHERE period_id = ${period} AND unit_id = ANY(${units}::uuid[]) GROUP BY level, status HAVING sum(count) > 0) l
       ) AS levels,
       (SELECT coalesce(sum(count), 0)::int FROM finding_summary
         WHERE unit_id = ANY(${units}::uuid[]) AND status <> ${verified}) AS "openFindings",
       (SELECT coalesce(json_agg(i ORDER BY i.status), '[]') FROM (
          SELECT status, sum(count)::int AS count FROM initiative_summary
           WHERE unit_id = ANY(${units}::uuid[]) GROUP BY status HAVING sum(count) > 0) i
       ) AS initiatives,
       (SELECT row_to_json(s) FROM (${stats}) s) AS feedback`,
    params.values,
  );
  return { ...row, feedback: feedbackStatsOf(row.feedback) };
}

/** What a dashboard is of: the period, the unit, and the unit's subtree on the period's last day (null: no such row). */
export interface DashboardScope {
  period: EvaluationPeriod | null;
  unit: Unit | null;
  unitIds: string[];
}

/** A dashboard's period, unit and subtree in one statement (a null id finds nothing). */
export async function dashboardScope(
  em: EntityManager,
  periodId: string | null,
  unitId: string | null,
): Promise<DashboardScope> {
  const period = entityColumns(em, EvaluationPeriod, 'p', 'p_');
  const unit = entityColumns(em, Unit, 'u', 'u_');
  const row = await queryOne<Record<string, unknown> & { unit_ids: string[] | null }>(
    em,
    `SELECT ${period.select}, ${unit.select},
            CASE WHEN p.id IS NOT NULL AND u.id IS NOT NULL THEN ARRAY(${SUBTREE_IDS('u.id', 'p.ends_on')}) END AS unit_ids
       FROM (VALUES (1)) one (x)
       LEFT JOIN evaluation_period p ON p.id = $1::uuid
       LEFT JOIN unit u ON u.id = $2::uuid`,
    [periodId, unitId],
  );
  return row
    ? { period: period.read(row), unit: unit.read(row), unitIds: row.unit_ids ?? [] }
    : { period: null, unit: null, unitIds: [] };
}

/** R22's counts as `feedbackStatsSql` answers them (bigint sums, as PostgreSQL's JSON numbers). */
interface FeedbackSummaryRow {
  due: string | number;
  on_time: string | number;
  items_due: string | number;
  late: string | number;
  overdue: string | number;
}

/**
 * R22 for a set of units over [from, to] from the summaries: for what fell due, the range's whole months from the
 * month summary and its other days from the day summary; for what was open past due at its end, the months before
 * `to`'s month and its days up to `to`. Items reopened
 * (more than one cycle) count once in Decision 766's figure, so they are recounted from their cycles — the
 * partial index keeps that to the reopened ones. The raw count (`feedbackStats` in feedback.queries.ts) is the
 * reference the property test compares with. One row, its values added to `params`.
 */
function feedbackStatsSql(params: SqlParams, unitIds: readonly string[], from: string, to: string): string {
  const [first, after] = wholeMonths(from, to);
  const units = params.add(unitIds);
  const [fromDay, toDay, toMonth] = [from, to, `${to.slice(0, 7)}-01`].map((day) => params.add(day));
  const [dueFrom, dueTo] = [new Date(`${from}T00:00:00+07:00`), endOfCityDay(to)].map((at) => params.add(at));
  const [wholeFrom, wholeTo] = [first, after].map((day) => params.add(day));
  return `WITH reopened AS (
       SELECT c.item_id, (c.citizen_satisfied IS FALSE OR c.replied_at IS NULL OR c.replied_at > c.due_at) AS late_or_unsatisfied,
              (SELECT a.unit_id FROM feedback_assignment a WHERE a.item_id = c.item_id AND a.assigned_at <= c.due_at
                ORDER BY a.assigned_at DESC LIMIT 1) AS due_unit
         FROM feedback_cycle c
        WHERE c.item_id IN (SELECT item_id FROM feedback_cycle WHERE number > 1) AND c.due_at BETWEEN ${dueFrom} AND ${dueTo}
     )
     SELECT d.due, d.on_time, d.items_due + r.items_due AS items_due, d.late + r.late AS late,
            (SELECT coalesce(sum(overdue_delta), 0) FROM feedback_month_summary WHERE unit_id = ANY(${units}::uuid[]) AND month < ${toMonth}::date)
            + (SELECT coalesce(sum(overdue_delta), 0) FROM feedback_day_summary WHERE unit_id = ANY(${units}::uuid[]) AND day BETWEEN ${toMonth}::date AND ${toDay}::date) AS overdue
       FROM (SELECT coalesce(sum(due), 0) AS due, coalesce(sum(on_time), 0) AS on_time, coalesce(sum(items_due), 0) AS items_due,
                    coalesce(sum(items_late_or_unsatisfied), 0) AS late
               FROM (SELECT due, on_time, items_due, items_late_or_unsatisfied FROM feedback_month_summary
                      WHERE unit_id = ANY(${units}::uuid[]) AND month >= ${wholeFrom}::date AND month < ${wholeTo}::date
                     UNION ALL
                     SELECT due, on_time, items_due, items_late_or_unsatisfied FROM feedback_day_summary
                      WHERE unit_id = ANY(${units}::uuid[]) AND day >= ${fromDay}::date AND day < ${wholeFrom}::date
                     UNION ALL
                     SELECT due, on_time, items_due, items_late_or_unsatisfied FROM feedback_day_summary
                      WHERE unit_id = ANY(${units}::uuid[]) AND day >= ${wholeTo}::date AND day <= ${toDay}::date) counted) d,
            (SELECT count(DISTINCT item_id) AS items_due, count(DISTINCT item_id) FILTER (WHERE late_or_unsatisfied) AS late
               FROM reopened WHERE due_unit = ANY(${units}::uuid[])) r`;
}

function feedbackStatsOf(row: FeedbackSummaryRow): FeedbackStatsResult {
  const counts = { due: Number(row.due), onTime: Number(row.on_time), overdueAtEnd: Number(row.overdue) };
  return {
    ...counts,
    onTimeRate: onTimeRate(counts),
    satisfactionPercent: satisfactionPercent(Number(row.items_due), Number(row.late)),
  };
}

/** R22 for a set of units over [from, to] from the summaries kept in step (see `feedbackStatsSql`). */
export async function summarisedFeedbackStats(
  em: EntityManager,
  unitIds: readonly string[],
  from: string,
  to: string,
): Promise<FeedbackStatsResult> {
  const params = new SqlParams();
  const sql = feedbackStatsSql(params, unitIds, from, to);
  return feedbackStatsOf(await queryFirst<FeedbackSummaryRow>(em, sql, params.values));
}

export interface RankingRow {
  unitId: string;
  /** 1 + the number of units strictly ahead: equal values share a rank */
  rank: number;
  value: number | null;
  count: number;
  approximate?: boolean;
}

/**
 * Units of a kind by their satisfaction in the period (the first source present in `sourceOrder`, the setting the
 * head inputs use), best first; equal values share a rank (SQL RANK()).
 */
export function satisfactionRanking(
  em: EntityManager,
  periodId: string,
  sourceOrder: readonly string[],
  kind: UnitKind | null,
  limit: number,
): Promise<RankingRow[]> {
  return queryRows<RankingRow>(
    em,
    `SELECT r.unit_id AS "unitId", r.percent::float AS value, r.sample_size AS count,
            rank() OVER (ORDER BY r.percent DESC NULLS LAST)::int AS rank
       FROM (${firstSourceResultsSql('$1', '$4')}) r JOIN unit u ON u.id = r.unit_id
      WHERE ${ofKindSql('u', kind, '$2')}
      ORDER BY rank, count DESC, r.unit_id LIMIT $3`,
    [periodId, kind, limit, sourceOrder],
  );
}

/**
 * Units of a kind by their share of EXCELLENT among rated evaluations, counting only groups of at least `minGroup`;
 * the share is ranked as shown (percent to 2 decimals), so equal shown shares share a rank (SQL RANK()).
 */
export function excellentRanking(
  em: EntityManager,
  periodId: string,
  ratedStatuses: readonly EvaluationStatus[],
  kind: UnitKind | null,
  minGroup: number,
  limit: number,
): Promise<RankingRow[]> {
  return queryRows(
    em,
    `SELECT e.unit_id AS "unitId", count(*)::int AS count,
            round(100.0 * count(*) FILTER (WHERE e.level = $6::rating_level) / count(*), 2)::float AS value,
            rank() OVER (ORDER BY round(100.0 * count(*) FILTER (WHERE e.level = $6::rating_level) / count(*), 2) DESC)::int AS rank
       FROM evaluation e JOIN unit u ON u.id = e.unit_id
      WHERE e.period_id = $1 AND e.level IS NOT NULL AND e.status = ANY($2::evaluation_status[]) AND ${ofKindSql('u', kind, '$3')}
      GROUP BY e.unit_id HAVING count(*) >= $4
      ORDER BY rank, count DESC, e.unit_id LIMIT $5`,
    [periodId, ratedStatuses, kind, minGroup, limit, RatingLevel.EXCELLENT],
  );
}
