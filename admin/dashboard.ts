import { ComponentLoader, type PageContext } from 'adminjs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuthUser } from '../src/auth/auth-user.js';
import { cityDayOf } from '../src/common/dates.js';
import { INITIATIVE_STATUS_LABELS_VI, type InitiativeStatus } from '../src/initiative/initiative-enums.js';
import { Initiative } from '../src/initiative/initiative.entities.js';

/** The project's root, from the sources (jest, ts) or the compiled code (dist/admin). */
function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

export const componentLoader = new ComponentLoader();
export const BOARD_DASHBOARD = componentLoader.add('BoardDashboard', path.join(projectRoot(), 'admin/components/board-dashboard.tsx'));

/** The figures of the board's dashboard (custom component admin/components/board-dashboard.tsx). */
export async function boardDashboardData(_request: unknown, _response: unknown, context: PageContext) {
  const em = Initiative.getRepository().manager;
  const userId = (context.currentAdmin as AuthUser | undefined)?.id ?? null;
  const today = cityDayOf(new Date());
  const [counts] = await em.query(
    `SELECT count(*) FILTER (WHERE status IN ('SUBMITTED', 'UNDER_REVIEW'))::int AS pending,
            count(*) FILTER (WHERE status IN ('SUBMITTED', 'UNDER_REVIEW') AND review_due_on < $1)::int AS overdue
       FROM initiative`,
    [today],
  );
  const [{ waiting }] = await em.query(
    `SELECT count(*)::int AS waiting FROM initiative i JOIN initiative_round r ON r.initiative_id = i.id AND r.round = i.round
      WHERE i.status IN ('SUBMITTED', 'UNDER_REVIEW') AND $1 = ANY(r.eligible_user_ids)
        AND NOT EXISTS (SELECT 1 FROM initiative_vote v WHERE v.initiative_id = i.id AND v.round = i.round AND v.user_id = $1)`,
    [userId],
  );
  const byStatus: Array<{ status: InitiativeStatus; count: number }> = await em.query(`SELECT status, count(*)::int AS count FROM initiative GROUP BY status ORDER BY status`);
  const approvalsByMonth: Array<{ month: string; count: number }> = await em.query(
    `SELECT to_char(e.at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'MM/YYYY') AS month, count(*)::int AS count
       FROM initiative_event e WHERE e.action = 'APPROVE'
      GROUP BY 1, date_trunc('month', e.at AT TIME ZONE 'Asia/Ho_Chi_Minh') ORDER BY date_trunc('month', e.at AT TIME ZONE 'Asia/Ho_Chi_Minh') DESC LIMIT 12`,
  );
  return {
    pending: counts.pending,
    overdue: counts.overdue,
    waitingForMe: waiting,
    byStatus: byStatus.map((row) => ({ ...row, label: INITIATIVE_STATUS_LABELS_VI[row.status] })),
    approvalsByMonth: approvalsByMonth.reverse(),
  };
}
