import type { RequestContext } from '../context.js';
import { EvaluationPeriodType, LevelCountType } from '../evaluation/evaluation.type.js';
import { UnitType } from '../hierarchy/unit.type.js';
import { InitiativeStatusCountType } from '../initiative/initiative.type.js';
import { DashboardType } from './dashboard.type.js';

/**
 * A unit with its sub-units (the tree of the period's last day) over a period, for the query and the subscription.
 * Its aggregates are read on a replica when there are some (`replica`, the query), else — and for a live update,
 * which must show the change it announces — on the primary.
 */
export async function readDashboard(
  ctx: RequestContext,
  unitId: string,
  periodId: string,
  lineage: boolean,
  replica = true,
): Promise<DashboardType> {
  const dashboard = await ctx.services.dashboard.read(await ctx.caller(), unitId, periodId, lineage, replica);
  return Object.assign(new DashboardType(), {
    ...dashboard,
    unit: UnitType.from(dashboard.unit, dashboard.period.endsOn),
    period: EvaluationPeriodType.from(dashboard.period),
    levelCounts: dashboard.levelCounts.map((count) => Object.assign(new LevelCountType(), count)),
    initiativesByStatus: dashboard.initiativesByStatus.map((row) =>
      Object.assign(new InitiativeStatusCountType(), row),
    ),
  });
}
