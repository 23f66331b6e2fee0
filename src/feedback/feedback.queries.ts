import type { EntityManager } from 'typeorm';
import { FeedbackAssignment } from './feedback-assignment.entity.js';
import { FeedbackItem } from './feedback-item.entity.js';
import { FeedbackProgress } from './feedback-progress.entity.js';
import { endOfCityDay, wholeMonths } from '../common/dates.js';
import { VALID_ON } from '../common/validity.js';
import { ofKindSql } from '../hierarchy/tree.queries.js';
import { scopeSql, type Scope } from '../auth/policy.js';
import { listSql, pagedEntities, type ListSource } from '../common/paged-query.js';
import { queryOne, queryRows } from '../common/queries.js';
import { SqlParams } from '../common/sql-params.js';
import { FeedbackStatus, HANDLED_STATUSES } from './feedback.enums.js';
import type { OrderBy } from '../common/where.js';
import { FeedbackOrderField, type FeedbackWhere } from './feedback.inputs.js';
import { onTimeRate, satisfactionPercent, type FeedbackCounts } from './feedback.rules.js';

export interface FeedbackStatsResult extends FeedbackCounts {
  onTimeRate: number | null;
  satisfactionPercent: number | null;
}

/**
 * R22 for a set of units over [from, to] (days in Asia/Ho_Chi_Minh, both included), counted over handling
 * cycles (received or reopened → due → replied), so that a reopening never rewrites an earlier period: cycles
 * due in the period are charged to the unit assigned at the due moment; cycles overdue at the period's end (due
 * by then and not replied by then — again in every later period while open) to the unit assigned at the end.
 * Satisfaction (Decision 766) = (items due − items unsatisfied or late) ÷ items due, each item once.
 */
export async function feedbackStats(
  em: EntityManager,
  unitIds: readonly string[],
  from: string,
  to: string,
): Promise<FeedbackStatsResult> {
  const start = new Date(`${from}T00:00:00+07:00`);
  const end = endOfCityDay(to);
  const row = await queryOne<{
    due: number;
    on_time: number;
    overdue_at_end: number;
    items_due: number;
    unsatisfied_or_late: number;
  }>(
    em,
    `WITH cycles AS (
       SELECT c.item_id, c.due_at, c.replied_at, f.status, c.citizen_satisfied,
              (SELECT a.unit_id FROM feedback_assignment a WHERE a.item_id = c.item_id AND a.assigned_at <= c.due_at
                ORDER BY a.assigned_at DESC LIMIT 1) AS due_unit,
              (SELECT a.unit_id FROM feedback_assignment a WHERE a.item_id = c.item_id AND a.assigned_at <= $3
                ORDER BY a.assigned_at DESC LIMIT 1) AS end_unit
         FROM feedback_cycle c JOIN feedback_item f ON f.id = c.item_id
        WHERE c.due_at <= $3 AND (c.due_at >= $2 OR c.replied_at IS NULL OR c.replied_at > $3)
     )
     SELECT count(*) FILTER (WHERE due_at >= $2 AND due_unit = ANY($1::uuid[]))::int AS due,
            count(*) FILTER (WHERE due_at >= $2 AND due_unit = ANY($1::uuid[]) AND replied_at <= due_at)::int AS on_time,
            count(*) FILTER (WHERE end_unit = ANY($1::uuid[]) AND status <> $4 AND (replied_at IS NULL OR replied_at > $3))::int AS overdue_at_end,
            count(DISTINCT item_id) FILTER (WHERE due_at >= $2 AND due_unit = ANY($1::uuid[]))::int AS items_due,
            count(DISTINCT item_id) FILTER (WHERE due_at >= $2 AND due_unit = ANY($1::uuid[])
                               AND (citizen_satisfied IS FALSE OR replied_at IS NULL OR replied_at > due_at))::int AS unsatisfied_or_late
       FROM cycles`,
    [unitIds, start, end, FeedbackStatus.REJECTED],
  );
  const counts = { due: row?.due ?? 0, onTime: row?.on_time ?? 0, overdueAtEnd: row?.overdue_at_end ?? 0 };
  return {
    ...counts,
    onTimeRate: onTimeRate(counts),
    satisfactionPercent: satisfactionPercent(row?.items_due ?? 0, row?.unsatisfied_or_late ?? 0),
  };
}

