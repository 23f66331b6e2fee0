import type { DataSource, EntityManager } from 'typeorm';
import { readFromReplica } from '../database/data-source.js';
import type { Caller } from '../auth/caller.js';
import { cityDayOf, endOfCityDay } from '../common/dates.js';
import { BadInputError, NotFoundError } from '../common/errors.js';
import { isWellFormedId } from '../common/ids.js';
import type { Clock } from '../context.js';
import { LEVEL_ORDER, RATED_STATUSES, RatingLevel, EvaluationStatus } from '../evaluation/evaluation.enums.js';
import { EvaluationPeriod } from '../evaluation/evaluation-period.entity.js';
import { aggregateFor, smallestGroupFor } from '../evaluation/evaluation.policy.js';
import type { LevelCount } from '../evaluation/evaluation.service.js';
import { PERIOD, requirePeriod } from '../evaluation/period.service.js';
import type { FeedbackStatus } from '../feedback/feedback.enums.js';
import { checkRange } from '../feedback/feedback.rules.js';
import { feedbackRanking } from '../feedback/feedback.queries.js';
import { withPredecessors } from '../hierarchy/plan.queries.js';
import { unitFromRow, unitsByIds, UNIT_LABEL } from '../hierarchy/tree.queries.js';
import type { UnitKind } from '../hierarchy/hierarchy.enums.js';
import type { Unit } from '../hierarchy/unit.entity.js';
import { loadSettings } from '../settings/settings.js';
import type { InitiativeStatus } from '../initiative/initiative.enums.js';
import {
  dashboardFigures,
  dashboardScope,
  excellentRanking,
  satisfactionRanking,
  type RankingRow,
} from './dashboard.queries.js';
import { aggregateTargets, evaluationAggregates, feedbackAggregates } from './aggregates.queries.js';
import type { EvaluationGroupBy, FeedbackGroupBy } from './dashboard.enums.js';
import type { EvaluationAggregateWhere } from './dashboard.inputs.js';

/** What the dashboard ranks units by. */
export type RankingBy = 'FEEDBACK_ON_TIME' | 'SATISFACTION' | 'EXCELLENT_SHARE';

/** A unit with its sub-units over a period: aggregates only, nothing about one person. */
export interface Dashboard {
  unit: Unit;
  period: EvaluationPeriod;
  /** the units counted (the subtree, with lineage its predecessors): what a live update must touch to change it */
  unitIds: string[];
  levelCounts: LevelCount[];
  evaluatedCount: number;
  pendingCount: number;
  onTimeRate: number | null;
  approximate: boolean;
  satisfactionPercent: number | null;
  overdueFeedback: number;
  openFindings: number;
  initiativesByStatus: Array<{ status: InitiativeStatus; count: number }>;
}

/** One unit's place in a ranking. */
export interface Ranked {
  rank: number;
  unit: Unit;
  value: number | null;
  count: number;
  approximate: boolean;
}

/** What a grouped row of evaluations or 1022 items is keyed by: null where not grouped by it. */
export interface AggregateKey {
  unitKind: UnitKind | null;
  unit: Unit | null;
  /** the direct child of the unit asked for whose subtree the row counts (SUBTREE; null for the unit's own) */
  subtree: Unit | null;
}

/** Evaluations of a group: how many, and the rater's score over those that have one (null: withheld, R32). */
export interface EvaluationAggregate {
  key: AggregateKey & { period: EvaluationPeriod | null; level: RatingLevel | null; status: EvaluationStatus | null };
  count: number;
  scoredCount: number;
  sum: number | null;
  average: number | null;
  min: number | null;
  max: number | null;
}

/** 1022 items of a group. */
export interface FeedbackAggregate {
  key: AggregateKey & { month: string | null; status: FeedbackStatus | null };
  count: number;
  repliedOnTime: number;
  repliedLate: number;
  overdue: number;
  averageHandlingDays: number | null;
}

/** Grouped rows, with the day their units' nested fields (parent, head, …) are seen on. */
export interface Aggregates<R> {
  asOf: string;
  rows: R[];
}

