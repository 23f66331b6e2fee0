import { describe, expect, it } from '@jest/globals';
import { RatingLevel } from '../../src/evaluation/evaluation.enums.js';
import { FeedbackStatus } from '../../src/feedback/feedback.enums.js';
import { FEEDBACK_STEPS, feedbackEffect, isOverdue, onTimeRate } from '../../src/feedback/feedback.rules.js';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.js';

describe('the 1022 record in a head’s QUARTER (R14), rows 25–28', () => {
  it.each([
    ['25: 40 due, 40 on time', { due: 40, onTime: 40, overdueAtEnd: 0 }, 0, null],
    ['26: 40 due, 36 on time, 4 overdue', { due: 40, onTime: 36, overdueAtEnd: 4 }, 4, null],
    ['27: 40 due, 28 on time, 12 overdue', { due: 40, onTime: 28, overdueAtEnd: 12 }, 10, RatingLevel.GOOD],
    ['28: nothing due', { due: 0, onTime: 0, overdueAtEnd: 0 }, 0, null],
  ])('row %s', (_name, counts, deductions, cap) => {
    const effect = feedbackEffect(counts, DEFAULT_SETTINGS);
    expect(effect.deductions).toBe(deductions);
    expect(effect.cap).toBe(cap);
  });

  it('row 26: 36 of 40 is exactly 90%: no cap', () => {
    expect(onTimeRate({ due: 40, onTime: 36 })).toBe(90);
    expect(onTimeRate({ due: 0, onTime: 0 })).toBeNull();
  });
});

describe('feedback states (§3)', () => {
  it('replying to a CLOSED item is refused', () => {
    expect(() => FEEDBACK_STEPS.next(FeedbackStatus.CLOSED, 'REPLY')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_STATE' }) }),
    );
  });

  it('walks RECEIVED → ASSIGNED → IN_PROGRESS → REPLIED → CLOSED, and reopens', () => {
    expect(FEEDBACK_STEPS.next(FeedbackStatus.RECEIVED, 'ASSIGN')).toBe(FeedbackStatus.ASSIGNED);
    expect(FEEDBACK_STEPS.next(FeedbackStatus.ASSIGNED, 'PROGRESS')).toBe(FeedbackStatus.IN_PROGRESS);
    expect(FEEDBACK_STEPS.next(FeedbackStatus.IN_PROGRESS, 'REPLY')).toBe(FeedbackStatus.REPLIED);
    expect(FEEDBACK_STEPS.next(FeedbackStatus.REPLIED, 'CLOSE')).toBe(FeedbackStatus.CLOSED);
    expect(FEEDBACK_STEPS.next(FeedbackStatus.CLOSED, 'REOPEN')).toBe(FeedbackStatus.REOPENED);
    expect(FEEDBACK_STEPS.next(FeedbackStatus.REOPENED, 'REPLY')).toBe(FeedbackStatus.REPLIED);
  });

  it('is overdue only past due and while not handled', () => {
    const dueAt = new Date('2026-10-15T23:59:59.999+07:00');
    expect(isOverdue({ dueAt, status: FeedbackStatus.IN_PROGRESS }, new Date('2026-10-16T00:00:00+07:00'))).toBe(true);
    expect(isOverdue({ dueAt, status: FeedbackStatus.IN_PROGRESS }, new Date('2026-10-15T23:00:00+07:00'))).toBe(false);
    expect(isOverdue({ dueAt, status: FeedbackStatus.REPLIED }, new Date('2026-11-01T00:00:00+07:00'))).toBe(false);
  });
});
