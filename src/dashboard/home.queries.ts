import type { EntityManager } from 'typeorm';
import { hasRole, type Caller } from '../auth/caller.js';
import { appendScope, type Scope } from '../auth/policy.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';
import { Role } from '../auth/auth.enums.js';
import {
  APPROVED_STATUSES,
  EvaluationStatus,
  PeriodKind,
  PeriodStatus,
  RATED_STATUSES,
  type RatingLevel,
} from '../evaluation/evaluation.enums.js';
import { aggregateFor } from '../evaluation/evaluation.policy.js';
import { HANDLED_STATUSES } from '../feedback/feedback.enums.js';
import { UnitKind } from '../hierarchy/hierarchy.enums.js';
import { DECIDABLE } from '../initiative/initiative.enums.js';
import { VALID_ON } from '../common/validity.js';
import { queryOne, queryRows } from '../common/queries.js';

/** A count of one statement (`count` as its column). */
async function countOf(em: EntityManager, sql: string, params: readonly unknown[]): Promise<number> {
  return (await queryOne<{ count: number }>(em, sql, params))?.count ?? 0;
}

/** One thing a person acts on first, with where to act on it. */
export interface Task {
  label: string;
  count: number;
  href: string;
}

/**
 * The home page's first row, by who is looking: a head — what waits for their rating; anybody with a person —
 * their own evaluation to self-assess; Home Affairs — evaluations not yet approved in open periods and overdue
 * 1022 items; the city leader — initiatives waiting for a decision. Counts only, within the caller's scope.
 */
export async function tasksOf(em: EntityManager, caller: Caller, now: Date, adminRoot: string): Promise<Task[]> {
  const tasks: Task[] = [];
  const list = (resource: string, filters: Record<string, string>) =>
    `${adminRoot}/resources/${resource}?${new URLSearchParams(Object.fromEntries(Object.entries(filters).map(([key, value]) => [`filters.${key}`, value]))).toString()}`;
  if (caller.headedUnits.length > 0) {
    const count = await countOf(
      em,
      `SELECT count(*)::int AS count FROM evaluation e JOIN evaluation_period p ON p.id = e.period_id
        WHERE p.status = $3 AND e.status = $2 AND e.rater_unit_id = ANY($1::uuid[])`,
      [caller.headedUnits, EvaluationStatus.SELF_ASSESSED, PeriodStatus.OPEN],
    );
    tasks.push({
      label: 'Chờ tôi đánh giá',
      count,
      href: list('Evaluation', { status: EvaluationStatus.SELF_ASSESSED }),
    });
  }
  if (caller.user.personId) {
    const count = await countOf(
      em,
      `SELECT count(*)::int AS count FROM evaluation e JOIN evaluation_period p ON p.id = e.period_id
        WHERE p.status = $3 AND e.status = $2 AND e.person_id = $1 AND e.rule_set IS NOT NULL`,
      [caller.user.personId, EvaluationStatus.DRAFT, PeriodStatus.OPEN],
    );
    tasks.push({
      label: 'Phiếu của tôi chờ tự đánh giá',
      count,
      href: list('Evaluation', { personId: caller.user.personId, status: EvaluationStatus.DRAFT }),
    });
  }
  if (hasRole(caller, ...HOME_AFFAIRS_OFFICE)) {
    const count = await countOf(
      em,
      `SELECT count(*)::int AS count FROM evaluation e JOIN evaluation_period p ON p.id = e.period_id
        WHERE p.status = $2 AND e.rater_person_id IS NOT NULL AND NOT (e.status = ANY($1::evaluation_status[]))`,
      [APPROVED_STATUSES, PeriodStatus.OPEN],
    );
    tasks.push({
      label: 'Phiếu chưa phê duyệt trong các kỳ đang mở',
      count,
      href: `${adminRoot}/resources/EvaluationPeriod`,
    });
    const overdue = await countOf(
      em,
      `SELECT count(*)::int AS count FROM feedback_item WHERE due_at < $1 AND NOT (status = ANY($2::feedback_status[]))`,
      [now, HANDLED_STATUSES],
    );
    tasks.push({ label: 'Phản ánh 1022 quá hạn', count: overdue, href: `${adminRoot}/resources/FeedbackItem` });
  }
  if (hasRole(caller, Role.CITY_LEADER)) {
    const count = await countOf(
      em,
      `SELECT count(*)::int AS count FROM initiative WHERE status = ANY($1::initiative_status[])`,
      [DECIDABLE],
    );
    tasks.push({ label: 'Sáng kiến chờ quyết định', count, href: `${adminRoot}/resources/Initiative` });
  }
  return tasks;
}

/** Levels of one unit's branch (or of its own staff) in a period: withheld (null) when R32 keeps the group from the caller. */
export interface LevelsRow {
  unitId: string;
  unitName: string;
  counts: Partial<Record<RatingLevel, number>> | null;
}

/**
 * The unit whose branches the home page's charts show: the unit a head heads, or the city for the city-wide —
 * before 1 July 2025 the provinces that later merged in were cities too; the one that lasts is ours.
 */
export async function homeRootOf(em: EntityManager, caller: Caller): Promise<string | null> {
  const headed = caller.headedUnits.at(0);
  if (headed) return headed;
  if (!caller.cityWide && !hasRole(caller, Role.VIEWER)) return null;
  const city = await queryOne<{ id: string }>(
    em,
    `SELECT u.id FROM unit u WHERE u.kind = $1 AND ${VALID_ON('u', '$2')} ORDER BY u.valid_to DESC NULLS FIRST, u.code LIMIT 1`,
    [UnitKind.CITY, caller.day],
  );
  return city?.id ?? null;
}