const unitOf = (row: Record<string, unknown> | null) => (row ? unitFromRow(row) : null);

const PENDING: readonly EvaluationStatus[] = [EvaluationStatus.DRAFT, EvaluationStatus.SELF_ASSESSED];

/** Reads of the dashboards: the figures of a unit's subtree over a period, and units ranked by a metric. */
export class DashboardService {
  constructor(
    private readonly db: DataSource,
    private readonly now: Clock,
  ) {}

  /** A unit with its sub-units (the tree of the period's last day) over a period. */
  read(caller: Caller, unitId: string, periodId: string, lineage: boolean, replica: boolean): Promise<Dashboard> {
    return replica
      ? readFromReplica(this.db, (em) => this.readOn(em, caller, unitId, periodId, lineage))
      : this.readOn(this.db.manager, caller, unitId, periodId, lineage);
  }

  private async readOn(
    em: EntityManager,
    caller: Caller,
    unitId: string,
    periodId: string,
    lineage: boolean,
  ): Promise<Dashboard> {
    const wellFormed = (id: string) => (isWellFormedId(id) ? id : null);
    const { period, unit, unitIds } = await dashboardScope(em, wellFormed(periodId), wellFormed(unitId));
    if (!period) throw new NotFoundError(...PERIOD);
    if (!unit) throw new NotFoundError(...UNIT_LABEL);
    const feedbackUnits = lineage ? await withPredecessors(em, unitIds) : { unitIds, approximate: false };
    const figures = await dashboardFigures(em, period.id, unitIds, {
      unitIds: feedbackUnits.unitIds,
      from: period.startsOn,
      to: period.endsOn,
    });
    const { levels, openFindings, initiatives, feedback: stats } = figures;
    const rated = levels.filter((row) => row.level && RATED_STATUSES.includes(row.status));
    const ratedTotal = rated.reduce((sum, row) => sum + row.count, 0);
    const withheld = aggregateFor(caller, ratedTotal, false) === null;
    const levelCounts = [...LEVEL_ORDER, RatingLevel.NOT_RATED].map((level) => ({
      level,
      count: withheld ? null : rated.filter((row) => row.level === level).reduce((sum, row) => sum + row.count, 0),
    }));
    return {
      unit,
      period,
      unitIds: [...new Set([...unitIds, ...feedbackUnits.unitIds])],
      levelCounts,
      evaluatedCount: ratedTotal,
      pendingCount: levels.filter((row) => PENDING.includes(row.status)).reduce((sum, row) => sum + row.count, 0),
      onTimeRate: stats.onTimeRate,
      approximate: feedbackUnits.approximate,
      satisfactionPercent: stats.satisfactionPercent,
      overdueFeedback: stats.overdueAtEnd,
      openFindings,
      initiativesByStatus: initiatives,
    };
  }

  /** Units of a kind ranked by a metric over a period, best first; EXCELLENT shares of small groups withheld (R32). */
  async ranking(
    caller: Caller,
    periodId: string,
    by: RankingBy,
    options: { kind: UnitKind | null; limit: number; lineage: boolean },
  ): Promise<{ period: EvaluationPeriod; rows: Ranked[] }> {
    const em = this.db.manager;
    const period = await requirePeriod(em, periodId);
    const { kind, limit, lineage } = options;
    if (limit === 0) throw new BadInputError([{ field: 'first', message: 'phải lớn hơn 0' }]);
    let rows: RankingRow[];
    if (by === 'FEEDBACK_ON_TIME') {
      const ranked = await feedbackRanking(em, kind, period.startsOn, period.endsOn, false, limit, lineage);
      rows = ranked.map((row) => ({
        unitId: row.unitId,
        rank: row.rank,
        value: row.onTimeRate,
        count: row.due,
        approximate: row.approximate,
      }));
    } else if (by === 'SATISFACTION') {
      const order = (await loadSettings(em))['evaluation.satisfactionSourceOrder'];
      rows = await satisfactionRanking(em, period.id, order, kind, limit);
    } else {
      const minGroup = smallestGroupFor(caller);
      rows = await excellentRanking(em, period.id, RATED_STATUSES, kind, minGroup, limit);
    }
    const byId = await unitsByIds(
      em,
      rows.map((row) => row.unitId),
      null,
    );
    const ranked = rows.flatMap((row) => {
      const unit = byId.get(row.unitId);
      return unit
        ? [{ rank: row.rank, unit, value: row.value, count: row.count, approximate: row.approximate ?? false }]
        : [];
    });
    return { period, rows: ranked };
  }

