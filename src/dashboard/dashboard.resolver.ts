import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Allow, SIGNED_IN } from '../auth/permissions.js';
import { BadInputError, NotFoundError } from '../common/errors.js';
import { isWellFormedId } from '../common/ids.js';
import { pageWindow } from '../common/pagination.js';
import type { RequestContext } from '../context.js';
import { EvaluationStatus, LEVEL_ORDER, RATED_STATUSES, RatingLevel } from '../evaluation/evaluation-enums.js';
import { aggregateFor, MIN_GROUP, seesAllResults } from '../evaluation/evaluation.policy.js';
import { EvaluationPeriodType, LevelCountType } from '../evaluation/evaluation.type.js';
import { requirePeriod } from '../evaluation/period.service.js';
import { feedbackRanking, feedbackStats } from '../feedback/feedback.queries.js';
import { subtreeIdsOn } from '../hierarchy/tree.queries.js';
import { UnitKind } from '../hierarchy/unit-kind.js';
import { UnitType } from '../hierarchy/unit.type.js';
import { InitiativeStatusCountType } from '../initiative/initiative.type.js';
import { DashboardType, RankingMetric, UnitRankingRowType } from './dashboard.type.js';

@Resolver()
export class DashboardResolver {
  @Allow(SIGNED_IN)
  @Query(() => DashboardType, { description: 'A unit with its sub-units over a period: levels, workload, the 1022 record, findings, initiatives.' })
  async dashboard(@Ctx() ctx: RequestContext, @Arg('unitId', () => ID) unitId: string, @Arg('periodId', () => ID) periodId: string) {
    const period = await requirePeriod(ctx.db.manager, periodId);
    const unit = isWellFormedId(unitId) ? await ctx.loaders.unitById.load(unitId) : null;
    if (!unit) throw new NotFoundError('đơn vị', 'Unit');
    const unitIds = await subtreeIdsOn(ctx.db.manager, unit.id, period.endsOn);
    const levels: Array<{ level: RatingLevel | null; status: EvaluationStatus; count: number }> = await ctx.db.query(
      `SELECT level, status, count(*)::int AS count FROM evaluation WHERE period_id = $1 AND unit_id = ANY($2::uuid[]) GROUP BY level, status`,
      [period.id, unitIds],
    );
    const rated = levels.filter((row) => row.level && RATED_STATUSES.includes(row.status));
    const ratedTotal = rated.reduce((sum, row) => sum + row.count, 0);
    const withheld = aggregateFor(await ctx.caller(), ratedTotal, false) === null;
    const levelCounts = [...LEVEL_ORDER, RatingLevel.NOT_RATED].map((level) =>
      Object.assign(new LevelCountType(), { level, count: withheld ? null : rated.filter((row) => row.level === level).reduce((sum, row) => sum + row.count, 0) }),
    );
    const stats = await feedbackStats(ctx.db.manager, unitIds, period.startsOn, period.endsOn);
    const [{ findings }] = await ctx.db.query(`SELECT count(*)::int AS findings FROM finding WHERE responsible_unit_id = ANY($1::uuid[]) AND status <> 'VERIFIED'`, [unitIds]);
    const initiatives = await ctx.db.query(`SELECT status, count(*)::int AS count FROM initiative WHERE unit_id = ANY($1::uuid[]) GROUP BY status ORDER BY status`, [unitIds]);
    return Object.assign(new DashboardType(), {
      unit: UnitType.from(unit, period.endsOn),
      period: EvaluationPeriodType.from(period),
      levelCounts,
      evaluatedCount: ratedTotal,
      pendingCount: levels.filter((row) => row.status === 'DRAFT' || row.status === 'SELF_ASSESSED').reduce((sum, row) => sum + row.count, 0),
      onTimeRate: stats.onTimeRate,
      satisfactionPercent: stats.satisfactionPercent,
      overdueFeedback: stats.overdueAtEnd,
      openFindings: findings,
      initiativesByStatus: initiatives.map((row: InitiativeStatusCountType) => Object.assign(new InitiativeStatusCountType(), row)),
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
  ) {
    const period = await requirePeriod(ctx.db.manager, periodId);
    const { limit } = pageWindow({ first: first ?? 10 });
    if (limit === 0) throw new BadInputError([{ field: 'first', message: 'phải lớn hơn 0' }]);
    let rows: Array<{ unitId: string; value: number | null; count: number }>;
    if (by === RankingMetric.FEEDBACK_ON_TIME) {
      rows = (await feedbackRanking(ctx.db.manager, kind ?? null, period.startsOn, period.endsOn, false, limit)).map((row) => ({ unitId: row.unitId, value: row.onTimeRate, count: row.due }));
    } else if (by === RankingMetric.SATISFACTION) {
      rows = (
        await ctx.db.query(
          `SELECT DISTINCT ON (s.unit_id) s.unit_id AS "unitId", s.percent::float AS value, s.sample_size AS count
             FROM satisfaction_result s JOIN unit u ON u.id = s.unit_id
            WHERE s.period_id = $1 AND ($2::unit_kind IS NULL OR u.kind = $2::unit_kind)
            ORDER BY s.unit_id, array_position(ARRAY['CITY_INDEX', 'SIPAS', 'KIOSK']::satisfaction_source[], s.source)`,
          [period.id, kind ?? null],
        )
      ).sort((a: { value: number }, b: { value: number }) => b.value - a.value).slice(0, limit);
    } else {
      const all = seesAllResults(await ctx.caller());
      rows = (
        await ctx.db.query(
          `SELECT e.unit_id AS "unitId", count(*)::int AS count,
                  round(100.0 * count(*) FILTER (WHERE e.level = 'EXCELLENT') / count(*), 2)::float AS value
             FROM evaluation e JOIN unit u ON u.id = e.unit_id
            WHERE e.period_id = $1 AND e.level IS NOT NULL AND e.status = ANY($2::evaluation_status[]) AND ($3::unit_kind IS NULL OR u.kind = $3::unit_kind)
            GROUP BY e.unit_id HAVING count(*) >= $4
            ORDER BY value DESC, count DESC LIMIT $5`,
          [period.id, RATED_STATUSES, kind ?? null, all ? 1 : MIN_GROUP, limit],
        )
      );
    }
    const result: UnitRankingRowType[] = [];
    for (const [index, row] of rows.entries()) {
      const unit = await ctx.loaders.unitById.load(row.unitId);
      if (unit) result.push(Object.assign(new UnitRankingRowType(), { rank: index + 1, unit: UnitType.from(unit, period.endsOn), value: row.value, count: row.count }));
    }
    return result;
  }
}
