import type { EntityManager } from 'typeorm';
import { queryFirst, queryRows } from '../common/queries.js';
import { SqlParams } from '../common/sql-params.js';
import { whereSql, type WhereColumns } from '../common/where.js';
import { EVALUATIONS } from '../evaluation/evaluation.queries.js';
import type { EvaluationStatus, RatingLevel } from '../evaluation/evaluation.enums.js';
import type { EvaluationPeriod } from '../evaluation/evaluation-period.entity.js';
import { HANDLED_STATUSES, type FeedbackStatus } from '../feedback/feedback.enums.js';
import type { UnitKind } from '../hierarchy/hierarchy.enums.js';
import { VALID_ON } from '../common/validity.js';
import type { EvaluationAggregateWhere } from './dashboard.inputs.js';
import { EvaluationGroupBy, FeedbackGroupBy } from './dashboard.enums.js';

/**
 * Grouped aggregates for dashboards: one statement per request whatever the number of groups, after one that
 * checks what was asked for exists. Evaluations are read from their rows (the summary holds counts, not scores);
 * 1022 items too (the summary holds R22's cycles by due day, not an item's status, month of receipt or handling
 * time).
 */

/** The columns of `evaluationAggregates(where:)`: the list's own, without those that name a person. */
export const EVALUATION_AGGREGATE_WHERE_COLUMNS: WhereColumns<EvaluationAggregateWhere> = {
  unitId: EVALUATIONS.where.unitId,
  unitKind: EVALUATIONS.where.unitKind,
  raterUnitId: EVALUATIONS.where.raterUnitId,
  status: EVALUATIONS.where.status,
  level: EVALUATIONS.where.level,
  score: EVALUATIONS.where.score,
  selfScore: EVALUATIONS.where.selfScore,
};

/** A key column of the grouped rows: its alias, the SQL it groups by, and its type when not grouped (NULL). */
interface KeyColumn {
  alias: string;
  sql: string;
  type: string;
}

const UNIT_KIND: KeyColumn = { alias: 'unit_kind', sql: 'u.kind', type: 'unit_kind' };
const UNIT = (column: string): KeyColumn => ({ alias: 'unit_id', sql: column, type: 'uuid' });
const BRANCH: KeyColumn = { alias: 'branch_id', sql: 'b.branch_id', type: 'uuid' };

const EVALUATION_KEYS: Record<EvaluationGroupBy, KeyColumn> = {
  [EvaluationGroupBy.UNIT_KIND]: UNIT_KIND,
  [EvaluationGroupBy.UNIT]: UNIT('e.unit_id'),
  [EvaluationGroupBy.SUBTREE]: BRANCH,
  [EvaluationGroupBy.PERIOD]: { alias: 'period_id', sql: 'e.period_id', type: 'uuid' },
  [EvaluationGroupBy.LEVEL]: { alias: 'level', sql: 'e.level', type: 'rating_level' },
  [EvaluationGroupBy.STATUS]: { alias: 'status', sql: 'e.status', type: 'evaluation_status' },
};

const FEEDBACK_KEYS: Record<FeedbackGroupBy, KeyColumn> = {
  [FeedbackGroupBy.UNIT_KIND]: UNIT_KIND,
  [FeedbackGroupBy.UNIT]: UNIT('f.unit_id'),
  [FeedbackGroupBy.SUBTREE]: BRANCH,
  [FeedbackGroupBy.MONTH]: {
    alias: 'month',
    sql: `to_char(f.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM')`,
    type: 'text',
  },
  [FeedbackGroupBy.STATUS]: { alias: 'status', sql: 'f.status', type: 'feedback_status' },
};

/**
 * Every key column, the asked ones grouped and the others NULL, and the GROUP BY clause: the rows always have the
 * same shape, so one outer statement names their units and periods.
 */
