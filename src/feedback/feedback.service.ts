import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user.js';
import { hasRole, resolveCaller, type Caller } from '../auth/caller.js';
import { assertVisible } from '../auth/policy.js';
import { feedbackItemPolicy, mayHandleFeedback } from './feedback.policy.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';
import { dueAt } from '../calendar/calendar.js';
import { loadWorkCalendar } from '../calendar/calendar.queries.js';
import { keepCycle } from './feedback-cycles.js';
import { cityDayOf } from '../common/dates.js';
import { isValidOn } from '../common/validity.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors.js';
import { isWellFormedId } from '../common/ids.js';
import { findOrNotFound } from '../common/find.js';
import { inTransaction } from '../common/transaction.js';
import type { Clock } from '../context.js';
import { summarisedFeedbackStats } from '../dashboard/dashboard.queries.js';
import { requireUnit } from '../hierarchy/hierarchy.service.js';
import { withPredecessors } from '../hierarchy/plan.queries.js';
import { filterUnitIds, UNIT_LABEL } from '../hierarchy/tree.queries.js';
import type { UnitKind } from '../hierarchy/hierarchy.enums.js';
import { loadSettings } from '../settings/settings.js';
import { AssignmentReason, type FeedbackChannel, FeedbackStatus } from './feedback.enums.js';
import { FeedbackAssignment } from './feedback-assignment.entity.js';
import { FeedbackEvent } from './feedback-event.entity.js';
import { FeedbackItem } from './feedback-item.entity.js';
import { FeedbackProgress } from './feedback-progress.entity.js';
import {
  assignmentsOf,
  feedbackRanking,
  hasProgressSince,
  listFeedback,
  progressOf,
  type FeedbackListFilter,
} from './feedback.queries.js';
import { checkReceivedAt, FEEDBACK_STEPS, workingDaysFor, type FeedbackAction } from './feedback.rules.js';

export interface ReceivedFeedback {
  reference: string;
  channel: FeedbackChannel;
  category: string;
  content: string;
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  receivedAt: Date;
  unitId?: string | null;
}

/** Where an item goes, why, and the note the event records (null: the reason and the unit's name). */
export interface Assignment {
  unitId: string;
  reason: AssignmentReason;
  note: string | null;
}

/** What the admin panel's "Xử lý" form may carry at once. */
export interface Handling {
  unitId?: string | null;
  kind?: AssignmentReason | null;
  progressNote?: string | null;
  committedDate?: string | null;
  reply?: string | null;
}

const NOT_FOUND: [string, string] = ['phản ánh', 'Feedback item'];

/** What a step changes on the item; it answers the reason the event records. */
type Change = (item: FeedbackItem) => Promise<string | null> | string | null;

/** A caller's filter of the list: a unit may stand for its subtree. */
export type FeedbackQuery = Omit<FeedbackListFilter, 'unitIds'> & {
  unitId?: string | null;
  includeSubunits?: boolean | null;
};

/**
 * The 1022 workflow (§3): receive, assign (R19), progress (R21), reply, reject, close, reopen. Who handles an
 * item — Home Affairs' office and the assigned unit's staff — is the feedback policy's.
 */
export class FeedbackService {
  constructor(
    private readonly db: DataSource,
    private readonly now: Clock,
  ) {}

  // ——— reads ———

  /** One page of the items the caller may see, newest first; a unit may stand for its subtree. */
  async list(
    caller: Caller,
    filter: FeedbackQuery | null | undefined,
    offset: number,
    limit: number,
  ): Promise<{ items: FeedbackItem[]; total: number }> {
    const em = this.db.manager;
    const unitIds = await filterUnitIds(em, filter, cityDayOf(this.now()));
    const scope = feedbackItemPolicy.scope(caller);
    return listFeedback(em, { ...filter, unitIds }, scope, this.now(), offset, limit);
  }

  /** R22 for a unit (with its sub-units on `to`, and the units it was formed from) over [from, to]. */
  async stats(unitId: string, from: string, to: string, options: { includeSubunits?: boolean; lineage?: boolean }) {
    if (!isWellFormedId(unitId)) throw new NotFoundError(...UNIT_LABEL); // '' too: a unit is required here
    const em = this.db.manager;
    const own = (await filterUnitIds(em, { unitId, includeSubunits: options.includeSubunits }, to)) ?? [];
    const { unitIds, approximate } = options.lineage
      ? await withPredecessors(em, own)
      : { unitIds: own, approximate: false };
    return { ...(await summarisedFeedbackStats(em, unitIds, from, to)), approximate };
  }

  /** Units of a kind ranked by their on-time rate over [from, to]. */
  ranking(
    kind: UnitKind | null,
    from: string,
    to: string,
    options: { worstFirst: boolean; limit: number; lineage: boolean },
  ) {
    return feedbackRanking(this.db.manager, kind, from, to, options.worstFirst, options.limit, options.lineage);
  }

  assignments(itemId: string) {
    return assignmentsOf(this.db.manager, itemId);
  }

  progress(itemId: string) {
    return progressOf(this.db.manager, itemId);
  }

