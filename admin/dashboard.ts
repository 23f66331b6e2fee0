import type { PageContext } from 'adminjs';
import { hasRole } from '../src/auth/caller.js';
import { HOME_AFFAIRS_OFFICE } from '../src/auth/role.js';
import { Role } from '../src/auth/auth.enums.js';
import { cityDayOf } from '../src/common/dates.js';
import {
  homeRootOf,
  latestRatedPeriod,
  levelsByBranch,
  onTimeByMonth,
  openPeriodsProgress,
  overdueByUnit,
  tasksOf,
} from '../src/dashboard/home.queries.js';
import { LEVEL_LABELS_VI, LEVEL_ORDER } from '../src/evaluation/evaluation.enums.js';
import { evaluationPolicy } from '../src/evaluation/evaluation.policy.js';
import { periodName } from '../src/evaluation/period.rules.js';
import { subtreeIdsOn } from '../src/hierarchy/tree.queries.js';
import { INITIATIVE_STATUS_LABELS_VI } from '../src/initiative/initiative.enums.js';
import { boardFigures } from '../src/initiative/initiative.queries.js';
import { ADMIN_ROOT, type AdminDeps } from './deps.js';
import { callerOf } from './session.js';

/**
 * The home page (admin/components/home.tsx), by who is looking: first what they act on (tasks); a head — their
 * units' levels by branch and 1022 record by month; Home Affairs — open periods' progress and overdue items by
 * unit, with the city's charts; city leaders and viewers — the city's charts; the board — its figures.
 */
export function homeData({ db, clock }: AdminDeps) {
  return async (_request: unknown, _response: unknown, context: PageContext) => {
    const caller = callerOf(context);
    if (!caller) return { tasks: [] };
    const now = clock();
    const em = db.manager;
    const tasks = await tasksOf(em, caller, now, ADMIN_ROOT);
    const office = hasRole(caller, ...HOME_AFFAIRS_OFFICE);
    const periods = office
      ? (await openPeriodsProgress(em, evaluationPolicy.scope(caller))).map((period) => ({
          ...period,
          name: periodName(period),
          href: `${ADMIN_ROOT}/pages/periodControl?periodId=${period.id}`,
        }))
      : null;
    const overdue = office ? await overdueByUnit(em, now, 10) : null;

    const root = await homeRootOf(em, caller);
    const period = root ? await latestRatedPeriod(em) : null;
    const levels =
      root && period
        ? {
            periodName: periodName(period),
            labels: LEVEL_ORDER.map((level) => ({ level, label: LEVEL_LABELS_VI[level] })),
            rows: await levelsByBranch(em, caller, root, period.id),
          }
        : null;
    const onTime = root
      ? await onTimeByMonth(
          em,
          caller.cityWide || caller.headedUnits.length === 0 ? null : await subtreeIdsOn(em, root, cityDayOf(now)),
          now,
        )
      : null;

    const boardShown = hasRole(caller, Role.BOARD_MEMBER) || caller.cityWide;
    const figures = boardShown ? await boardFigures(em, caller.user.id, cityDayOf(now)) : null;
    const board = figures
      ? {
          ...figures,
          byStatus: figures.byStatus.map((row) => ({ ...row, label: INITIATIVE_STATUS_LABELS_VI[row.status] })),
        }
      : null;
    return { tasks, periods, overdue, levels, onTime, board };
  };
}