function grouping<G extends string>(
  keys: Record<G, KeyColumn>,
  groupBy: readonly G[],
): { select: string; groupBy: string } {
  const asked = new Set(groupBy.map((group) => keys[group].alias));
  const columns = [...new Map(Object.values<KeyColumn>(keys).map((key) => [key.alias, key])).values()];
  const select = columns
    .map((key) => (asked.has(key.alias) ? `${key.sql} AS ${key.alias}` : `NULL::${key.type} AS ${key.alias}`))
    .join(', ');
  const grouped = columns.filter((key) => asked.has(key.alias)).map((key) => key.sql);
  return { select, groupBy: grouped.length > 0 ? `GROUP BY ${grouped.join(', ')}` : '' };
}

/**
 * The units counted, each with the direct child of `unit` whose subtree holds it (`branch_id`, NULL for the unit
 * itself), on the day each seed row gives: a recursive walk down the dated tree from every seed.
 */
function branchesCte(seeds: string, unit: string, includeSubunits: boolean): string {
  const down = `
     UNION ALL
     SELECT b.period_id, b.day, l.unit_id, coalesce(b.branch_id, l.unit_id), b.depth + 1
       FROM branches b JOIN unit_link l ON l.parent_id = b.unit_id AND ${VALID_ON('l', 'b.day')}
      WHERE b.depth < 64`;
  return `branches(period_id, day, unit_id, branch_id, depth) AS (
     SELECT s.period_id, s.day, ${unit}::uuid, NULL::uuid, 0 FROM (${seeds}) s${includeSubunits ? down : ''}
   )`;
}

/** Whether the unit exists, and the given period's last day (null: no such period, or none given). */
export function aggregateTargets(
  em: EntityManager,
  unitId: string,
  periodId: string | null,
): Promise<{ unit: boolean; endsOn: string | null }> {
  return queryFirst(
    em,
    `SELECT EXISTS (SELECT 1 FROM unit WHERE id = $1) AS unit,
            (SELECT ends_on FROM evaluation_period WHERE id = $2) AS "endsOn"`,
    [unitId, periodId],
  );
}

/** A grouped row's unit (`to_jsonb` of its row, for `unitFromRow`), or null when not grouped by it. */
type Row = Record<string, unknown>;

/** A grouped row's period, or null when not grouped by it. */
export type PeriodRow = Pick<
  EvaluationPeriod,
  'id' | 'kind' | 'year' | 'quarter' | 'month' | 'startsOn' | 'endsOn' | 'deadline' | 'status'
>;

export interface EvaluationAggregateRow {
  unit_kind: UnitKind | null;
  unit: Row | null;
  branch: Row | null;
  period: PeriodRow | null;
  level: RatingLevel | null;
  status: EvaluationStatus | null;
  count: number;
  scored: number;
  sum: number | null;
  average: number | null;
  min: number | null;
  max: number | null;
}

/**
 * Evaluations of a unit (with its subtree on each period's last day, as the dashboard counts them) in one period
 * or all, grouped by `groupBy`, with the count and the sum, average, minimum and maximum of the rater's score over
 * those that have one. Groups of fewer than `minGroup` evaluations are left out (R32).
 */
