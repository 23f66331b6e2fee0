import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { resolveCaller, type Caller } from '../auth/caller.js';
import { hasAnyRole } from '../auth/permissions.js';
import { assertVisible, visibleIds } from '../auth/policy.js';
import { aggregateFor, evaluationPolicy, mayReadHeadInputs, seesAllResults } from './evaluation.policy.js';
import { refreshRaters, refreshRatersUnder } from './raters.queries.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';
import { Role } from '../auth/auth.enums.js';
import { addDays, cityDayOf } from '../common/dates.js';
import {
  BadInputError,
  DeadlinePassedError,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  QuotaExceededError,
  StaleVersionError,
} from '../common/errors.js';
import { findOrNotFound, type NotFoundLabel } from '../common/find.js';
import { isWellFormedId } from '../common/ids.js';
import { inTransaction } from '../common/transaction.js';
import { assertValidInput } from '../common/valid-input.js';
import type { Clock } from '../context.js';
import { subtreeIdsOn, UNIT_LABEL } from '../hierarchy/tree.queries.js';
import { Unit } from '../hierarchy/unit.entity.js';
import { Position } from '../people/people.enums.js';
import { raterOn } from '../people/people.service.js';
import { loadSettings, type Settings } from '../settings/settings.js';
import {
  APPROVED_STATUSES,
  EvaluationStatus,
  LEVEL_ORDER,
  PeriodKind,
  PeriodStatus,
  RatingLevel,
  RuleSetId,
} from './evaluation.enums.js';
import { EvaluationEvent } from './evaluation-event.entity.js';
import type { EvaluationPeriod } from './evaluation-period.entity.js';
import { Evaluation } from './evaluation.entity.js';
import {
  evaluationById,
  evaluationsByIds,
  hasQuotaException,
  headEvaluationOf,
  levelCountsOf,
  listEvaluations,
  quotaGroupOf,
  unapprovedRatedBy,
  unitRatioOf,
  type EvaluationListFilter,
  type EvaluationPage,
  type EvaluationRead,
} from './evaluation.queries.js';
import { EVALUATION_STEPS, raterChoice, runPipeline, splitOf, type EvaluationAction } from './evaluation.rules.js';
import { gatherHeadInputs, type HeadInputProvider, type HeadInputs } from './head-inputs/head-inputs.js';
import { RateEvaluationInput, SelfAssessInput } from './evaluation.inputs.js';
import { SATISFACTION_GATED_KINDS } from './head-inputs/providers.js';
import { levelVi } from './levels.js';
import { evidenceDay } from './period.rules.js';
import { meritPointsOf } from '../initiative/merit.js';
import { announceEvaluationSteps } from '../notification/notification.outbox.js';
import { forcingEvents, serviceRecord } from './person-inputs.queries.js';
import { requirePeriod } from './period.service.js';
import { quotaDecision } from './quota.rules.js';
import { RULE_SETS } from './rule-sets/index.js';
import type { Criteria, ScoreParts } from './rule-sets/rule-set.js';

export interface SelfAssessment {
  evaluationId: string;
  parts?: ScoreParts | null;
  criteria?: Criteria | null;
  narrative: string;
}

export interface Rating {
  evaluationId: string;
  version: number;
  parts?: ScoreParts | null;
  criteria?: Criteria | null;
  level?: RatingLevel | null;
  reason?: string | null;
  comment: string;
  collectiveComment?: string | null;
  partyComment?: string | null;
}

export interface AppealDecision {
  uphold: boolean;
  parts?: ScoreParts | null;
  criteria?: Criteria | null;
  level?: RatingLevel | null;
  reason: string;
}

/** Who takes a step: a signed-in user, or (for the demo seed) a person acting without a login. */
export type Actor = Pick<AuthUser, 'roles' | 'personId'> & { id: string | null };

interface Locked {
  evaluation: Evaluation;
  period: EvaluationPeriod;
}

const EVALUATION: NotFoundLabel = ['phiếu đánh giá', 'Evaluation'];

/** How many evaluations of a unit stand at a level; null where R32 withholds so small a group. */
export interface LevelCount {
  level: RatingLevel;
  count: number | null;
}

/** The workflow of R16 with the pipeline of R12, the quota of R15 and the dependencies of R18. */
export class EvaluationService {
  constructor(
    private readonly db: DataSource,
    private readonly now: Clock,
    private readonly providers: readonly HeadInputProvider[],
  ) {}

