import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { hasAnyRole } from '../auth/permissions.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';
import { Role } from '../auth/auth.enums.js';
import { addWorkingDays } from '../calendar/calendar.js';
import { loadWorkCalendar } from '../calendar/calendar.queries.js';
import { cityDayOf, isIsoDay } from '../common/dates.js';
import {
  BadInputError,
  ForbiddenError,
  InvalidStateError,
  NotFoundError,
  type FieldProblem,
} from '../common/errors.js';
import { findOrNotFound } from '../common/find.js';
import { isWellFormedId } from '../common/ids.js';
import { inTransaction } from '../common/transaction.js';
import { assertValidInput } from '../common/valid-input.js';
import type { Clock } from '../context.js';
import { requireUnit } from '../hierarchy/hierarchy.service.js';
import { ancestorIdsOn } from '../hierarchy/tree.queries.js';
import { unitsOfPersonOn } from '../people/people.queries.js';
import { announceInitiativeResult } from '../notification/notification.outbox.js';
import { loadSettings } from '../settings/settings.js';
import { InitiativeStatus, type Vote } from './initiative.enums.js';
import { Initiative } from './initiative.entity.js';
import { InitiativeEvent } from './initiative-event.entity.js';
import { InitiativeProposer } from './initiative-proposer.entity.js';
import { InitiativeRound } from './initiative-round.entity.js';
import { InitiativeVote } from './initiative-vote.entity.js';
import { VoteInput } from './initiative.inputs.js';
import {
  boardOn,
  countInitiatives,
  countPeople,
  initiativeHistory,
  initiativeListFilter,
  listInitiatives,
  proposerIdsOf,
  proposerCount,
  protectedCadres,
  votesOfRound,
  type InitiativeQuery,
} from './initiative.queries.js';
import {
  INITIATIVE_STEPS,
  isRecused,
  reviewResult,
  RUBRIC,
  type CastVote,
  type InitiativeAction,
} from './initiative.rules.js';

const NOT_FOUND = ['sáng kiến', 'Initiative'] as const;

export interface InitiativeDraft {
  title?: string | null;
  problem?: string | null;
  content?: string | null;
  scope?: string | null;
  timeline?: string | null;
  resources?: string | null;
  feasibility?: string | null;
  expectedImpact?: string | null;
  unitId?: string | null;
  proposerIds?: string[] | null;
}

export interface Ballot {
  novelty: number;
  feasibility: number;
  impact: number;
  scope: number;
  vote: Vote;
  comment?: string | null;
}

const REQUIRED_PARTS = [
  'title',
  'problem',
  'content',
  'scope',
  'timeline',
  'resources',
  'feasibility',
  'expectedImpact',
] as const;
const PART_LABELS_VI: Record<(typeof REQUIRED_PARTS)[number], string> = {
  title: 'tên sáng kiến',
  problem: 'vấn đề và vướng mắc được tháo gỡ',
  content: 'nội dung',
  scope: 'phạm vi',
  timeline: 'thời gian thực hiện',
  resources: 'nguồn lực',
  feasibility: 'tính khả thi',
  expectedImpact: 'hiệu quả dự kiến',
};

/** Initiatives (§6): registration, the appraisal board's rounds and votes (R27), the decision and follow-up (R28). */
export class InitiativeService {
  constructor(
    private readonly db: DataSource,
    private readonly now: Clock,
  ) {}

  // ——— reads ———

  /** One page of initiatives, the newest first (everyone signed in reads them). */
  async list(filter: InitiativeQuery | null | undefined, offset: number, limit: number) {
    const em = this.db.manager;
    return listInitiatives(em, await initiativeListFilter(em, filter, cityDayOf(this.now())), offset, limit);
  }

  /** Initiatives counted by status, with the list's filter. */
  async countByStatus(filter: InitiativeQuery | null | undefined) {
    const em = this.db.manager;
    return countInitiatives(em, await initiativeListFilter(em, filter, cityDayOf(this.now())));
  }

  /** R29: people acting within an approved initiative. */
  protectedCadres() {
    return protectedCadres(this.db.manager);
  }

  proposerIds(initiativeId: string) {
    return proposerIdsOf(this.db.manager, initiativeId);
  }

  history(initiativeId: string) {
    return initiativeHistory(this.db.manager, initiativeId);
  }

  // ——— steps ———

