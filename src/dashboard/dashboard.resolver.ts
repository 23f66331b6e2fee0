import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Allow, SIGNED_IN } from '../auth/permissions.js';
import { pageWindow } from '../common/pagination.js';
import { DateScalar } from '../common/scalars.js';
import type { RequestContext } from '../context.js';
import { UnitKind } from '../hierarchy/hierarchy.enums.js';
import { UnitType } from '../hierarchy/unit.type.js';
import { readDashboard } from './dashboard.read.js';
import { DashboardType, EvaluationAggregateType, FeedbackAggregateType, UnitRankingRowType } from './dashboard.type.js';
import { EvaluationGroupBy, FeedbackGroupBy, RankingMetric } from './dashboard.enums.js';
import { EvaluationAggregateWhere } from './dashboard.inputs.js';

const UNIT_ID = 'The unit counted, with its sub-units unless `includeSubunits` is false.';
const INCLUDE_SUBUNITS = 'Also count the units under it (default true).';

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

  @Allow(SIGNED_IN)
  @Query(() => [EvaluationAggregateType], {
    description:
      'Evaluations of a unit with its sub-units grouped: count, and sum, average, min and max of the score. Every status is counted (drafts too) unless `where` narrows it, e.g. `status: { in: [APPROVED, NOTIFIED] }`; the dashboard counts rated evaluations only. For a caller who does not see every result, groups of fewer than 3 are left out (R32).',
  })
  async evaluationAggregates(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { description: UNIT_ID }) unitId: string,
    @Arg('groupBy', () => [EvaluationGroupBy], { description: 'What to group by; none: one row for everything.' })
    groupBy: EvaluationGroupBy[],
    @Arg('periodId', () => ID, { nullable: true, description: 'One period; without it, every period.' })
    periodId?: string,
    @Arg('includeSubunits', () => Boolean, { nullable: true, defaultValue: true, description: INCLUDE_SUBUNITS })
    includeSubunits?: boolean,
    @Arg('where', () => EvaluationAggregateWhere, { nullable: true, description: 'Which evaluations to count.' })
    where?: EvaluationAggregateWhere,
  ) {
    const { asOf, rows } = await ctx.services.dashboard.evaluationAggregates(await ctx.caller(), unitId, {
      periodId: periodId ?? null,
      includeSubunits: includeSubunits ?? true,
      groupBy,
      where: where ?? null,
    });
    return rows.map((row) => EvaluationAggregateType.from(row, asOf));
  }

  @Allow(SIGNED_IN)
  @Query(() => [FeedbackAggregateType], {
    description:
      '1022 items received in [from, to] by a unit with its sub-units, as they stand now, grouped: count, replied on time or late, overdue, handling days.',
  })
  async feedbackAggregates(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { description: UNIT_ID }) unitId: string,
    @Arg('from', () => DateScalar, { description: 'First day of receipt (Asia/Ho_Chi_Minh).' }) from: string,
    @Arg('to', () => DateScalar, { description: 'Last day of receipt, included.' }) to: string,
    @Arg('groupBy', () => [FeedbackGroupBy], { description: 'What to group by; none: one row for everything.' })
    groupBy: FeedbackGroupBy[],
    @Arg('includeSubunits', () => Boolean, { nullable: true, defaultValue: true, description: INCLUDE_SUBUNITS })
    includeSubunits?: boolean,
  ) {
    const { asOf, rows } = await ctx.services.dashboard.feedbackAggregates(unitId, from, to, {
      includeSubunits: includeSubunits ?? true,
      groupBy,
    });
    return rows.map((row) => FeedbackAggregateType.from(row, asOf));
  }
}
