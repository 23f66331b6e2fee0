import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Allow, SIGNED_IN } from '../auth/permissions.js';
import { BadInputError } from '../common/errors.js';
import { pageWindow } from '../common/pagination.js';
import type { RequestContext } from '../context.js';
import { RATED_STATUSES } from '../evaluation/evaluation.enums.js';
import { MIN_GROUP, seesAllResults } from '../evaluation/evaluation.policy.js';
import { requirePeriod } from '../evaluation/period.service.js';
import { feedbackRanking } from '../feedback/feedback.queries.js';
import { UnitKind } from '../hierarchy/hierarchy.enums.js';
import { UnitType } from '../hierarchy/unit.type.js';
import { excellentRanking, satisfactionRanking, type RankingRow } from './dashboard.queries.js';
import { readDashboard } from './dashboard.read.js';
import { DashboardType, UnitRankingRowType } from './dashboard.type.js';
import { RankingMetric } from './dashboard.enums.js';

@Resolver()
export class DashboardResolver {
  @Allow(SIGNED_IN)
  @Query(() => DashboardType, {
    description: 'A unit with its sub-units over a period: levels, workload, the 1022 record, findings, initiatives.',
  })
  async dashboard(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID) unitId: string,
    @Arg('periodId', () => ID) periodId: string,
    @Arg('lineage', () => Boolean, {
      nullable: true,
      description: 'The 1022 record also counts the units this one was formed from, for the days before it existed.',
    })
    lineage?: boolean,
  ) {
    return readDashboard(ctx, unitId, periodId, lineage ?? false);
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
      description:
        'FEEDBACK_ON_TIME: rank the units in force at the period’s end, each also over the units it was formed from, for the days before it existed.',
    })
    lineage?: boolean,
  ) {
    const period = await requirePeriod(ctx.db.manager, periodId);
    const { limit } = pageWindow({ first: first ?? 10 });
    if (limit === 0) throw new BadInputError([{ field: 'first', message: 'phải lớn hơn 0' }]);
    let rows: RankingRow[];
    if (by === RankingMetric.FEEDBACK_ON_TIME) {
      rows = (
        await feedbackRanking(
          ctx.db.manager,
          kind ?? null,
          period.startsOn,
          period.endsOn,
          false,
          limit,
          Boolean(lineage),
        )
      ).map((row) => ({
        unitId: row.unitId,
        rank: row.rank,
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
    // every row's unit in one batch (one statement), not one load per row
    const units = await Promise.all(rows.map((row) => ctx.loaders.unitById.load(row.unitId)));
    for (const [index, row] of rows.entries()) {
      const unit = units[index];
      if (unit)
        result.push(
          Object.assign(new UnitRankingRowType(), {
            rank: row.rank,
            unit: UnitType.from(unit, period.endsOn),
            value: row.value,
            count: row.count,
            approximate: row.approximate ?? false,
          }),
        );
    }
    return result;
  }
}
