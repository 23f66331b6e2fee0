import { ComponentLoader, type PageContext } from 'adminjs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AuthUser } from '../src/auth/auth-user.js';
import { cityDayOf } from '../src/common/dates.js';
import { INITIATIVE_STATUS_LABELS_VI } from '../src/initiative/initiative-enums.js';
import { boardFigures } from '../src/initiative/initiative.queries.js';
import type { AdminDeps } from './deps.js';

/** The project's root, from the sources (jest, ts) or the compiled code (dist/admin). */
function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return dir;
}

export const componentLoader = new ComponentLoader();
export const BOARD_DASHBOARD = componentLoader.add('BoardDashboard', path.join(projectRoot(), 'admin/components/board-dashboard.tsx'));

/** The figures of the board's dashboard (custom component admin/components/board-dashboard.tsx). */
export function boardDashboardData({ db, clock }: AdminDeps) {
  return async (_request: unknown, _response: unknown, context: PageContext) => {
    const userId = (context.currentAdmin as AuthUser | undefined)?.id ?? null;
    const figures = await boardFigures(db.manager, userId, cityDayOf(clock()));
    return { ...figures, byStatus: figures.byStatus.map((row) => ({ ...row, label: INITIATIVE_STATUS_LABELS_VI[row.status] })) };
  };
}