/**
 * Units of a kind ranked by their on-time rate over [from, to] (handling cycles due, R22), best or worst first;
 * equal rates share a rank (SQL RANK()). Read from the per-unit, per-day summary (cycles charged to the unit
 * assigned at the due moment), so the city's wards are a few hundred thousand summary rows, not every cycle of the
 * year. With `lineage`, the units in force on `to` are ranked, each also over the days of the units it was formed
 * from before it was (a split predecessor's days count for each part: `approximate`).
 */
export async function feedbackRanking(
  em: EntityManager,
  kind: string | null,
  from: string,
  to: string,
  worstFirst: boolean,
  limit: number,
  lineage = false,
): Promise<
  Array<{ unitId: string; rank: number; due: number; onTime: number; onTimeRate: number; approximate: boolean }>
> {
  // with lineage a predecessor counts until its successor's day: by day; without, whole months from the month
  // summary and the range's other days from the day summary, as `summarisedFeedbackStats` reads them
  const members = lineage
    ? `WITH RECURSIVE back(ranked, id, whole, until, depth) AS (
         SELECT u.id, u.id, true, 'infinity'::date, 0 FROM unit u WHERE ${VALID_ON('u', '$2')}
         UNION
         SELECT b.ranked, l.predecessor_id, b.whole AND l.whole, least(b.until, l.effective_date), b.depth + 1
           FROM back b JOIN unit_lineage l ON l.successor_id = b.id WHERE b.depth < 16),
       members AS (SELECT ranked, id, bool_and(whole) AS whole, max(until) AS until FROM back GROUP BY ranked, id)`
    : `WITH members AS (SELECT id AS ranked, id, true AS whole, 'infinity'::date AS until FROM unit)`;
  const counted = lineage
    ? `(SELECT unit_id, day, due, on_time FROM feedback_day_summary WHERE day BETWEEN $1::date AND $2::date)`
    : `(SELECT unit_id, month AS day, due, on_time FROM feedback_month_summary WHERE month >= $5::date AND month < $6::date
        UNION ALL
        SELECT unit_id, day, due, on_time FROM feedback_day_summary
         WHERE (day >= $1::date AND day < $5::date) OR (day >= $6::date AND day <= $2::date))`;
  const direction = worstFirst ? 'ASC' : 'DESC';
  const rate = 'sum(s.on_time)::float / sum(s.due)';
  const rows = await queryRows<{ unit_id: string; rank: number; due: number; on_time: number; whole: boolean }>(
    em,
    `${members}
     SELECT m.ranked AS unit_id, sum(s.due)::int AS due, sum(s.on_time)::int AS on_time,
            bool_and(m.whole) FILTER (WHERE s.due > 0) AS whole, rank() OVER (ORDER BY ${rate} ${direction})::int AS rank
       FROM ${counted} s JOIN members m ON m.id = s.unit_id AND s.day < m.until JOIN unit u ON u.id = m.ranked
      WHERE ${ofKindSql('u', kind, '$3')}
      GROUP BY m.ranked
     HAVING sum(s.due) > 0
      ORDER BY ${rate} ${direction}, sum(s.due) DESC, m.ranked
      LIMIT $4`,
    lineage ? [from, to, kind, limit] : [from, to, kind, limit, ...wholeMonths(from, to)],
  );
  return rows.map((row) => ({
    unitId: row.unit_id,
    rank: row.rank,
    due: row.due,
    onTime: row.on_time,
    onTimeRate: Math.round((row.on_time * 10_000) / row.due) / 100,
    approximate: !row.whole,
  }));
}

export interface FeedbackListFilter {
  unitIds?: string[] | null;
  status?: string | null;
  overdue?: boolean | null;
  category?: string | null;
  receivedFrom?: string | null;
  receivedTo?: string | null;
  where?: FeedbackWhere | null;
  orderBy?: ReadonlyArray<OrderBy<FeedbackOrderField>> | null;
}

/** `isOverdue` as SQL over the item `f`: past its due instant and not handled yet. */
function overdueSql(params: SqlParams, now: Date): string {
  return `f.due_at < CAST(${params.add(now)} AS timestamptz) AND NOT (f.status = ANY(${params.add(HANDLED_STATUSES)}::feedback_status[]))`;
}

