import type { EntityManager } from 'typeorm';
import { FeedbackAssignment } from './feedback-assignment.entity.js';
import { FeedbackItem } from './feedback-item.entity.js';
import { FeedbackProgress } from './feedback-progress.entity.js';
import { endOfCityDay } from '../common/dates.js';
import { VALID_ON } from '../hierarchy/tree.queries.js';
import { appendScope, type Scope } from '../auth/policy.js';
import { pagedQuery } from '../common/paged-query.js';
import { appendWhere, orderBySql, type OrderBy, type WhereColumns } from '../common/where.js';
import type { FeedbackStatus } from './feedback.enums.js';
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
  const [row] = await em.query(
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
            count(*) FILTER (WHERE end_unit = ANY($1::uuid[]) AND status <> 'REJECTED' AND (replied_at IS NULL OR replied_at > $3))::int AS overdue_at_end,
            count(DISTINCT item_id) FILTER (WHERE due_at >= $2 AND due_unit = ANY($1::uuid[]))::int AS items_due,
            count(DISTINCT item_id) FILTER (WHERE due_at >= $2 AND due_unit = ANY($1::uuid[])
                               AND (citizen_satisfied IS FALSE OR replied_at IS NULL OR replied_at > due_at))::int AS unsatisfied_or_late
       FROM cycles`,
    [unitIds, start, end],
  );
  const counts = { due: row.due, onTime: row.on_time, overdueAtEnd: row.overdue_at_end };
  return {
    ...counts,
    onTimeRate: onTimeRate(counts),
    satisfactionPercent: satisfactionPercent(row.items_due, row.unsatisfied_or_late),
  };
}

/**
 * Units of a kind ranked by their on-time rate over [from, to] (handling cycles due, R22), best or worst first;
 * equal rates share a rank (SQL RANK()).
 * With `lineage`, the units in force
 * on `to` are ranked, each also over the items of the units it was formed from for the days before it was (a
 * split predecessor's items count for each part: `approximate`).
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
  const start = new Date(`${from}T00:00:00+07:00`);
  const end = endOfCityDay(to);
  const members = lineage
    ? `WITH RECURSIVE back(ranked, id, whole, until, depth) AS (
         SELECT u.id, u.id, true, 'infinity'::timestamptz, 0 FROM unit u WHERE ${VALID_ON('u', '$5')}
         UNION
         SELECT b.ranked, l.predecessor_id, b.whole AND l.whole, least(b.until, (l.effective_date::text || 'T00:00:00+07:00')::timestamptz), b.depth + 1
           FROM back b JOIN unit_lineage l ON l.successor_id = b.id WHERE b.depth < 16),
       members AS (SELECT ranked, id, bool_and(whole) AS whole, max(until) AS until FROM back GROUP BY ranked, id),`
    : `WITH members AS (SELECT id AS ranked, id, true AS whole, 'infinity'::timestamptz AS until FROM unit),`;
  const direction = worstFirst ? 'ASC' : 'DESC';
  const rate = 'count(*) FILTER (WHERE i.replied_at <= i.due_at)::float / count(*)';
  const rows: Array<{ unit_id: string; rank: number; due: number; on_time: number; whole: boolean }> = await em.query(
    `${members}
     items AS (
       SELECT c.due_at, c.replied_at,
              (SELECT a.unit_id FROM feedback_assignment a WHERE a.item_id = c.item_id AND a.assigned_at <= c.due_at
                ORDER BY a.assigned_at DESC LIMIT 1) AS unit_id
         FROM feedback_cycle c WHERE c.due_at BETWEEN $1 AND $2
     )
     SELECT m.ranked AS unit_id, count(*)::int AS due, count(*) FILTER (WHERE i.replied_at <= i.due_at)::int AS on_time, bool_and(m.whole) AS whole,
            rank() OVER (ORDER BY ${rate} ${direction})::int AS rank
       FROM items i JOIN members m ON m.id = i.unit_id AND i.due_at < m.until JOIN unit u ON u.id = m.ranked
      WHERE ($3::unit_kind IS NULL OR u.kind = $3::unit_kind)
      GROUP BY m.ranked
      ORDER BY ${rate} ${direction}, count(*) DESC, m.ranked
      LIMIT $4`,
    lineage ? [start, end, kind, limit, to] : [start, end, kind, limit],
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
  unitIds?: string[];
  status?: FeedbackStatus;
  overdue?: boolean;
  category?: string;
  receivedFrom?: string;
  receivedTo?: string;
  where?: FeedbackWhere;
  orderBy?: ReadonlyArray<OrderBy<FeedbackOrderField>>;
}

/** The columns of `feedbackItems(where:)` on `f`; `overdue` is judged at `now`. Contacts are not filterable (R23). */
export function feedbackWhereColumns(now: Date): WhereColumns<FeedbackWhere> {
  return {
    id: { sql: 'f.id', kind: 'id' },
    reference: { sql: 'f.reference', kind: 'string' },
    channel: { sql: 'f.channel', kind: 'enum', pgType: 'feedback_channel' },
    category: { sql: 'f.category', kind: 'string' },
    status: { sql: 'f.status', kind: 'enum', pgType: 'feedback_status' },
    unitId: { sql: 'f.unit_id', kind: 'id' },
    receivedAt: { sql: 'f.received_at', kind: 'datetime' },
    dueAt: { sql: 'f.due_at', kind: 'datetime' },
    repliedAt: { sql: 'f.replied_at', kind: 'datetime' },
    overdue: {
      sql: (params) =>
        `(f.due_at < CAST(${params.add(now)} AS timestamptz) AND f.status NOT IN ('REPLIED', 'CLOSED', 'REJECTED'))`,
      kind: 'boolean',
    },
    citizenSatisfied: { sql: 'f.citizen_satisfied', kind: 'boolean' },
  };
}

/** The columns of `feedbackItems(orderBy:)`. */
export const FEEDBACK_ORDER_COLUMNS: Record<FeedbackOrderField, string> = {
  [FeedbackOrderField.RECEIVED_AT]: 'f.received_at',
  [FeedbackOrderField.DUE_AT]: 'f.due_at',
  [FeedbackOrderField.REPLIED_AT]: 'f.replied_at',
  [FeedbackOrderField.STATUS]: 'f.status',
  [FeedbackOrderField.REFERENCE]: 'f.reference',
  [FeedbackOrderField.CATEGORY]: 'f.category',
};

/** One page of the items the caller may see (`scope`, from the feedback policy), newest first. */
export async function listFeedback(
  em: EntityManager,
  filter: FeedbackListFilter,
  scope: Scope,
  now: Date,
  offset: number,
  limit: number,
) {
  const params: unknown[] = [];
  const columns = feedbackWhereColumns(now);
  // the plain `filter` is a `where` too
  const plain: FeedbackWhere = {
    unitId: filter.unitIds ? { in: filter.unitIds } : undefined,
    status: filter.status ? { equals: filter.status } : undefined,
    category: filter.category ? { equals: filter.category } : undefined,
    receivedAt: { onOrAfterDay: filter.receivedFrom ?? undefined, onOrBeforeDay: filter.receivedTo ?? undefined },
    overdue: { equals: filter.overdue ?? undefined },
  };
  const where = [
    appendScope(scope, 'f', params),
    appendWhere(plain, columns, params),
    appendWhere(filter.where, columns, params),
  ];
  return pagedQuery(
    em,
    {
      select: 'f.id',
      from: `FROM feedback_item f WHERE ${where.join(' AND ')}`,
      orderBy: orderBySql(filter.orderBy, FEEDBACK_ORDER_COLUMNS, 'f.received_at DESC, f.id', 'f.id'),
      params,
    },
    offset,
    limit,
  );
}

/** Items by id, in the order given. */
export async function itemsByIds(em: EntityManager, ids: readonly string[]): Promise<FeedbackItem[]> {
  const items =
    ids.length > 0 ? await em.createQueryBuilder(FeedbackItem, 'f').where('f.id = ANY(:ids)', { ids }).getMany() : [];
  const byId = new Map(items.map((item) => [item.id, item]));
  return ids.map((id) => byId.get(id) as FeedbackItem);
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
  const rows: unknown[] = await em.query(
    `SELECT 1 FROM feedback_progress WHERE item_id = $1 AND created_at > $2 LIMIT 1`,
    [itemId, since],
  );
  return rows.length > 0;
}
