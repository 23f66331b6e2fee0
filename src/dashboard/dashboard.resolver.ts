import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Allow, SIGNED_IN } from '../auth/permissions.js';
import { BadInputError, NotFoundError } from '../common/errors.js';
import { isWellFormedId } from '../common/ids.js';
import { pageWindow } from '../common/pagination.js';
import type { RequestContext } from '../context.js';
import { LEVEL_ORDER, RATED_STATUSES, RatingLevel } from '../evaluation/evaluation-enums.js';
import { aggregateFor, MIN_GROUP, seesAllResults } from '../evaluation/evaluation.policy.js';
import { EvaluationPeriodType, LevelCountType } from '../evaluation/evaluation.type.js';
import { requirePeriod } from '../evaluation/period.service.js';
import { feedbackRanking } from '../feedback/feedback.queries.js';
import { subtreeIdsOn } from '../hierarchy/tree.queries.js';
import { withPredecessors } from '../hierarchy/plan.queries.js';
import { UnitKind } from '../hierarchy/unit-kind.js';
import { UnitType } from '../hierarchy/unit.type.js';
import { InitiativeStatusCountType } from '../initiative/initiative.type.js';
import { excellentRanking, initiativesByStatus, levelsByStatus, openFindingsOf, satisfactionRanking, summarisedFeedbackStats, type RankingRow } from './dashboard.queries.js';
import { DashboardType, RankingMetric, UnitRankingRowType } from './dashboard.type.js';

@Resolver()
export class DashboardResolver {
  @Allow(SIGNED_IN)
  @Query(() => DashboardType, { description: 'A unit with its sub-units over a period: levels, workload, the 1022 record, findings, initiatives.' })
  async dashboard(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('periodId', () => ID) periodId: string,
    @Arg('lineage', () => Boolean, { nullable: true, description: 'The 1022 record also counts the units this one was formed from, for the days before it existed.' }) lineage?: boolean,
  ) {
    const period = await requirePeriod(ctx.db.manager, periodId);
    const unit = isWellFormedId(unitId) ? await ctx.loaders.unitById.load(unitId) : null;
    if (!unit) throw new NotFoundError('đơn vị', 'Unit');
    const unitIds = await subtreeIdsOn(ctx.db.manager, unit.id, period.endsOn);
    const levels = await levelsByStatus(ctx.db.manager, period.id, unitIds);
    const rated = levels.filter((row) => row.level && RATED_STATUSES.includes(row.status));
    const ratedTotal = rated.reduce((sum, row) => sum + row.count, 0);
    const withheld = aggregateFor(await ctx.caller(), ratedTotal, false) === null;
    const levelCounts = [...LEVEL_ORDER, RatingLevel.NOT_RATED].map((level) =>
      Object.assign(new LevelCountType(), { level, count: withheld ? null : rated.filter((row) => row.level === level).reduce((sum, row) => sum + row.count, 0) }),
    );
    const feedbackUnits = lineage ? await withPredecessors(ctx.db.manager, unitIds) : { unitIds, approximate: false };
    const stats = await summarisedFeedbackStats(ctx.db.manager, feedbackUnits.unitIds, period.startsOn, period.endsOn);
    const findings = await openFindingsOf(ctx.db.manager, unitIds);
    const initiatives = await initiativesByStatus(ctx.db.manager, unitIds);
    return Object.assign(new DashboardType(), {
      unit: UnitType.from(unit, period.endsOn),
      period: EvaluationPeriodType.from(period),
      levelCounts,
      evaluatedCount: ratedTotal,
      pendingCount: levels.filter((row) => row.status === 'DRAFT' || row.status === 'SELF_ASSESSED').reduce((sum, row) => sum + row.count, 0),
      onTimeRate: stats.onTimeRate,
      approximate: feedbackUnits.approximate,
      satisfactionPercent: stats.satisfactionPercent,
      overdueFeedback: stats.overdueAtEnd,
      openFindings: findings,
      initiativesByStatus: initiatives.map((row) => Object.assign(new InitiativeStatusCountType(), row)),
    });
  }

  @Allow(SIGNED_IN)
  @Query(() => [UnitRankingRowType], { description: 'Units of a kind ranked by a metric over a period, best first.' })
  async unitRanking(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID) periodId: string,
    @Arg('by', () => RankingMetric) by: RankingMetric,
    @Arg('kind', () => UnitKind, { nullable: true }) kind?: UnitKind,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('lineage', () => Boolean, {
      nullable: true,
      description: 'FEEDBACK_ON_TIME: rank the units in force at the period’s end, each also over the units it was formed from, for the days before it existed.',
    })
    lineage?: boolean,
  ) {
    const period = await requirePeriod(ctx.db.manager, periodId);
    const { limit } = pageWindow({ first: first ?? 10 });
    if (limit === 0) throw new BadInputError([{ field: 'first', message: 'phải lớn hơn 0' }]);
    let rows: RankingRow[];
    if (by === RankingMetric.FEEDBACK_ON_TIME) {
      rows = (await feedbackRanking(ctx.db.manager, kind ?? null, period.startsOn, period.endsOn, false, limit, Boolean(lineage))).map((row) => ({
        unitId: row.unitId,
        value: row.onTimeRate,
        count: row.due,
        approximate: row.approximate,
      }));
    } else if (by === RankingMetric.SATISFACTION) {
      rows = await satisfactionRanking(ctx.db.manager, period.id, kind ?? null, limit);
    } else {
      const minGroup = seesAllResults(await ctx.caller()) ? 1 : MIN_GROUP;
      rows = await excellentRanking(ctx.db.manager, period.id, RATED_STATUSES, kind ?? null, minGroup, limit);
    }
    const result: UnitRankingRowType[] = [];
    for (const [index, row] of rows.entries()) {
      const unit = await ctx.loaders.unitById.load(row.unitId);
      if (unit) result.push(Object.assign(new UnitRankingRowType(), { rank: index + 1, unit: UnitType.from(unit, period.endsOn), value: row.value, count: row.count, approximate: row.approximate ?? false }));
    }
    return result;
  }
}
