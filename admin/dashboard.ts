import type { PageContext } from 'adminjs';
import { hasRole } from '../src/auth/caller.js';
import { Role } from '../src/auth/role.js';
import { tasksOf } from '../src/dashboard/home.queries.js';
import { cityDayOf } from '../src/common/dates.js';
import { INITIATIVE_STATUS_LABELS_VI } from '../src/initiative/initiative-enums.js';
import { boardFigures } from '../src/initiative/initiative.queries.js';
import { ADMIN_ROOT, type AdminDeps } from './deps.js';
import { callerOf } from './session.js';

/**
 * The home page (custom component admin/components/board-dashboard.tsx): first what the person looking acts on
 * (by role and appointment), then the appraisal board's figures for the board and those who see the whole city.
 */
export function homeData({ db, clock }: AdminDeps) {
  return async (_request: unknown, _response: unknown, context: PageContext) => {
    const caller = callerOf(context);
    if (!caller) return { tasks: [], board: null };
    const tasks = await tasksOf(db.manager, caller, clock(), ADMIN_ROOT);
    if (!hasRole(caller, Role.BOARD_MEMBER) && !caller.cityWide) return { tasks, board: null };
    const figures = await boardFigures(db.manager, caller.user.id, cityDayOf(clock()));
    return { tasks, board: { ...figures, byStatus: figures.byStatus.map((row) => ({ ...row, label: INITIATIVE_STATUS_LABELS_VI[row.status] })) } };
  };
}
