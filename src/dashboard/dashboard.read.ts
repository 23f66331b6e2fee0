import type { RequestContext } from '../context.js';
import { NotFoundError } from '../common/errors.js';
import { isWellFormedId } from '../common/ids.js';
import { LEVEL_ORDER, RATED_STATUSES, RatingLevel } from '../evaluation/evaluation.enums.js';
import { aggregateFor } from '../evaluation/evaluation.policy.js';
import { EvaluationPeriodType, LevelCountType } from '../evaluation/evaluation.type.js';
import { requirePeriod } from '../evaluation/period.service.js';
import { withPredecessors } from '../hierarchy/plan.queries.js';
import { subtreeIdsOn } from '../hierarchy/tree.queries.js';
import { UnitType } from '../hierarchy/unit.type.js';
import { InitiativeStatusCountType } from '../initiative/initiative.type.js';
import { initiativesByStatus, levelsByStatus, openFindingsOf, summarisedFeedbackStats } from './dashboard.queries.js';
import { DashboardType } from './dashboard.type.js';

/** A unit with its sub-units (the tree of the period's last day) over a period, for the query and the subscription. */
export async function readDashboard(
  ctx: RequestContext,
  unitId: string,
  periodId: string,
  lineage: boolean,
): Promise<DashboardType> {
  const period = await requirePeriod(ctx.db.manager, periodId);
  const unit = isWellFormedId(unitId) ? await ctx.loaders.unitById.load(unitId) : null;
  if (!unit) throw new NotFoundError('đơn vị', 'Unit');
  const unitIds = await subtreeIdsOn(ctx.db.manager, unit.id, period.endsOn);
  const levels = await levelsByStatus(ctx.db.manager, period.id, unitIds);
  const rated = levels.filter((row) => row.level && RATED_STATUSES.includes(row.status));
  const ratedTotal = rated.reduce((sum, row) => sum + row.count, 0);
  const withheld = aggregateFor(await ctx.caller(), ratedTotal, false) === null;
  const levelCounts = [...LEVEL_ORDER, RatingLevel.NOT_RATED].map((level) =>
    Object.assign(new LevelCountType(), {
      level,
      count: withheld ? null : rated.filter((row) => row.level === level).reduce((sum, row) => sum + row.count, 0),
    }),
  );
  const feedbackUnits = lineage ? await withPredecessors(ctx.db.manager, unitIds) : { unitIds, approximate: false };
  const stats = await summarisedFeedbackStats(ctx.db.manager, feedbackUnits.unitIds, period.startsOn, period.endsOn);
  const findings = await openFindingsOf(ctx.db.manager, unitIds);
  const initiatives = await initiativesByStatus(ctx.db.manager, unitIds);
  return Object.assign(new DashboardType(), {
    unitIds: [...new Set([...unitIds, ...feedbackUnits.unitIds])],
    unit: UnitType.from(unit, period.endsOn),
    period: EvaluationPeriodType.from(period),
    levelCounts,
    evaluatedCount: ratedTotal,
    pendingCount: levels
      .filter((row) => row.status === 'DRAFT' || row.status === 'SELF_ASSESSED')
      .reduce((sum, row) => sum + row.count, 0),
    onTimeRate: stats.onTimeRate,
    approximate: feedbackUnits.approximate,
    satisfactionPercent: stats.satisfactionPercent,
    overdueFeedback: stats.overdueAtEnd,
    openFindings: findings,
    initiativesByStatus: initiatives.map((row) => Object.assign(new InitiativeStatusCountType(), row)),
  });
}