  async selfAssess(actor: Actor, input: SelfAssessment): Promise<Evaluation> {
    await assertValidInput(SelfAssessInput, input);
    return this.step(actor, input.evaluationId, async (em, { evaluation, period }) => {
      if (actor.personId !== evaluation.personId)
        throw new ForbiddenError('Chỉ người được đánh giá tự đánh giá.', 'Only the person self-assesses.');
      EVALUATION_STEPS.allow(evaluation.status, 'SELF_ASSESS');
      const settings = await loadSettings(em);
      evaluation.selfScore = this.selfScore(evaluation, input, settings);
      evaluation.selfParts = input.parts ?? null;
      evaluation.selfCriteria = input.criteria ?? null;
      evaluation.narrative = input.narrative.trim();
      return this.transition(em, evaluation, period, actor, 'SELF_ASSESS', null);
    });
  }

  async rate(actor: Actor, input: Rating): Promise<Evaluation> {
    await assertValidInput(RateEvaluationInput, input);
    return this.step(
      actor,
      input.evaluationId,
      async (em, { evaluation, period }) => {
        this.requireRater(actor, evaluation);
        EVALUATION_STEPS.allow(evaluation.status, 'RATE');
        if (evaluation.version !== input.version) throw new StaleVersionError(evaluation.version);
        await this.score(em, evaluation, period, {
          parts: input.parts,
          criteria: input.criteria,
          level: input.level,
          reason: input.reason,
        });
        evaluation.comment = input.comment.trim();
        evaluation.collectiveComment = input.collectiveComment?.trim() || null;
        evaluation.partyComment = input.partyComment?.trim() || null;
        return this.transition(em, evaluation, period, actor, 'RATE', input.reason ?? null);
      },
      { quotaGroup: true },
    );
  }

  returnToPerson(actor: Actor, id: string, reason: string): Promise<Evaluation> {
    return this.step(
      actor,
      id,
      async (em, { evaluation, period }) => {
        this.requireRater(actor, evaluation);
        EVALUATION_STEPS.allow(evaluation.status, 'RETURN');
        return this.transition(em, evaluation, period, actor, 'RETURN', requireReason(reason));
      },
      { quotaGroup: true },
    );
  }

  approve(actor: Actor, id: string, version: number): Promise<Evaluation> {
    return inTransaction(this.db, async (em) => {
      await this.refreshRater(em, id);
      await this.assertVisible(em, actor, id);
      const peek = await findOrNotFound(em, Evaluation, id, EVALUATION);
      const period = await requirePeriod(em, peek.periodId);
      await this.lockGroup(em, period, peek.raterUnitId);
      const { evaluation } = await this.lock(em, id);
      this.assertOpen(period);
      this.requireRater(actor, evaluation);
      EVALUATION_STEPS.allow(evaluation.status, 'APPROVE');
      if (evaluation.version !== version) throw new StaleVersionError(evaluation.version);
      await this.assertDependenciesApproved(em, evaluation, []);
      await this.assertUnitRatioUnchanged(em, evaluation);
      await this.assertQuota(em, period, evaluation.raterUnitId);
      return this.transition(em, evaluation, period, actor, 'APPROVE', null);
    });
  }

