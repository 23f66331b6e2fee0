import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Allow, SIGNED_IN } from '../auth/permissions.js';
import { pageWindow } from '../common/pagination.js';
import type { RequestContext } from '../context.js';
import { UnitKind } from '../hierarchy/hierarchy.enums.js';
import { UnitType } from '../hierarchy/unit.type.js';
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
    @Arg('unitId', () => ID, { description: 'The unit; its sub-units on the period’s last day are counted too.' })
    unitId: string,
    @Arg('periodId', () => ID, { description: 'The period.' }) periodId: string,
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
    @Arg('periodId', () => ID, { description: 'The period.' }) periodId: string,
    @Arg('by', () => RankingMetric, { description: 'The metric.' }) by: RankingMetric,
    @Arg('kind', () => UnitKind, { nullable: true, description: 'Only units of this kind (wards, districts, …).' })
    kind?: UnitKind,
    @Arg('first', () => Int, { nullable: true, description: 'How many rows (default 10, at most the page limit).' })
    first?: number,
    @Arg('lineage', () => Boolean, {
      nullable: true,
      description:
        'FEEDBACK_ON_TIME: rank the units in force at the period’s end, each also over the units it was formed from, for the days before it existed.',
    })
    lineage?: boolean,
  ) {
    const { limit } = pageWindow({ first: first ?? 10 });
    const { period, rows } = await ctx.services.dashboard.ranking(await ctx.caller(), periodId, by, {
      kind: kind ?? null,
      limit,
      lineage: Boolean(lineage),
    });
    return rows.map((row) =>
      Object.assign(new UnitRankingRowType(), { ...row, unit: UnitType.from(row.unit, period.endsOn) }),
    );
  }
}
