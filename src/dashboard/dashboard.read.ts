import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../context.js';
import { readFromReplica } from '../database/data-source.js';
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
  return replica
    ? readFromReplica(ctx.db, (em) => dashboardOn(em, ctx, unitId, periodId, lineage))
    : dashboardOn(ctx.db.manager, ctx, unitId, periodId, lineage);
}

async function dashboardOn(
  em: EntityManager,
  ctx: RequestContext,
  unitId: string,
  periodId: string,
  lineage: boolean,
): Promise<DashboardType> {
  const period = await requirePeriod(em, periodId);
  const unit = isWellFormedId(unitId) ? await ctx.loaders.unitById.load(unitId) : null;
  if (!unit) throw new NotFoundError('đơn vị', 'Unit');
  const unitIds = await subtreeIdsOn(em, unit.id, period.endsOn);
  const levels = await levelsByStatus(em, period.id, unitIds);
  const rated = levels.filter((row) => row.level && RATED_STATUSES.includes(row.status));
  const ratedTotal = rated.reduce((sum, row) => sum + row.count, 0);
  const withheld = aggregateFor(await ctx.caller(), ratedTotal, false) === null;
  const levelCounts = [...LEVEL_ORDER, RatingLevel.NOT_RATED].map((level) =>
    Object.assign(new LevelCountType(), {
      level,
      count: withheld ? null : rated.filter((row) => row.level === level).reduce((sum, row) => sum + row.count, 0),
    }),
  );
  const feedbackUnits = lineage ? await withPredecessors(em, unitIds) : { unitIds, approximate: false };
  const stats = await summarisedFeedbackStats(em, feedbackUnits.unitIds, period.startsOn, period.endsOn);
  const findings = await openFindingsOf(em, unitIds);
  const initiatives = await initiativesByStatus(em, unitIds);
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
