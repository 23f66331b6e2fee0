import type { PageContext } from 'adminjs';
import { cityDayOf, isIsoDay } from '../../src/common/dates.js';
import { isEnumValue } from '../../src/common/enum-value.js';
import { BadInputError } from '../../src/common/errors.js';
import { PLAN_STATUS_LABELS_VI, UNIT_KIND_LABELS_VI, UnitKind } from '../../src/hierarchy/hierarchy.enums.js';
import { listPlans, stepsOf } from '../../src/hierarchy/plan.queries.js';
import { treeOn } from '../../src/hierarchy/tree.queries.js';
import { COMPONENTS } from '../components/index.js';
import { ADMIN_ROOT, type AdminDeps } from '../deps.js';
import { callerOf } from '../session.js';
import { page, text } from './page.js';

const isUnitKind = (kind: string): kind is UnitKind => isEnumValue(UnitKind, kind);

/** A day as the form sends it (yyyy-mm-dd); anything else is named as the field's problem. */
function day(value: unknown, field: string): string {
  const typed = text(value);
  if (!isIsoDay(typed)) throw new BadInputError([{ field, message: 'ngày không hợp lệ' }], `${field} is not a day.`);
  return typed;
}

/**
 * "Cây đơn vị theo ngày": the tree of any day (the units are reference data, read by everyone signed in); and
 * "Nhập kế hoạch sắp xếp" (Home Affairs' office): a draft plan from an act's units and its mapping, read in the
 * browser and sent as text, made by the same service as GraphQL and the command line; it is then previewed,
 * applied or scheduled from its record.
 */
export function hierarchyPages({ db, clock, services }: AdminDeps) {
  const planImport = page(
    'planImport',
    async () => {
      const { plans } = await listPlans(db.manager, 0, 10);
      return {
        plans: plans.map((plan) => ({
          id: plan.id,
          actNumber: plan.actNumber,
          title: plan.title,
          effectiveDate: plan.effectiveDate,
          statusLabel: PLAN_STATUS_LABELS_VI[plan.status],
          href: `${ADMIN_ROOT}/resources/ReorganisationPlan/records/${plan.id}/show`,
        })),
      };
    },
    async (caller, body) => {
      const asked = Array.isArray(body.abolish) ? body.abolish.map(String) : [];
      const unknown = asked.filter((kind) => !isUnitKind(kind));
      const abolish = asked.filter(isUnitKind);
      if (unknown.length > 0)
        throw new BadInputError(
          [{ field: 'abolish', message: `cấp không hợp lệ: ${unknown.join(', ')}` }],
          'Unknown level.',
        );
      const plan = await services.plans.importMapping(
        {
          actNumber: text(body.actNumber),
          title: text(body.title),
          signedOn: day(body.signedOn, 'signedOn'),
          effectiveDate: day(body.effectiveDate, 'effectiveDate'),
        },
        { units: text(body.units), mapping: text(body.mapping) },
        { abolish, createUnmapped: body.createUnmapped === true },
        caller.user.id,
      );
      const steps = await stepsOf(db.manager, plan.id);
      return `Đã tạo kế hoạch nháp ${plan.actNumber} với ${String(steps.length)} bước: mở kế hoạch để xem trước, áp dụng hoặc đặt lịch.`;
    },
  );
  return {
    planImport: { component: COMPONENTS.PlanImport, icon: 'Upload', handler: planImport },
    unitTree: {
      component: COMPONENTS.UnitTree,
      icon: 'GitBranch',
      handler: async (request: { query?: Record<string, unknown> }, _response: unknown, context: PageContext) => {
        if (!callerOf(context)) return { ok: false, message: 'Chưa đăng nhập hoặc phiên đã hết hạn.' };
        const asked = text(request.query?.day);
        const day = isIsoDay(asked) ? asked : cityDayOf(clock());
        const units = await treeOn(db.manager, day);
        return {
          ok: true,
          day,
          units: units.map((unit) => ({
            ...unit,
            kindLabel: isUnitKind(unit.kind) ? UNIT_KIND_LABELS_VI[unit.kind] : unit.kind,
            href: `${ADMIN_ROOT}/resources/Unit/records/${unit.id}/show`,
          })),
        };
      },
    },
  };
}