  register(actor: AuthUser, draft: InitiativeDraft): Promise<Initiative> {
    return inTransaction(this.db, async (em) => {
      if (!draft.unitId) throw new BadInputError([{ field: 'unitId', message: 'cần đơn vị đề xuất' }]);
      await requireUnit(em, draft.unitId, 'unitId');
      await this.requireUnitStaff(em, actor, draft.unitId);
      const initiative = await em.save(
        Initiative.create({
          ...this.fields(draft),
          unitId: draft.unitId,
          status: InitiativeStatus.DRAFT,
          createdByUserId: actor.id,
        }),
      );
      await this.setProposers(em, initiative.id, draft.proposerIds ?? []);
      await em.insert(InitiativeEvent, {
        initiativeId: initiative.id,
        action: 'REGISTER',
        fromStatus: null,
        toStatus: InitiativeStatus.DRAFT,
        actorUserId: actor.id,
      });
      return initiative;
    });
  }

  update(actor: AuthUser, id: string, draft: InitiativeDraft): Promise<Initiative> {
    return this.step(id, async (em, initiative) => {
      await this.requireUnitStaff(em, actor, initiative.unitId);
      INITIATIVE_STEPS.allow(initiative.status, 'EDIT');
      Object.assign(initiative, this.fields(draft));
      if (draft.proposerIds) await this.setProposers(em, initiative.id, draft.proposerIds);
      return em.save(initiative);
    });
  }

  /** Every required part filled (else BAD_USER_INPUT naming each); the board of the submission day reviews. */
  submit(actor: AuthUser, id: string): Promise<Initiative> {
    return this.step(id, async (em, initiative) => {
      await this.requireUnitStaff(em, actor, initiative.unitId);
      INITIATIVE_STEPS.allow(initiative.status, 'SUBMIT');
      const problems: FieldProblem[] = REQUIRED_PARTS.filter((part) => !initiative[part].trim()).map((part) => ({
        field: part,
        message: `cần ${PART_LABELS_VI[part]}`,
      }));
      if ((await proposerCount(em, initiative.id)) === 0)
        problems.push({ field: 'proposerIds', message: 'cần ít nhất một người đề xuất' });
      if (problems.length > 0) throw new BadInputError(problems, 'Required parts are missing.');
      const today = cityDayOf(this.now());
      const members = await boardOn(em, today);
      if (members.length === 0) throw new InvalidStateError('Chưa có Tổ thẩm định.', 'There is no appraisal board.');
      const ancestors = await ancestorIdsOn(em, initiative.unitId, today);
      const recused = members.filter((m) => isRecused(m.unitId, initiative.unitId, ancestors));
      initiative.round += 1;
      await em.insert(InitiativeRound, {
        initiativeId: initiative.id,
        round: initiative.round,
        submittedOn: today,
        eligibleUserIds: members.filter((m) => !recused.includes(m)).map((m) => m.userId),
        recusedUserIds: recused.map((m) => m.userId),
        chairUserId: members.find((m) => m.chair)?.userId ?? null,
      });
      initiative.submittedAt = this.now();
      initiative.reviewDueOn = addWorkingDays(await loadWorkCalendar(em), today, 7);
      return this.move(em, initiative, actor, 'SUBMIT', InitiativeStatus.SUBMITTED, null, false);
    });
  }

  /** R27: one vote per eligible member and round; the result is recorded when the last eligible member has voted. */
  async vote(actor: AuthUser, id: string, ballot: Ballot): Promise<Initiative> {
    await assertValidInput(VoteInput, ballot);
    return this.step(id, async (em, initiative) => {
      const round = await this.currentRound(em, initiative);
      if (!round.eligibleUserIds.includes(actor.id)) {
        throw new ForbiddenError(
          round.recusedUserIds.includes(actor.id)
            ? 'Thành viên thuộc đơn vị đề xuất hoặc cấp trên của đơn vị: không tham gia thẩm định.'
            : 'Chỉ thành viên Tổ thẩm định của vòng này được biểu quyết.',
          'Only eligible board members vote.',
        );
      }
      INITIATIVE_STEPS.allow(initiative.status, 'VOTE');
      const max = (await loadSettings(em))['initiative.rubricMax'];
      const problems = RUBRIC.filter(
        (part) => !(Number.isInteger(ballot[part]) && ballot[part] >= 0 && ballot[part] <= max),
      ).map((part) => ({
        field: part,
        message: `điểm từ 0 đến ${String(max)}`,
      }));
      if (problems.length > 0) throw new BadInputError(problems, 'Scores out of range.');
      await em.insert(InitiativeVote, {
        initiativeId: initiative.id,
        round: round.round,
        userId: actor.id,
        ...ballot,
        comment: ballot.comment?.trim() || null,
      });
      if (initiative.status === InitiativeStatus.SUBMITTED)
        await this.move(em, initiative, actor, 'REVIEW', InitiativeStatus.UNDER_REVIEW, null, false);
      const votes = await votesOfRound(em, initiative.id, round.round);
      if (votes.length === round.eligibleUserIds.length) return this.record(em, initiative, round, actor, votes);
      return initiative;
    });
  }