  hasProgressSince(itemId: string, since: Date) {
    return hasProgressSince(this.db.manager, itemId, since);
  }

  // ——— steps ———

  /** Assign, add progress and reply from one submission: in one transaction, all of it or none. */
  handle(actor: AuthUser, id: string, handling: Handling): Promise<FeedbackItem> {
    return inTransaction(this.db, (em) =>
      // checked here too: a submission that changes nothing still reads the item
      this.step(em, actor, id, async (current) => {
        let item = current;
        if (handling.unitId && handling.unitId !== current.unitId) {
          item = await this.assignStep(em, actor, id, {
            unitId: handling.unitId,
            reason: handling.kind ?? AssignmentReason.OTHER,
            note: null,
          });
        }
        if (handling.progressNote)
          item = await this.progressStep(em, actor, id, handling.progressNote, handling.committedDate ?? '');
        if (handling.reply && handling.reply !== current.reply)
          item = await this.replyStep(em, actor, id, handling.reply);
        return item;
      }),
    );
  }

  /** Idempotent on the reference: the same item again returns it; the same reference with other content → CONFLICT. */
  receive(actor: AuthUser, input: ReceivedFeedback): Promise<FeedbackItem> {
    checkReceivedAt(input.receivedAt, this.now());
    return inTransaction(this.db, async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`feedback:${input.reference}`]);
      const existing = await em.findOne(FeedbackItem, { where: { reference: input.reference } });
      if (existing) {
        const same =
          existing.channel === input.channel &&
          existing.category === input.category &&
          existing.content === input.content &&
          existing.receivedAt.getTime() === input.receivedAt.getTime();
        if (!same)
          throw new ConflictError(
            `Số tham chiếu ${input.reference} đã có với nội dung khác.`,
            'The reference exists with other content.',
          );
        return existing;
      }
      const settings = await loadSettings(em);
      const calendar = await loadWorkCalendar(em);
      const due = dueAt(calendar, input.receivedAt, workingDaysFor(input.category, settings));
      const item = await em.save(
        FeedbackItem.create({
          reference: input.reference,
          channel: input.channel,
          category: input.category.trim(),
          content: input.content.trim(),
          contactName: input.contactName?.trim() || null,
          contactPhone: input.contactPhone?.trim() || null,
          contactEmail: input.contactEmail?.trim() || null,
          receivedAt: input.receivedAt,
          unitId: null,
          dueAt: due,
          status: FeedbackStatus.RECEIVED,
        }),
      );
      await keepCycle(em, item);
      await em.insert(FeedbackEvent, {
        itemId: item.id,
        action: 'RECEIVE',
        fromStatus: null,
        toStatus: FeedbackStatus.RECEIVED,
        actorUserId: actor.id,
      });
      if (input.unitId)
        await this.assignIn(
          em,
          actor,
          item,
          { unitId: input.unitId, reason: AssignmentReason.INITIAL, note: null },
          input.receivedAt,
        );
      return item;
    });
  }

  assign(actor: AuthUser, id: string, to: Assignment): Promise<FeedbackItem> {
    return inTransaction(this.db, (em) => this.assignStep(em, actor, id, to));
  }

  addProgress(actor: AuthUser, id: string, note: string, committedDate: string): Promise<FeedbackItem> {
    return inTransaction(this.db, (em) => this.progressStep(em, actor, id, note, committedDate));
  }

  reply(actor: AuthUser, id: string, reply: string): Promise<FeedbackItem> {
    return inTransaction(this.db, (em) => this.replyStep(em, actor, id, reply));
  }

  reject(actor: AuthUser, id: string, reason: string): Promise<FeedbackItem> {
    return inTransaction(this.db, (em) => {
      if (!reason.trim())
        throw new BadInputError([{ field: 'reason', message: 'cần nêu lý do' }], 'A reason is required.');
      return this.handled(em, actor, id, 'REJECT', (item) => {
        item.rejectionReason = reason.trim();
        return reason.trim();
      });
    });
  }

  close(actor: AuthUser, id: string, citizenSatisfied: boolean | null): Promise<FeedbackItem> {
    return inTransaction(this.db, (em) =>
      this.portal(em, actor, id, 'CLOSE', (item) => {
        item.citizenSatisfied = citizenSatisfied;
        return null;
      }),
    );
  }

  /** The citizen was not satisfied: back in progress, in a new handling cycle with its deadline counted from now. */
  reopen(actor: AuthUser, id: string, reason: string): Promise<FeedbackItem> {
    return inTransaction(this.db, (em) =>
      this.portal(em, actor, id, 'REOPEN', async (item) => {
        const settings = await loadSettings(em);
        item.dueAt = dueAt(await loadWorkCalendar(em), this.now(), workingDaysFor(item.category, settings));
        // the ending cycle is marked not satisfied (keepCycle); the new one awaits the citizen's answer
        item.citizenSatisfied = null;
        item.repliedAt = null;
        return reason.trim();
      }),
    );
  }

  // ——— plumbing ———

  private assignStep(em: EntityManager, actor: AuthUser, id: string, to: Assignment): Promise<FeedbackItem> {
    return this.step(em, actor, id, (item, caller) => {
      if (!mayHandleFeedback(caller, item)) throw new ForbiddenError();
      return this.assignIn(em, actor, item, to, this.now());
    });
  }

  private progressStep(
    em: EntityManager,
    actor: AuthUser,
    id: string,
    note: string,
    committedDate: string,
  ): Promise<FeedbackItem> {
    if (!note.trim())
      throw new BadInputError([{ field: 'note', message: 'cần nội dung tiến độ' }], 'A note is required.');
    return this.handled(em, actor, id, 'PROGRESS', async (item) => {
      if (committedDate < cityDayOf(this.now())) {
        throw new BadInputError(
          [{ field: 'committedDate', message: 'ngày cam kết không được trước hôm nay' }],
          'The committed date is in the past.',
        );
      }
      await em.insert(FeedbackProgress, { itemId: item.id, note: note.trim(), committedDate, userId: actor.id });
      return note.trim();
    });
  }

  private replyStep(em: EntityManager, actor: AuthUser, id: string, reply: string): Promise<FeedbackItem> {
    if (!reply.trim())
      throw new BadInputError([{ field: 'reply', message: 'cần nội dung trả lời' }], 'A reply is required.');
    return this.handled(em, actor, id, 'REPLY', (item) => {
      item.reply = reply.trim();
      item.repliedAt = this.now();
      return null;
    });
  }

  private async assignIn(
    em: EntityManager,
    actor: AuthUser | null,
    item: FeedbackItem,
    { unitId, reason, note }: Assignment,
    at: Date,
  ): Promise<FeedbackItem> {
    const unit = await requireUnit(em, unitId, 'unitId');
    const day = cityDayOf(at);
    if (!isValidOn(unit.validity, day)) {
      throw new BadInputError(
        [{ field: 'unitId', message: `đơn vị ${unit.name} không có hiệu lực vào ngày ${day}` }],
        `Unit ${unit.code} is not valid on ${day}.`,
      );
    }
    FEEDBACK_STEPS.allow(item.status, 'ASSIGN');
    if (reason === AssignmentReason.MISROUTED) {
      const settings = await loadSettings(em);
      item.dueAt = dueAt(await loadWorkCalendar(em), at, workingDaysFor(item.category, settings));
    }
    item.unitId = unit.id;
    await FEEDBACK_STEPS.take(
      em,
      item,
      'ASSIGN',
      {
        actorUserId: actor?.id ?? null,
        reason: note ?? `${reason} → ${unit.name}`,
        recordedAs: reason === AssignmentReason.INITIAL ? 'ASSIGN' : 'REASSIGN',
      },
      (step) => em.create(FeedbackEvent, { ...step, itemId: item.id }),
    );
    // the current cycle's deadline moves with a MISROUTED reassignment; any other keeps it
    if (reason === AssignmentReason.MISROUTED) await keepCycle(em, item);
    await em.insert(FeedbackAssignment, {
      itemId: item.id,
      unitId: unit.id,
      assignedAt: at,
      reason,
      note,
      dueAt: item.dueAt,
      assignedByUserId: actor?.id ?? null,
    });
    return item;
  }

  /** A step by the assigned unit's staff (or Home Affairs). */
  private handled(em: EntityManager, actor: AuthUser, id: string, action: FeedbackAction, change: Change) {
    return this.step(em, actor, id, (item, caller) => {
      if (!mayHandleFeedback(caller, item)) {
        throw new ForbiddenError(
          'Chỉ đơn vị được giao xử lý thực hiện được bước này.',
          'Only the assigned unit may do this.',
        );
      }
      return this.move(em, actor, item, action, change);
    });
  }

  /** A step on the portal's side (Home Affairs): closing with the citizen's answer, reopening. */
  private portal(em: EntityManager, actor: AuthUser, id: string, action: FeedbackAction, change: Change) {
    return this.step(em, actor, id, (item, caller) => {
      if (!hasRole(caller, ...HOME_AFFAIRS_OFFICE)) throw new ForbiddenError();
      return this.move(em, actor, item, action, change);
    });
  }

  private async move(em: EntityManager, actor: AuthUser, item: FeedbackItem, action: FeedbackAction, change: Change) {
    FEEDBACK_STEPS.allow(item.status, action);
    const reason = await change(item);
    await FEEDBACK_STEPS.take(em, item, action, { actorUserId: actor.id, reason }, (step) =>
      em.create(FeedbackEvent, { ...step, itemId: item.id }),
    );
    await keepCycle(em, item, action === 'REOPEN' ? this.now() : null);
    return item;
  }

  /** A step on an item the actor may see (else NOT_FOUND, as for a missing one), the item locked. */
  private async step(
    em: EntityManager,
    actor: AuthUser,
    id: string,
    work: (item: FeedbackItem, caller: Caller) => Promise<FeedbackItem>,
  ): Promise<FeedbackItem> {
    const caller = await resolveCaller(em, actor, cityDayOf(this.now()));
    await assertVisible(em, feedbackItemPolicy, caller, id, NOT_FOUND);
    return work(await findOrNotFound(em, FeedbackItem, id, NOT_FOUND, { lock: true }), caller);
  }
}
