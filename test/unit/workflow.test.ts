import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import type { Step } from '../../src/common/workflow.js';
import { EvaluationEvent } from '../../src/evaluation/evaluation-event.entity.js';
import { EvaluationStatus } from '../../src/evaluation/evaluation.enums.js';
import { EVALUATION_STEPS } from '../../src/evaluation/evaluation.rules.js';
import { FeedbackStatus } from '../../src/feedback/feedback.enums.js';
import { FEEDBACK_STEPS } from '../../src/feedback/feedback.rules.js';
import { InitiativeStatus } from '../../src/initiative/initiative.enums.js';
import { INITIATIVE_STEPS } from '../../src/initiative/initiative.rules.js';

const INVALID_STATE = expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_STATE' }) });

describe('the workflow helper (src/common/workflow.ts)', () => {
  it('refuses an action from a status the table does not list, with INVALID_STATE naming both', () => {
    expect(() => EVALUATION_STEPS.next(EvaluationStatus.DRAFT, 'APPROVE')).toThrow(INVALID_STATE);
    expect(() => EVALUATION_STEPS.allow(EvaluationStatus.DRAFT, 'APPROVE')).toThrow(
      'Không thể phê duyệt khi phiếu đang ở trạng thái DRAFT.',
    );
    expect(() => INITIATIVE_STEPS.allow(InitiativeStatus.DRAFT, 'START')).toThrow(INVALID_STATE);
    expect(() => FEEDBACK_STEPS.next(FeedbackStatus.CLOSED, 'REPLY')).toThrow(INVALID_STATE);
  });

  it('leads each action to its status, the caller choosing where the table lists several', () => {
    expect(EVALUATION_STEPS.next(EvaluationStatus.REVIEWED, 'RETURN')).toBe(EvaluationStatus.SELF_ASSESSED);
    expect(INITIATIVE_STEPS.next(InitiativeStatus.REPORTED, 'EVALUATE', InitiativeStatus.NOT_COMPLETED)).toBe(
      InitiativeStatus.NOT_COMPLETED,
    );
    expect(INITIATIVE_STEPS.next(InitiativeStatus.UNDER_REVIEW, 'VOTE')).toBe(InitiativeStatus.UNDER_REVIEW);
    expect(FEEDBACK_STEPS.next(FeedbackStatus.IN_PROGRESS, 'ASSIGN')).toBe(FeedbackStatus.IN_PROGRESS);
    // a target outside the table, or no choice among several, is the code's mistake, not the caller's
    expect(() => INITIATIVE_STEPS.next(InitiativeStatus.REPORTED, 'EVALUATE')).toThrow('leads to one of');
    expect(() => INITIATIVE_STEPS.next(InitiativeStatus.REPORTED, 'EVALUATE', InitiativeStatus.APPROVED)).toThrow(
      'leads to one of',
    );
  });

  it('takes a step: the status set and saved, then one event row of the shared shape', async () => {
    const saved: unknown[] = [];
    const em = { save: (row: unknown) => Promise.resolve(saved.push(row) && row) } as unknown as EntityManager;
    const subject = { id: 'e1', status: EvaluationStatus.REVIEWED };
    let step: Step<EvaluationStatus> | undefined;
    await EVALUATION_STEPS.take(em, subject, 'APPROVE', { actorUserId: 'u1', reason: null }, (s) => {
      step = s;
      return Object.assign(new EvaluationEvent(), { ...s, evaluationId: subject.id, late: false });
    });
    expect(subject.status).toBe(EvaluationStatus.APPROVED);
    expect(step).toEqual({
      action: 'APPROVE',
      fromStatus: EvaluationStatus.REVIEWED,
      toStatus: EvaluationStatus.APPROVED,
      reason: null,
      actorUserId: 'u1',
    });
    expect(saved).toHaveLength(2);
    expect(saved[1]).toBeInstanceOf(EvaluationEvent);
  });

  it('saves nothing when the step is refused', async () => {
    const em = { save: () => Promise.reject(new Error('nothing should be saved')) } as unknown as EntityManager;
    const subject = { status: EvaluationStatus.DRAFT };
    await expect(
      EVALUATION_STEPS.take(em, subject, 'APPROVE', { actorUserId: null, reason: null }, () => new EvaluationEvent()),
    ).rejects.toThrow(INVALID_STATE);
    expect(subject.status).toBe(EvaluationStatus.DRAFT);
  });
});