  /** The whole group of one rater unit, in one transaction: all approved, or none. */
  approveGroup(actor: Actor, periodId: string, raterUnitId: string): Promise<Evaluation[]> {
    return inTransaction(this.db, async (em) => {
      const period = await requirePeriod(em, periodId);
      this.assertOpen(period);
      if (!isWellFormedId(raterUnitId)) throw new NotFoundError(...UNIT_LABEL);
      await refreshRatersUnder(em, [raterUnitId], cityDayOf(this.now()));
      await this.lockGroup(em, period, raterUnitId);
      const group = await em.find(Evaluation, {
        where: { periodId, raterUnitId, status: EvaluationStatus.REVIEWED },
        order: { createdAt: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (group.length === 0)
        throw new InvalidStateError('Không có phiếu nào chờ phê duyệt trong nhóm.', 'Nothing to approve in the group.');
      for (const evaluation of group) this.requireRater(actor, evaluation);
      const batch = group.map((evaluation) => evaluation.id);
      for (const evaluation of group) {
        await this.assertDependenciesApproved(em, evaluation, batch);
        await this.assertUnitRatioUnchanged(em, evaluation);
      }
      await this.assertQuota(em, period, raterUnitId);
      const approved: Evaluation[] = [];
      for (const evaluation of group) {
        approved.push(await this.transition(em, evaluation, period, actor, 'APPROVE', null, false));
      }
      await announceEvaluationSteps(em, period, approved, 'APPROVE', null);
      return approved;
    });
  }

  /** Home Affairs sends an approved result back to the rater, before it is notified. */
  reopen(actor: Actor, id: string, reason: string): Promise<Evaluation> {
    return this.step(actor, id, async (em, { evaluation, period }) => {
      if (!hasAnyRole(actor, [Role.HOME_AFFAIRS])) throw new ForbiddenError();
      EVALUATION_STEPS.allow(evaluation.status, 'REOPEN');
      return this.transition(em, evaluation, period, actor, 'REOPEN', requireReason(reason));
    });
  }

  /** Publishes the approved results of one rater unit's group to the people rated. */
  notify(actor: Actor, periodId: string, unitId: string): Promise<number> {
    return inTransaction(this.db, async (em) => {
      const period = await requirePeriod(em, periodId);
      this.assertOpen(period);
      if (!isWellFormedId(unitId)) throw new NotFoundError(...UNIT_LABEL);
      await refreshRatersUnder(em, [unitId], cityDayOf(this.now()));
      const group = await em.find(Evaluation, {
        where: { periodId, raterUnitId: unitId, status: EvaluationStatus.APPROVED },
        lock: { mode: 'pessimistic_write' },
      });
      const homeAffairs = hasAnyRole(actor, [Role.HOME_AFFAIRS]);
      if (!homeAffairs) for (const evaluation of group) this.requireRater(actor, evaluation);
      return this.notifyAll(em, period, actor, group);
    });
  }

  /** Home Affairs publishes every approved result of a period at once, all groups in one transaction. */
  notifyPeriod(actor: Actor, periodId: string): Promise<number> {
    return inTransaction(this.db, async (em) => {
      if (!hasAnyRole(actor, HOME_AFFAIRS_OFFICE))
        throw new ForbiddenError(
          'Chỉ Sở Nội vụ thông báo kết quả của cả kỳ.',
          'Only Home Affairs notifies a whole period.',
        );
      const period = await requirePeriod(em, periodId);
      this.assertOpen(period);
      const approved = await em.find(Evaluation, {
        where: { periodId, status: EvaluationStatus.APPROVED },
        lock: { mode: 'pessimistic_write' },
      });
      return this.notifyAll(em, period, actor, approved);
    });
  }

  private async notifyAll(
    em: EntityManager,
    period: EvaluationPeriod,
    actor: Actor,
    evaluations: Evaluation[],
  ): Promise<number> {
    for (const evaluation of evaluations) {
      evaluation.notifiedAt = this.now();
      await this.transition(em, evaluation, period, actor, 'NOTIFY', null, false);
    }
    await announceEvaluationSteps(em, period, evaluations, 'NOTIFY', null);
    return evaluations.length;
  }

  appeal(actor: Actor, id: string, reason: string): Promise<Evaluation> {
    return this.step(
      actor,
      id,
      async (em, { evaluation, period }) => {
        if (actor.personId !== evaluation.personId)
          throw new ForbiddenError('Chỉ người được đánh giá khiếu nại.', 'Only the person appeals.');
        EVALUATION_STEPS.allow(evaluation.status, 'APPEAL');
        const days = (await loadSettings(em))['evaluation.appealDays'];
        const lastDay = addDays(cityDayOf(evaluation.notifiedAt as Date), days);
        if (cityDayOf(this.now()) > lastDay) {
          throw new DeadlinePassedError(
            `Đã quá ${String(days)} ngày kể từ khi thông báo kết quả (hạn cuối ${lastDay}).`,
            `The ${String(days)}-day appeal window ended on ${lastDay}.`,
          );
        }
        return this.transition(em, evaluation, period, actor, 'APPEAL', requireReason(reason));
      },
      { allowClosed: true },
    );
  }

  /** The rater's own rater decides (Home Affairs for the city's direct reports); REVISED re-runs R12 and R15. */
  decideAppeal(actor: Actor, id: string, decision: AppealDecision): Promise<Evaluation> {
    return this.step(
      actor,
      id,
      async (em, { evaluation, period }) => {
        EVALUATION_STEPS.allow(evaluation.status, 'UPHOLD');
        const raterOfRater = evaluation.raterPersonId
          ? await raterOn(em, evaluation.raterPersonId, this.decisionDay(period))
          : null;
        const decider = raterOfRater?.raterPersonId ?? null;
        const allowed = decider ? actor.personId === decider : hasAnyRole(actor, [Role.HOME_AFFAIRS]);
        if (!allowed)
          throw new ForbiddenError(
            'Khiếu nại do cấp trên của người đánh giá giải quyết.',
            "The rater's own rater decides appeals.",
          );
        const reason = requireReason(decision.reason);
        if (decision.uphold) return this.transition(em, evaluation, period, actor, 'UPHOLD', reason);
        await this.score(em, evaluation, period, {
          parts: decision.parts ?? evaluation.parts,
          criteria: decision.criteria ?? evaluation.criteria,
          level: decision.level,
          reason,
        });
        if (period.kind === PeriodKind.YEAR) await this.assertQuota(em, period, evaluation.raterUnitId, evaluation);
        return this.transition(em, evaluation, period, actor, 'REVISE', reason);
      },
      { allowClosed: true, quotaGroup: true },
    );
  }

  // ——— reads ———

  /** One evaluation, if the caller may see it (R32); NOT_FOUND otherwise, exactly as for a missing one. */
  async get(caller: Caller, id: string): Promise<Evaluation> {
    await assertVisible(this.db.manager, evaluationPolicy, caller, id, EVALUATION);
    return evaluationById(this.db.manager, id);
  }

  /** Those of the evaluations the caller may see (R32), in the order asked: a live update's batch. */
  async visibleAmong(caller: Caller, ids: readonly string[]): Promise<Evaluation[]> {
    const visible = await visibleIds(this.db.manager, evaluationPolicy, caller, ids);
    return evaluationsByIds(
      this.db.manager,
      ids.filter((id) => visible.has(id)),
    );
  }

  /** A page of the evaluations the caller may see (R32); a unit with its sub-units on `day` when asked. */
  async list(
    caller: Caller,
    filter: Omit<EvaluationListFilter, 'unitIds'> & { unitId?: string | null; includeSubunits?: boolean | null },
    day: string,
    offset: number,
    limit: number,
    read?: EvaluationRead,
  ): Promise<EvaluationPage> {
    for (const field of ['periodId', 'unitId', 'personId', 'raterId'] as const) {
      const value = filter[field];
      if (value && !isWellFormedId(value)) throw new NotFoundError(field, field);
    }
    const { unitId, includeSubunits, ...rest } = filter;
    const unitIds = unitId
      ? includeSubunits
        ? await subtreeIdsOn(this.db.manager, unitId, day)
        : [unitId]
      : undefined;
    return listEvaluations(this.db.manager, { ...rest, unitIds }, evaluationPolicy.scope(caller), offset, limit, read);
  }

  /** Counts by level in a unit (with its sub-units on `day`), withheld below 3 people unless the caller sees all. */
  async levelCounts(
    caller: Caller,
    periodId: string,
    unitId: string,
    includeSubunits: boolean,
    day: string,
  ): Promise<LevelCount[]> {
    if (!isWellFormedId(periodId) || !isWellFormedId(unitId))
      throw new NotFoundError('kỳ hoặc đơn vị', 'Period or unit');
    const unitIds = includeSubunits ? await subtreeIdsOn(this.db.manager, unitId, day) : [unitId];
    const rows = await levelCountsOf(this.db.manager, periodId, unitIds);
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    return [...LEVEL_ORDER, RatingLevel.NOT_RATED].map((level) => ({
      level,
      count: aggregateFor(caller, total, rows.find((row) => row.level === level)?.count ?? 0),
    }));
  }

  /** R14 for a head's unit in a period: for the rater, the head, Home Affairs and city leaders (FORBIDDEN else). */
  async headInputsFor(caller: Caller, unitId: string, periodId: string): Promise<HeadInputs> {
    const em = this.db.manager;
    const unit = await findOrNotFound(em, Unit, unitId, UNIT_LABEL);
    const period = await requirePeriod(em, periodId);
    const head = await headEvaluationOf(em, unitId, periodId);
    if (!seesAllResults(caller) && (!head || !mayReadHeadInputs(caller, head))) throw new ForbiddenError();
    return this.gatherHeadInputs(em, unit, period, head?.personId ?? null);
  }

  /**
   * R14 for one head's evaluation (a unit may have a titular and an acting head in a period, each rated on their
   * own inputs), or for a unit without a head (`personId` null); who may see it is checked by the caller.
   */
  async headInputs(evaluation: { unitId: string; periodId: string; personId: string | null }): Promise<HeadInputs> {
    const em = this.db.manager;
    const unit = await findOrNotFound(em, Unit, evaluation.unitId, UNIT_LABEL);
    const period = await requirePeriod(em, evaluation.periodId);
    return this.gatherHeadInputs(em, unit, period, evaluation.personId);
  }

  private async gatherHeadInputs(
    em: EntityManager,
    unit: Unit,
    period: EvaluationPeriod,
    headPersonId: string | null,
  ): Promise<HeadInputs> {
    return gatherHeadInputs(this.providers, {
      em,
      unit,
      period,
      headPersonId,
      evidenceDay: evidenceDay(period, cityDayOf(this.now())),
      settings: await loadSettings(em),
    });
  }

  // ——— the pipeline for one evaluation ———

  private async score(
    em: EntityManager,
    evaluation: Evaluation,
    period: EvaluationPeriod,
    choice: {
      parts?: ScoreParts | null;
      criteria?: Criteria | null;
      level?: RatingLevel | null;
      reason?: string | null;
    },
  ): Promise<void> {
    if (!evaluation.ruleSet) {
      // MONTH: task tracking only, no level.
      evaluation.explanation = ['Kỳ tháng: theo dõi kết quả thực hiện nhiệm vụ, không xếp loại.'];
      return;
    }
    const settings = await loadSettings(em);
    const isHead = evaluation.position === Position.HEAD;
    const unit = await findOrNotFound(em, Unit, evaluation.unitId, UNIT_LABEL);
    const unitRatio =
      evaluation.ruleSet === RuleSetId.ND335 && isHead
        ? await unitRatioOf(em, evaluation.periodId, evaluation.personId)
        : null;
    const headInputs =
      isHead && period.kind === PeriodKind.QUARTER
        ? await this.gatherHeadInputs(em, unit, period, evaluation.personId)
        : null;
    const result = runPipeline({
      ruleSet: evaluation.ruleSet,
      periodKind: period.kind,
      isHead,
      satisfactionGated: SATISFACTION_GATED_KINDS.includes(unit.kind),
      service: await serviceRecord(em, evaluation.personId, period),
      parts: choice.parts,
      criteria: choice.criteria,
      unitRatio,
      meritPoints:
        period.kind === PeriodKind.YEAR && evaluation.ruleSet === RuleSetId.ND335
          ? await meritPointsOf(em, evaluation.personId, period.year, settings['evaluation.initiativeMeritPoints'])
          : 0,
      headInputs,
      satisfaction:
        headInputs?.satisfactionPercent !== null && headInputs?.satisfactionPercent !== undefined
          ? { percent: headInputs.satisfactionPercent, source: headInputs.satisfactionSource ?? '' }
          : null,
      forcingEvents: await forcingEvents(em, evaluation.personId, period),
      settings,
    });
    const level = raterChoice(result, choice.level, choice.reason);
    evaluation.parts = choice.parts ?? null;
    evaluation.criteria = choice.criteria ?? null;
    evaluation.score = result.score;
    evaluation.computedLevel = result.level;
    evaluation.level = level;
    evaluation.unitRatio = unitRatio ? (unitRatio.notCompleted > 0 ? 0.5 : 1) : null;
    evaluation.reason = level !== result.level || result.raterMustChoose ? (choice.reason?.trim() ?? null) : null;
    evaluation.explanation = [
      ...result.explanation,
      ...(level !== result.level ? [`7. Người đánh giá xếp ${levelVi(level)}: ${choice.reason?.trim() ?? ''}`] : []),
    ];
  }

  private selfScore(evaluation: Evaluation, input: SelfAssessment, settings: Settings): number | null {
    if (!evaluation.ruleSet) return null;
    const ruleSet = RULE_SETS[evaluation.ruleSet];
    if (ruleSet.kind === 'criteria') {
      if (!input.criteria)
        throw new BadInputError([{ field: 'criteria', message: 'Nghị định 90/48: cần các tỷ lệ tiêu chí' }]);
      const problems = ruleSet.check(input.criteria, evaluation.position === Position.HEAD);
      if (problems.length > 0) throw new BadInputError(problems);
      return null;
    }
    if (!input.parts)
      throw new BadInputError([{ field: 'parts', message: 'cần điểm tiêu chí chung và kết quả nhiệm vụ' }]);
    const split = splitOf(evaluation.ruleSet, settings);
    const problems = ruleSet.check(input.parts, split);
    if (problems.length > 0) throw new BadInputError(problems);
    return Math.round((input.parts.generalScore + ruleSet.taskPoints(input.parts, split).points) * 100) / 100;
  }

  // ——— rules around the steps ———

  /** R18: a head's approval waits for the evaluations it depends on. */
  private async assertDependenciesApproved(
    em: EntityManager,
    evaluation: Evaluation,
    alsoApproving: string[],
  ): Promise<void> {
    if (
      evaluation.position !== Position.HEAD ||
      (evaluation.ruleSet !== RuleSetId.ND335 && evaluation.ruleSet !== RuleSetId.ND90_48)
    )
      return;
    const missing = await unapprovedRatedBy(em, evaluation.periodId, evaluation.personId, {
      everyone: evaluation.ruleSet === RuleSetId.ND335,
      alsoApproving,
      approved: APPROVED_STATUSES,
    });
    if (missing.length > 0) {
      throw new InvalidStateError(
        `Cần phê duyệt trước kết quả của: ${missing.map((m) => m.full_name).join(', ')}.`,
        `Approve first the evaluations this one depends on (${String(missing.length)}).`,
      );
    }
  }

  /** The ND335 unit ratio used in the score must still hold when the head is approved. */
  private async assertUnitRatioUnchanged(em: EntityManager, evaluation: Evaluation): Promise<void> {
    if (evaluation.unitRatio === null) return;
    const now = await unitRatioOf(em, evaluation.periodId, evaluation.personId);
    if ((now.notCompleted > 0 ? 0.5 : 1) !== evaluation.unitRatio) {
      throw new InvalidStateError(
        'Kết quả của những người do người đứng đầu đánh giá đã thay đổi tỷ lệ đơn vị: cần trả lại và đánh giá lại.',
        'The unit ratio changed since the rating: return and rate again.',
      );
    }
  }

  /**
   * R15, YEAR only, as written: among the group's APPROVED and REVIEWED evaluations, EXCELLENT ≤ floor(20% × GOOD).
   * Any approval is refused while the group as rated breaks it; a revised appeal counts with its new level.
   */
  private async assertQuota(
    em: EntityManager,
    period: EvaluationPeriod,
    raterUnitId: string | null,
    revised?: Evaluation,
  ) {
    if (period.kind !== PeriodKind.YEAR || !raterUnitId) return;
    const rows = await quotaGroupOf(em, period.id, raterUnitId, revised?.id ?? null);
    const exception = await hasQuotaException(em, period.id, raterUnitId);
    const excellentNames = rows.filter((row) => row.level === RatingLevel.EXCELLENT).map((row) => row.full_name);
    const excellent = excellentNames.length + (revised?.level === RatingLevel.EXCELLENT ? 1 : 0);
    const good =
      rows.filter((row) => row.level === RatingLevel.GOOD).length + (revised?.level === RatingLevel.GOOD ? 1 : 0);
    const decision = quotaDecision({ excellent, good }, exception);
    if (decision.exceeded) {
      const unit = await em.findOne(Unit, { where: { id: raterUnitId } });
      const [excellentText, goodText, limitText] = [excellent, good, decision.limit].map(String);
      throw new QuotaExceededError(
        `Vượt tỷ lệ Hoàn thành xuất sắc của nhóm do ${unit?.name ?? 'đơn vị'} đánh giá: ${excellentText} xuất sắc, ` +
          `${goodText} hoàn thành tốt, tối đa ${limitText}. Xếp loại xuất sắc trong nhóm: ${excellentNames.join(', ')}.`,
        `Quota exceeded: ${excellentText} EXCELLENT against ${goodText} GOOD among the approved and reviewed; ` +
          `the limit is ${limitText}.`,
        {
          group: { periodId: period.id, raterUnitId, unitName: unit?.name ?? null },
          counts: { excellent, good },
          limit: decision.limit,
          excellent: rows
            .filter((row) => row.level === RatingLevel.EXCELLENT)
            .map((row) => ({ id: row.id, fullName: row.full_name })),
        },
      );
    }
  }

  // ——— plumbing ———

  /**
   * One step on one evaluation, locked. Steps that change what the quota counts (rating, returning) first queue
   * on the group's lock, in the same order as approvals (group, then evaluation), so they cannot interleave.
   */
  private step(
    actor: Actor,
    id: string,
    work: (em: EntityManager, locked: Locked) => Promise<Evaluation>,
    options: { allowClosed?: boolean; quotaGroup?: boolean } = {},
  ) {
    return inTransaction(this.db, async (em) => {
      await this.refreshRater(em, id);
      await this.assertVisible(em, actor, id);
      if (options.quotaGroup) {
        const peek = await findOrNotFound(em, Evaluation, id, EVALUATION);
        await this.lockGroup(em, await requirePeriod(em, peek.periodId), peek.raterUnitId);
      }
      const locked = await this.lock(em, id);
      if (!options.allowClosed) this.assertOpen(locked.period);
      return work(em, locked);
    });
  }

  /** An evaluation the actor may not see (R32) answers NOT_FOUND, exactly as one that does not exist. */
  private async assertVisible(em: EntityManager, actor: Actor, id: string): Promise<void> {
    const user = { id: actor.id ?? '', username: '', roles: actor.roles, personId: actor.personId };
    await assertVisible(em, evaluationPolicy, await resolveCaller(em, user, cityDayOf(this.now())), id, EVALUATION);
  }

  private async lock(em: EntityManager, id: string): Promise<Locked> {
    const evaluation = await findOrNotFound(em, Evaluation, id, EVALUATION, { lock: true });
    return { evaluation, period: await requirePeriod(em, evaluation.periodId) };
  }

  /** Approvals of one group queue behind each other, so that the quota check sees every earlier approval. */
  private async lockGroup(em: EntityManager, period: EvaluationPeriod, raterUnitId: string | null): Promise<void> {
    if (period.kind === PeriodKind.YEAR && raterUnitId) {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`quota:${period.id}:${raterUnitId}`]);
    }
  }

  private assertOpen(period: EvaluationPeriod): void {
    if (period.status === PeriodStatus.CLOSED) {
      throw new InvalidStateError(
        'Kỳ đánh giá đã khoá: chỉ còn giải quyết khiếu nại.',
        'The period is closed: only appeals remain.',
      );
    }
  }

  /**
   * R5 on the day of the step: the rater is decided from appointments and the tree on that day (the period's
   * last day once it is over, the evaluatee's last day in office if they left), not from the name stored when
   * the period opened; the stored rater, a cache, is brought up to date in the same transaction first.
   */
  private requireRater(actor: Actor, evaluation: Evaluation): void {
    if (!actor.personId || actor.personId !== evaluation.raterPersonId) {
      throw new ForbiddenError(
        'Chỉ người có thẩm quyền đánh giá thực hiện được bước này.',
        'Only the rater of the day may do this.',
      );
    }
  }

  /**
   * R5 on the day of the step: before anything else, the stored rater of a running evaluation (a cache) is
   * decided again from appointments and the tree of that day, so that visibility, the quota group's lock and
   * "is the caller the rater" all read the rater of the day.
   */
  private async refreshRater(em: EntityManager, id: string): Promise<void> {
    if (isWellFormedId(id)) await refreshRaters(em, { evaluationIds: [id] }, cityDayOf(this.now()));
  }

  private decisionDay(period: EvaluationPeriod): string {
    const today = cityDayOf(this.now());
    return today < period.endsOn ? today : period.endsOn;
  }

  /**
   * Every transition is recorded, and announced (in the same transaction) to whom it concerns unless the caller
   * announces a whole group at once; a step after the deadline is allowed and flagged as late.
   */
  private async transition(
    em: EntityManager,
    evaluation: Evaluation,
    period: EvaluationPeriod,
    actor: Actor,
    action: EvaluationAction,
    reason: string | null,
    announce = true,
  ): Promise<Evaluation> {
    evaluation.version += 1;
    const late = period.deadline !== null && cityDayOf(this.now()) > period.deadline;
    const saved = await EVALUATION_STEPS.take(em, evaluation, action, { actorUserId: actor.id, reason }, (step) =>
      em.create(EvaluationEvent, { ...step, evaluationId: evaluation.id, late }),
    );
    if (announce) await announceEvaluationSteps(em, period, [saved], action, reason);
    return saved;
  }
}

function requireReason(reason: string | null | undefined): string {
  const trimmed = reason?.trim();
  if (!trimmed) throw new BadInputError([{ field: 'reason', message: 'cần nêu lý do' }], 'A reason is required.');
  return trimmed;
}