/** `feedbackItems` on `f`; `overdue` is judged at `now`. Contacts are not filterable (R23). */
export function feedbackSource(now: Date): ListSource<FeedbackWhere, FeedbackOrderField> {
  return {
    from: 'feedback_item f',
    alias: 'f',
    where: {
      id: { sql: 'f.id', kind: 'id' },
      reference: { sql: 'f.reference', kind: 'string' },
      channel: { sql: 'f.channel', kind: 'enum', pgType: 'feedback_channel' },
      category: { sql: 'f.category', kind: 'string' },
      status: { sql: 'f.status', kind: 'enum', pgType: 'feedback_status' },
      unitId: { sql: 'f.unit_id', kind: 'id' },
      receivedAt: { sql: 'f.received_at', kind: 'datetime' },
      dueAt: { sql: 'f.due_at', kind: 'datetime' },
      repliedAt: { sql: 'f.replied_at', kind: 'datetime' },
      overdue: { sql: (params) => `(${overdueSql(params, now)})`, kind: 'boolean' },
      citizenSatisfied: { sql: 'f.citizen_satisfied', kind: 'boolean' },
    },
    orderBy: {
      [FeedbackOrderField.RECEIVED_AT]: 'f.received_at',
      [FeedbackOrderField.DUE_AT]: 'f.due_at',
      [FeedbackOrderField.REPLIED_AT]: 'f.replied_at',
      [FeedbackOrderField.STATUS]: 'f.status',
      [FeedbackOrderField.REFERENCE]: 'f.reference',
      [FeedbackOrderField.CATEGORY]: 'f.category',
    },
    defaultOrder: 'f.received_at DESC',
  };
}

/** One page of the items the caller may see (`scope`, from the feedback policy), newest first. */
export async function listFeedback(
  em: EntityManager,
  filter: FeedbackListFilter,
  scope: Scope,
  now: Date,
  offset: number,
  limit: number,
) {
  const params = new SqlParams();
  const where = [scopeSql(scope, 'f', params)];
  if (filter.unitIds) where.push(`f.unit_id = ANY(${params.add(filter.unitIds)}::uuid[])`);
  if (filter.status) where.push(`f.status = ${params.add(filter.status)}::feedback_status`);
  if (filter.category) where.push(`f.category = ${params.add(filter.category)}`);
  if (filter.receivedFrom)
    where.push(`f.received_at >= ${params.add(new Date(`${filter.receivedFrom}T00:00:00+07:00`))}`);
  if (filter.receivedTo) where.push(`f.received_at <= ${params.add(endOfCityDay(filter.receivedTo))}`);
  if (filter.overdue !== undefined && filter.overdue !== null) {
    where.push(`(${overdueSql(params, now)}) = ${params.add(filter.overdue)}::boolean`);
  }
  const sql = listSql(feedbackSource(now), where, params, filter);
  const { rows: items, total } = await pagedEntities(em, FeedbackItem, sql, offset, limit);
  return { items, total };
}

/** R19: an item's assignments, oldest first. */
export function assignmentsOf(em: EntityManager, itemId: string): Promise<FeedbackAssignment[]> {
  return em.find(FeedbackAssignment, { where: { itemId }, order: { assignedAt: 'ASC' } });
}

/** R21: an item's progress updates, oldest first. */
export function progressOf(em: EntityManager, itemId: string): Promise<FeedbackProgress[]> {
  return em.find(FeedbackProgress, { where: { itemId }, order: { createdAt: 'ASC' } });
}

/** Whether a progress update was added after an instant. */
export async function hasProgressSince(em: EntityManager, itemId: string, since: Date): Promise<boolean> {
  const row = await queryOne<{ found: 1 }>(
    em,
    `SELECT 1 AS found FROM feedback_progress WHERE item_id = $1 AND created_at > $2 LIMIT 1`,
    [itemId, since],
  );
  return row !== null;
}

export interface UnitValidity {
  id: string;
  code: string;
  validFrom: string;
  validTo: string | null;
}

/** Every unit's code and days of validity, for the import to find the unit of a row's day. */
export function unitValidities(em: EntityManager): Promise<UnitValidity[]> {
  return queryRows<UnitValidity>(em, `SELECT id, code, valid_from AS "validFrom", valid_to AS "validTo" FROM unit`);
}