  /** After the review deadline the chair records the result with the votes cast. */
  recordResult(actor: AuthUser, id: string): Promise<Initiative> {
    return this.step(id, async (em, initiative) => {
      const round = await this.currentRound(em, initiative);
      if (actor.id !== round.chairUserId)
        throw new ForbiddenError('Chỉ tổ trưởng ghi nhận kết quả.', 'Only the chair records the result.');
      INITIATIVE_STEPS.allow(initiative.status, 'RECORD_RESULT');
      if (initiative.reviewDueOn === null || cityDayOf(this.now()) <= initiative.reviewDueOn) {
        throw new InvalidStateError(
          `Chưa hết hạn thẩm định (${initiative.reviewDueOn ?? ''}) và chưa đủ phiếu.`,
          'Not every member has voted and the review is not overdue.',
        );
      }
      return this.record(em, initiative, round, actor, await votesOfRound(em, initiative.id, round.round));
    });
  }

  /** The chair returns it for revision; the next submission opens a new round, earlier ones stay on record. */
  returnForRevision(actor: AuthUser, id: string, reason: string): Promise<Initiative> {
    return this.step(id, async (em, initiative) => {
      const round = await this.currentRound(em, initiative);
      if (actor.id !== round.chairUserId)
        throw new ForbiddenError('Chỉ tổ trưởng trả lại sáng kiến.', 'Only the chair returns an initiative.');
      INITIATIVE_STEPS.allow(initiative.status, 'RETURN');
      if (!reason.trim()) throw new BadInputError([{ field: 'reason', message: 'cần nêu lý do' }]);
      await em.update(
        InitiativeRound,
        { id: round.id },
        { outcome: InitiativeStatus.RETURNED, returnReason: reason.trim() },
      );
      return this.move(em, initiative, actor, 'RETURN', InitiativeStatus.RETURNED, reason.trim(), false);
    });
  }

  decide(actor: AuthUser, id: string, approve: boolean, reason: string | null): Promise<Initiative> {
    return this.step(id, async (em, initiative) => {
      if (!hasAnyRole(actor, [Role.CITY_LEADER])) throw new ForbiddenError();
      INITIATIVE_STEPS.allow(initiative.status, approve ? 'APPROVE' : 'REJECT');
      initiative.decidedAt = this.now();
      return this.move(
        em,
        initiative,
        actor,
        approve ? 'APPROVE' : 'REJECT',
        approve ? InitiativeStatus.APPROVED : InitiativeStatus.REJECTED,
        reason?.trim() || null,
        false,
      );
    });
  }

  start(actor: AuthUser, id: string): Promise<Initiative> {
    return this.step(id, async (em, initiative) => {
      await this.requireUnitStaff(em, actor, initiative.unitId);
      INITIATIVE_STEPS.allow(initiative.status, 'START');
      return this.move(em, initiative, actor, 'START', InitiativeStatus.IMPLEMENTING, null, false);
    });
  }

  /** R28: the result report is due within 5 working days of completion; the evaluation within 7 of the report. */
  reportResult(actor: AuthUser, id: string, report: string, completedOn: string | null): Promise<Initiative> {
    return this.step(id, async (em, initiative) => {
      await this.requireUnitStaff(em, actor, initiative.unitId);
      INITIATIVE_STEPS.allow(initiative.status, 'REPORT');
      const today = cityDayOf(this.now());
      const completed = completedOn ?? today;
      const problems: FieldProblem[] = [];
      if (!report.trim()) problems.push({ field: 'report', message: 'cần nội dung báo cáo' });
      if (!isIsoDay(completed) || completed > today)
        problems.push({ field: 'completedOn', message: 'ngày hoàn thành không được sau hôm nay' });
      if (problems.length > 0) throw new BadInputError(problems);
      const calendar = await loadWorkCalendar(em);
      initiative.report = report.trim();
      initiative.completedOn = completed;
      initiative.reportDueOn = addWorkingDays(calendar, completed, 5);
      initiative.reportedOn = today;
      initiative.evaluationDueOn = addWorkingDays(calendar, today, 7);
      return this.move(
        em,
        initiative,
        actor,
        'REPORT',
        InitiativeStatus.REPORTED,
        null,
        today > initiative.reportDueOn,
      );
    });
  }

