import { In, type DataSource, type EntityManager } from 'typeorm';
import { readFromReplica } from '../database/data-source.js';
import type { Caller } from '../auth/caller.js';
import { BadInputError } from '../common/errors.js';
import { findOrNotFound } from '../common/find.js';
import { LEVEL_ORDER, RATED_STATUSES, RatingLevel, EvaluationStatus } from '../evaluation/evaluation.enums.js';
import type { EvaluationPeriod } from '../evaluation/evaluation-period.entity.js';
import { MIN_GROUP, aggregateFor, seesAllResults } from '../evaluation/evaluation.policy.js';
import type { LevelCount } from '../evaluation/evaluation.service.js';
import { requirePeriod } from '../evaluation/period.service.js';
import { feedbackRanking } from '../feedback/feedback.queries.js';
import { withPredecessors } from '../hierarchy/plan.queries.js';
import { subtreeIdsOn } from '../hierarchy/tree.queries.js';
import type { UnitKind } from '../hierarchy/hierarchy.enums.js';
import { Unit } from '../hierarchy/unit.entity.js';
import { loadSettings } from '../settings/settings.js';
import type { InitiativeStatus } from '../initiative/initiative.enums.js';
import {
  excellentRanking,
  initiativesByStatus,
  levelsByStatus,
  openFindingsOf,
  satisfactionRanking,
  summarisedFeedbackStats,
  type RankingRow,
} from './dashboard.queries.js';

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

const PENDING: readonly EvaluationStatus[] = [EvaluationStatus.DRAFT, EvaluationStatus.SELF_ASSESSED];

/** Reads of the dashboards: the figures of a unit's subtree over a period, and units ranked by a metric. */
export class DashboardService {
  constructor(private readonly db: DataSource) {}

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
    const period = await requirePeriod(em, periodId);
    const unit = await findOrNotFound(em, Unit, unitId, ['đơn vị', 'Unit']);
    const unitIds = await subtreeIdsOn(em, unit.id, period.endsOn);
    const levels = await levelsByStatus(em, period.id, unitIds);
    const rated = levels.filter((row) => row.level && RATED_STATUSES.includes(row.status));
    const ratedTotal = rated.reduce((sum, row) => sum + row.count, 0);
    const withheld = aggregateFor(caller, ratedTotal, false) === null;
    const levelCounts = [...LEVEL_ORDER, RatingLevel.NOT_RATED].map((level) => ({
      level,
      count: withheld ? null : rated.filter((row) => row.level === level).reduce((sum, row) => sum + row.count, 0),
    }));
    const feedbackUnits = lineage ? await withPredecessors(em, unitIds) : { unitIds, approximate: false };
    const stats = await summarisedFeedbackStats(em, feedbackUnits.unitIds, period.startsOn, period.endsOn);
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
      openFindings: await openFindingsOf(em, unitIds),
      initiativesByStatus: await initiativesByStatus(em, unitIds),
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
      const minGroup = seesAllResults(caller) ? 1 : MIN_GROUP;
      rows = await excellentRanking(em, period.id, RATED_STATUSES, kind, minGroup, limit);
    }
    const units = await em.findBy(Unit, { id: In(rows.map((row) => row.unitId)) });
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    const ranked = rows.flatMap((row) => {
      const unit = byId.get(row.unitId);
      return unit
        ? [{ rank: row.rank, unit, value: row.value, count: row.count, approximate: row.approximate ?? false }]
        : [];
    });
    return { period, rows: ranked };
  }
}