/** The newest QUARTER or YEAR with results standing (R16's rated statuses), for the charts. */
export async function latestRatedPeriod(
  em: EntityManager,
): Promise<{ id: string; kind: PeriodKind; year: number; quarter: number | null; month: number | null } | null> {
  return queryOne(
    em,
    `SELECT p.id, p.kind, p.year, p.quarter, p.month FROM evaluation_period p
      WHERE p.kind IN ($1, $2) AND EXISTS (SELECT 1 FROM evaluation e WHERE e.period_id = p.id AND e.status = ANY($3::evaluation_status[]))
      ORDER BY p.starts_on DESC, p.kind LIMIT 1`,
    [PeriodKind.QUARTER, PeriodKind.YEAR, RATED_STATUSES],
  );
}

/**
 * Levels by branch under `rootId` on `day` (each child unit with everything under it; the root's own staff as
 * one more row), in one statement; a branch of fewer than three people rated is withheld from those who do not
 * see every result (R32).
 */
export async function levelsByBranch(
  em: EntityManager,
  caller: Caller,
  rootId: string,
  periodId: string,
): Promise<LevelsRow[]> {
  const rows = await queryRows<{ top: string; name: string; level: RatingLevel; count: number }>(
    em,
    `WITH RECURSIVE branch(id, top, depth) AS (
       SELECT $1::uuid, $1::uuid, 0
       UNION ALL
       SELECT l.unit_id, CASE WHEN b.depth = 0 THEN l.unit_id ELSE b.top END, b.depth + 1
         FROM branch b JOIN unit_link l ON l.parent_id = b.id AND ${VALID_ON('l', '$2')}
        WHERE b.depth < 64
     )
     SELECT b.top, u.name, e.level, count(*)::int AS count
       FROM branch b JOIN unit u ON u.id = b.top
       JOIN evaluation e ON e.unit_id = b.id AND e.period_id = $3 AND e.status = ANY($4::evaluation_status[]) AND e.level IS NOT NULL
      GROUP BY b.top, u.name, e.level`,
    [rootId, caller.day, periodId, RATED_STATUSES],
  );
  const byUnit = new Map<string, LevelsRow & { total: number }>();
  for (const row of rows) {
    const counts: Partial<Record<RatingLevel, number>> = {};
    const entry = byUnit.get(row.top) ?? { unitId: row.top, unitName: row.name, counts, total: 0 };
    entry.counts = { ...entry.counts, [row.level]: row.count };
    entry.total += row.count;
    byUnit.set(row.top, entry);
  }
  return [...byUnit.values()]
    .sort((a, b) => b.total - a.total || a.unitName.localeCompare(b.unitName, 'vi'))
    .map(({ total, ...row }) => ({ ...row, counts: aggregateFor(caller, total, row.counts) }));
}

/** R22 month by month over the last twelve: handling cycles due, and those replied on time, for a branch or the city. */
export async function onTimeByMonth(
  em: EntityManager,
  unitIds: readonly string[] | null,
  now: Date,
): Promise<Array<{ month: string; due: number; onTime: number }>> {
  const rows = await queryRows<{ month: string; due: number; on_time: number }>(
    em,
    `SELECT to_char(c.due_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month, count(*)::int AS due,
            count(*) FILTER (WHERE c.replied_at <= c.due_at)::int AS on_time
       FROM feedback_cycle c
      WHERE c.due_at > $1::timestamptz - interval '12 months' AND c.due_at <= $1
        AND ($2::uuid[] IS NULL OR (SELECT a.unit_id FROM feedback_assignment a WHERE a.item_id = c.item_id AND a.assigned_at <= c.due_at
                                     ORDER BY a.assigned_at DESC LIMIT 1) = ANY($2::uuid[]))
      GROUP BY 1 ORDER BY 1`,
    [now, unitIds],
  );
  return rows.map((row) => ({ month: row.month, due: row.due, onTime: row.on_time }));
}

/** Open periods with how far each has come, within the evaluation policy's scope of the caller. */
export async function openPeriodsProgress(
  em: EntityManager,
  scope: Scope,
): Promise<
  Array<{
    id: string;
    kind: PeriodKind;
    year: number;
    quarter: number | null;
    month: number | null;
    total: number;
    approved: number;
    blocking: number;
  }>
> {
  const params: unknown[] = [APPROVED_STATUSES, PeriodStatus.OPEN];
  return queryRows(
    em,
    `SELECT p.id, p.kind, p.year, p.quarter, p.month, count(e.id)::int AS total,
            count(e.id) FILTER (WHERE e.status = ANY($1::evaluation_status[]))::int AS approved,
            count(e.id) FILTER (WHERE e.rater_person_id IS NOT NULL AND NOT (e.status = ANY($1::evaluation_status[])))::int AS blocking
       FROM evaluation_period p JOIN evaluation e ON e.period_id = p.id AND ${appendScope(scope, 'e', params)}
      WHERE p.status = $2
      GROUP BY p.id ORDER BY p.starts_on DESC, p.kind`,
    params,
  );
}

/** Open 1022 items past their deadline, by the unit now handling them, the most first. */
export async function overdueByUnit(
  em: EntityManager,
  now: Date,
  limit: number,
): Promise<Array<{ unitName: string; count: number }>> {
  const rows = await queryRows<{ unit_name: string; count: number }>(
    em,
    `SELECT coalesce(u.name, 'Chưa phân công') AS unit_name, count(*)::int AS count
       FROM feedback_item f LEFT JOIN unit u ON u.id = f.unit_id
      WHERE f.due_at < $1 AND NOT (f.status = ANY($2::feedback_status[]))
      GROUP BY u.name ORDER BY count(*) DESC, u.name LIMIT $3`,
    [now, HANDLED_STATUSES, limit],
  );
  return rows.map((row) => ({ unitName: row.unit_name, count: row.count }));
}