  evaluateResult(actor: AuthUser, id: string, completed: boolean, note: string | null): Promise<Initiative> {
    return this.step(id, async (em, initiative) => {
      const round = await this.currentRound(em, initiative);
      if (actor.id !== round.chairUserId && !hasAnyRole(actor, HOME_AFFAIRS_OFFICE))
        throw new ForbiddenError(
          'Tổ trưởng Tổ thẩm định hoặc Sở Nội vụ đánh giá kết quả.',
          'The chair or Home Affairs evaluates.',
        );
      INITIATIVE_STEPS.allow(initiative.status, 'EVALUATE');
      const today = cityDayOf(this.now());
      initiative.evaluatedOn = today;
      return this.move(
        em,
        initiative,
        actor,
        'EVALUATE',
        completed ? InitiativeStatus.COMPLETED : InitiativeStatus.NOT_COMPLETED,
        note?.trim() || null,
        today > (initiative.evaluationDueOn as string),
      );
    });
  }

  // ——— plumbing ———

  private async record(
    em: EntityManager,
    initiative: Initiative,
    round: InitiativeRound,
    actor: AuthUser,
    votes: readonly CastVote[],
  ): Promise<Initiative> {
    const result = reviewResult(round.eligibleUserIds.length, votes, round.chairUserId);
    const outcome = result.recommended ? InitiativeStatus.RECOMMENDED : InitiativeStatus.NOT_RECOMMENDED;
    await em.update(InitiativeRound, { id: round.id }, { outcome });
    initiative.resultRecordedAt = this.now();
    initiative.resultExplanation = result.explanation;
    return this.move(
      em,
      initiative,
      actor,
      'RECORD_RESULT',
      outcome,
      result.explanation,
      cityDayOf(this.now()) > (initiative.reviewDueOn as string),
    );
  }

  private fields(draft: InitiativeDraft): Partial<Initiative> {
    const fields: Partial<Initiative> = {};
    for (const part of REQUIRED_PARTS) {
      const value = draft[part];
      if (value !== undefined && value !== null) fields[part] = value.trim();
    }
    return fields;
  }

  private async setProposers(em: EntityManager, initiativeId: string, personIds: string[]): Promise<void> {
    const ids = [...new Set(personIds)];
    if (!ids.every(isWellFormedId)) throw new NotFoundError('người đề xuất', 'Proposer');
    if ((await countPeople(em, ids)) !== ids.length) throw new NotFoundError('người đề xuất', 'Proposer');
    await em.delete(InitiativeProposer, { initiativeId });
    if (ids.length > 0)
      await em.insert(
        InitiativeProposer,
        ids.map((personId) => ({ initiativeId, personId })),
      );
  }

  private async requireUnitStaff(em: EntityManager, actor: AuthUser, unitId: string): Promise<void> {
    if (hasAnyRole(actor, HOME_AFFAIRS_OFFICE)) return;
    if (!(await unitsOfPersonOn(em, actor.personId, cityDayOf(this.now()))).includes(unitId))
      throw new ForbiddenError(
        'Chỉ cán bộ của đơn vị đề xuất thực hiện được bước này.',
        'Only the proposing unit may do this.',
      );
  }

  private async currentRound(em: EntityManager, initiative: Initiative): Promise<InitiativeRound> {
    const round = await em.findOne(InitiativeRound, {
      where: { initiativeId: initiative.id, round: initiative.round },
    });
    if (!round) throw new InvalidStateError('Sáng kiến chưa được gửi thẩm định.', 'Not submitted yet.');
    return round;
  }

  private step(
    id: string,
    work: (em: EntityManager, initiative: Initiative) => Promise<Initiative>,
  ): Promise<Initiative> {
    return inTransaction(this.db, async (em) =>
      work(em, await findOrNotFound(em, Initiative, id, NOT_FOUND, { lock: true })),
    );
  }

  private async move(
    em: EntityManager,
    initiative: Initiative,
    actor: AuthUser,
    action: InitiativeAction,
    to: InitiativeStatus,
    reason: string | null,
    late: boolean,
  ) {
    const saved = await INITIATIVE_STEPS.take(em, initiative, action, { actorUserId: actor.id, reason, to }, (step) =>
      em.create(InitiativeEvent, { ...step, initiativeId: initiative.id, late }),
    );
    await announceInitiativeResult(em, saved, saved.status);
    return saved;
  }
}