  /**
   * Evaluations of a unit (with its sub-units, the tree of each period's last day as the dashboard counts them) in
   * a period or all, grouped: one statement after the check of what was asked for. A caller who does not see every
   * result gets no group of fewer than 3 evaluations and no score over fewer than 3 (R32), as the dashboard's.
   */
  evaluationAggregates(
    caller: Caller,
    unitId: string,
    options: {
      periodId: string | null;
      includeSubunits: boolean;
      groupBy: readonly EvaluationGroupBy[];
      where: EvaluationAggregateWhere | null;
    },
  ): Promise<Aggregates<EvaluationAggregate>> {
    return readFromReplica(this.db, async (em) => {
      const { periodId } = options;
      if (!isWellFormedId(unitId)) throw new NotFoundError(...UNIT_LABEL);
      if (periodId !== null && !isWellFormedId(periodId)) throw new NotFoundError(PERIOD[0], PERIOD[1]);
      const targets = await aggregateTargets(em, unitId, periodId);
      if (!targets.unit) throw new NotFoundError(...UNIT_LABEL);
      if (periodId !== null && targets.endsOn === null) throw new NotFoundError(PERIOD[0], PERIOD[1]);
      const minGroup = smallestGroupFor(caller);
      const rows = await evaluationAggregates(em, { ...options, unitId, minGroup });
      return {
        asOf: targets.endsOn ?? cityDayOf(this.now()),
        rows: rows.map((row) => {
          const score = <T>(value: T) => aggregateFor(caller, row.scored, value);
          return {
            key: {
              unitKind: row.unit_kind,
              unit: unitOf(row.unit),
              subtree: unitOf(row.branch),
              period: row.period ? Object.assign(new EvaluationPeriod(), row.period) : null,
              level: row.level,
              status: row.status,
            },
            count: row.count,
            scoredCount: row.scored,
            sum: score(row.sum),
            average: score(row.average),
            min: score(row.min),
            max: score(row.max),
          };
        }),
      };
    });
  }

  /**
   * 1022 items received in [from, to] by the unit assigned now (with its sub-units on today's tree, as the
   * `feedbackItems` list filters them), grouped: one statement after the check of the unit.
   */
  feedbackAggregates(
    unitId: string,
    from: string,
    to: string,
    options: { includeSubunits: boolean; groupBy: readonly FeedbackGroupBy[] },
  ): Promise<Aggregates<FeedbackAggregate>> {
    return readFromReplica(this.db, async (em) => {
      checkRange(from, to);
      if (!isWellFormedId(unitId)) throw new NotFoundError(...UNIT_LABEL);
      if (!(await aggregateTargets(em, unitId, null)).unit) throw new NotFoundError(...UNIT_LABEL);
      const now = this.now();
      const day = cityDayOf(now);
      const rows = await feedbackAggregates(em, {
        ...options,
        unitId,
        from: new Date(`${from}T00:00:00+07:00`),
        to: endOfCityDay(to),
        day,
        now,
      });
      return {
        asOf: day,
        rows: rows.map((row) => ({
          key: {
            unitKind: row.unit_kind,
            unit: unitOf(row.unit),
            subtree: unitOf(row.branch),
            month: row.month,
            status: row.status,
          },
          count: row.count,
          repliedOnTime: row.replied_on_time,
          repliedLate: row.replied_late,
          overdue: row.overdue,
          averageHandlingDays: row.average_handling_days,
        })),
      };
    });
  }
}
