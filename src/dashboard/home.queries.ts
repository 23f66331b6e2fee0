import type { EntityManager } from 'typeorm';
import { hasRole, type Caller } from '../auth/caller.js';
import { HOME_AFFAIRS_OFFICE, Role } from '../auth/role.js';
import { APPROVED_STATUSES, EvaluationStatus } from '../evaluation/evaluation-enums.js';
import { InitiativeStatus } from '../initiative/initiative-enums.js';

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
    const [{ count }] = await em.query(
      `SELECT count(*)::int AS count FROM evaluation e JOIN evaluation_period p ON p.id = e.period_id
        WHERE p.status = 'OPEN' AND e.status = $2 AND e.rater_unit_id = ANY($1::uuid[])`,
      [caller.headedUnits, EvaluationStatus.SELF_ASSESSED],
    );
    tasks.push({ label: 'Chờ tôi đánh giá', count, href: list('Evaluation', { status: EvaluationStatus.SELF_ASSESSED }) });
  }
  if (caller.user.personId) {
    const [{ count }] = await em.query(
      `SELECT count(*)::int AS count FROM evaluation e JOIN evaluation_period p ON p.id = e.period_id
        WHERE p.status = 'OPEN' AND e.status = $2 AND e.person_id = $1 AND e.rule_set IS NOT NULL`,
      [caller.user.personId, EvaluationStatus.DRAFT],
    );
    tasks.push({ label: 'Phiếu của tôi chờ tự đánh giá', count, href: list('Evaluation', { personId: caller.user.personId, status: EvaluationStatus.DRAFT }) });
  }
  if (hasRole(caller, ...HOME_AFFAIRS_OFFICE)) {
    const [{ count }] = await em.query(
      `SELECT count(*)::int AS count FROM evaluation e JOIN evaluation_period p ON p.id = e.period_id
        WHERE p.status = 'OPEN' AND e.rater_person_id IS NOT NULL AND NOT (e.status = ANY($1::evaluation_status[]))`,
      [APPROVED_STATUSES],
    );
    tasks.push({ label: 'Phiếu chưa phê duyệt trong các kỳ đang mở', count, href: `${adminRoot}/resources/EvaluationPeriod` });
    const [{ overdue }] = await em.query(
      `SELECT count(*)::int AS overdue FROM feedback_item WHERE due_at < $1 AND status NOT IN ('REPLIED', 'CLOSED', 'REJECTED')`,
      [now],
    );
    tasks.push({ label: 'Phản ánh 1022 quá hạn', count: overdue, href: `${adminRoot}/resources/FeedbackItem` });
  }
  if (hasRole(caller, Role.CITY_LEADER)) {
    const [{ count }] = await em.query(`SELECT count(*)::int AS count FROM initiative WHERE status = ANY($1::initiative_status[])`, [
      [InitiativeStatus.RECOMMENDED, InitiativeStatus.NOT_RECOMMENDED],
    ]);
    tasks.push({ label: 'Sáng kiến chờ quyết định', count, href: `${adminRoot}/resources/Initiative` });
  }
  return tasks;
}