export function evaluationAggregates(
  em: EntityManager,
  options: {
    unitId: string;
    periodId: string | null;
    includeSubunits: boolean;
    groupBy: readonly EvaluationGroupBy[];
    where: EvaluationAggregateWhere | null;
    minGroup: number;
  },
): Promise<EvaluationAggregateRow[]> {
  const params = new SqlParams();
  const unit = params.add(options.unitId);
  const period = params.add(options.periodId);
  const seeds = `SELECT p.id AS period_id, p.ends_on AS day FROM evaluation_period p
                  WHERE ${period}::uuid IS NULL OR p.id = ${period}::uuid`;
  const { select, groupBy } = grouping(EVALUATION_KEYS, options.groupBy);
  const where = whereSql(options.where, EVALUATION_AGGREGATE_WHERE_COLUMNS, params);
  const minGroup = params.add(options.minGroup);
  return queryRows<EvaluationAggregateRow>(
    em,
    `WITH RECURSIVE ${branchesCte(seeds, unit, options.includeSubunits)}
     SELECT g.unit_kind, to_jsonb(ku) AS unit, to_jsonb(kb) AS branch, g.level, g.status,
            CASE WHEN kp.id IS NOT NULL THEN jsonb_build_object('id', kp.id, 'kind', kp.kind, 'year', kp.year,
              'quarter', kp.quarter, 'month', kp.month, 'startsOn', kp.starts_on, 'endsOn', kp.ends_on,
              'deadline', kp.deadline, 'status', kp.status) END AS period,
            g.count, g.scored, g.sum, g.average, g.min, g.max
       FROM (SELECT ${select}, count(*)::int AS count, count(e.score)::int AS scored, sum(e.score)::float AS sum,
                    avg(e.score)::float AS average, min(e.score)::float AS min, max(e.score)::float AS max
               FROM branches b JOIN evaluation e ON e.period_id = b.period_id AND e.unit_id = b.unit_id
               JOIN unit u ON u.id = e.unit_id
              WHERE ${where}
              ${groupBy} HAVING count(*) >= ${minGroup}) g
       LEFT JOIN unit ku ON ku.id = g.unit_id
       LEFT JOIN unit kb ON kb.id = g.branch_id
       LEFT JOIN evaluation_period kp ON kp.id = g.period_id
      ORDER BY g.unit_kind, ku.name, ku.id, kb.name, kb.id, kp.starts_on, kp.kind, g.level, g.status`,
    params.values,
  );
}

export interface FeedbackAggregateRow {
  unit_kind: UnitKind | null;
  unit: Row | null;
  branch: Row | null;
  month: string | null;
  status: FeedbackStatus | null;
  count: number;
  replied_on_time: number;
  replied_late: number;
  overdue: number;
  average_handling_days: number | null;
}

/**
 * 1022 items received in [from, to] (the city's days) by the unit assigned now (with its subtree of `day`), as the
 * `feedbackItems` list filters them, grouped by `groupBy`: how many, replied by or after their due moment, open past
 * it at `now`, and the average days from receipt to reply over those replied.
 */
export function feedbackAggregates(
  em: EntityManager,
  options: {
    unitId: string;
    from: Date;
    to: Date;
    day: string;
    now: Date;
    includeSubunits: boolean;
    groupBy: readonly FeedbackGroupBy[];
  },
): Promise<FeedbackAggregateRow[]> {
  const params = new SqlParams();
  const unit = params.add(options.unitId);
  const seeds = `SELECT NULL::uuid AS period_id, ${params.add(options.day)}::date AS day`;
  const { select, groupBy } = grouping(FEEDBACK_KEYS, options.groupBy);
  const now = params.add(options.now);
  const handled = params.add(HANDLED_STATUSES);
  return queryRows<FeedbackAggregateRow>(
    em,
    `WITH RECURSIVE ${branchesCte(seeds, unit, options.includeSubunits)}
     SELECT g.unit_kind, to_jsonb(ku) AS unit, to_jsonb(kb) AS branch, g.month, g.status,
            g.count, g.replied_on_time, g.replied_late, g.overdue, g.average_handling_days
       FROM (SELECT ${select}, count(*)::int AS count,
                    count(*) FILTER (WHERE f.replied_at <= f.due_at)::int AS replied_on_time,
                    count(*) FILTER (WHERE f.replied_at > f.due_at)::int AS replied_late,
                    count(*) FILTER (WHERE f.due_at < ${now} AND NOT (f.status = ANY(${handled}::feedback_status[])))::int AS overdue,
                    (avg(extract(epoch FROM f.replied_at - f.received_at)) / 86400)::float AS average_handling_days
               FROM branches b JOIN feedback_item f ON f.unit_id = b.unit_id
               JOIN unit u ON u.id = f.unit_id
              WHERE f.received_at BETWEEN ${params.add(options.from)} AND ${params.add(options.to)}
              ${groupBy} HAVING count(*) > 0) g
       LEFT JOIN unit ku ON ku.id = g.unit_id
       LEFT JOIN unit kb ON kb.id = g.branch_id
      ORDER BY g.unit_kind, ku.name, ku.id, kb.name, kb.id, g.month, g.status`,
    params.values,
  );
}
