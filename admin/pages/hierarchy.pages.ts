import type { PageContext } from 'adminjs';
import { cityDayOf, isIsoDay } from '../../src/common/dates.js';
import { UNIT_KIND_LABELS_VI, type UnitKind } from '../../src/hierarchy/unit-kind.js';
import { treeOn } from '../../src/hierarchy/tree.queries.js';
import { COMPONENTS } from '../components/index.js';
import { ADMIN_ROOT, type AdminDeps } from '../deps.js';
import { callerOf } from '../session.js';

/** "Cây đơn vị theo ngày": the tree of any day (the units are reference data, read by everyone signed in). */
export function hierarchyPages({ db, clock }: AdminDeps) {
  return {
    unitTree: {
      component: COMPONENTS.UnitTree,
      icon: 'GitBranch',
      handler: async (request: { query?: Record<string, unknown> }, _response: unknown, context: PageContext) => {
        if (!callerOf(context)) return { ok: false, message: 'Chưa đăng nhập hoặc phiên đã hết hạn.' };
        const asked = String(request.query?.day ?? '');
        const day = isIsoDay(asked) ? asked : cityDayOf(clock());
        const units = await treeOn(db.manager, day);
        return {
          ok: true,
          day,
          units: units.map((unit) => ({ ...unit, kindLabel: UNIT_KIND_LABELS_VI[unit.kind as UnitKind], href: `${ADMIN_ROOT}/resources/Unit/records/${unit.id}/show` })),
        };
      },
    },
  };
}
