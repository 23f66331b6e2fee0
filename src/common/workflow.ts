import type { EntityManager } from 'typeorm';
import { InvalidStateError } from './errors.js';
import type { WorkflowEvent } from './workflow-event.entity.js';

/** One action of a workflow: the statuses it may be taken from, and the status it leads to. */
export interface Transition<S extends string> {
  /** the action as an error message names it: "Không thể <vi> khi …" */
  readonly vi: string;
  readonly from: readonly S[];
  /** the statuses it may lead to (the caller chooses when there are several), or the status as a function of `from` */
  readonly to: readonly S[] | ((from: S) => S);
}

/** A step about to be recorded: the event row's shared columns. */
export interface Step<S extends string> {
  action: string;
  fromStatus: S;
  toStatus: S;
  reason: string | null;
  actorUserId: string | null;
}

/** A workflow's transition table, checked in one place: an action from any other status is INVALID_STATE. */
export class Workflow<S extends string, A extends string> {
  constructor(
    /** the record as an error message names it: "… khi <subjectVi> đang ở trạng thái …" */
    private readonly subjectVi: string,
    private readonly transitions: Readonly<Record<A, Transition<S>>>,
  ) {}

  /** INVALID_STATE unless `action` may be taken from `current`. */
  allow(current: S, action: A): void {
    const transition = this.transitions[action];
    if (!transition.from.includes(current)) {
      throw new InvalidStateError(
        `Không thể ${transition.vi} khi ${this.subjectVi} đang ở trạng thái ${current}.`,
        `${action} is not allowed from ${current}.`,
      );
    }
  }

  /** The status `action` leads to from `current` (`chosen` among several), or INVALID_STATE. */
  next(current: S, action: A, chosen?: S): S {
    this.allow(current, action);
    const transition = this.transitions[action];
    if (typeof transition.to === 'function') return transition.to(current);
    const to = chosen ?? (transition.to.length === 1 ? transition.to[0] : undefined);
    if (to === undefined || !transition.to.includes(to)) {
      throw new Error(`${action} leads to one of ${transition.to.join(', ')}, not ${String(chosen)}.`);
    }
    return to;
  }

  /**
   * Takes `action` on `subject` in the caller's transaction: the table checked, the status set and the subject
   * saved, and the step recorded by the event row `record` makes of it (adding its own columns: the record's id,
   * `late`), under `recordedAs` when the event names it otherwise (an ASSIGN of an assigned item is a REASSIGN).
   * The caller changes the subject's other fields before, and announces the step after.
   */
  async take<T extends { status: S }>(
    em: EntityManager,
    subject: T,
    action: A,
    step: { actorUserId: string | null; reason: string | null; to?: S; recordedAs?: string },
    record: (step: Step<S>) => WorkflowEvent<S>,
  ): Promise<T> {
    const fromStatus = subject.status;
    const toStatus = this.next(fromStatus, action, step.to);
    subject.status = toStatus;
    const saved = await em.save(subject);
    await em.save(
      record({
        action: step.recordedAs ?? action,
        fromStatus,
        toStatus,
        reason: step.reason,
        actorUserId: step.actorUserId,
      }),
    );
    return saved;
  }
}
