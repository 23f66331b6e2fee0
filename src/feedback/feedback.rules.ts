import { BadInputError } from '../common/errors.js';
import { Workflow } from '../common/workflow.js';
import { RatingLevel } from '../evaluation/evaluation.enums.js';
import { formatNumber } from '../evaluation/levels.js';
import type { Settings } from '../settings/settings.js';
import { FeedbackStatus, HANDLED_STATUSES } from './feedback.enums.js';

/** A range of days [from, to] for the 1022 figures: `to` before `from` is BAD_USER_INPUT. */
export function checkRange(from: string, to: string): void {
  if (to < from)
    throw new BadInputError(
      [{ field: 'to', message: 'ngày kết thúc phải từ ngày bắt đầu trở đi' }],
      '`to` is before `from`.',
    );
}

/** The portal's first items are of 2020; an hour's grace for a clock ahead of ours. */
const EARLIEST_RECEIVED = new Date('2000-01-01T00:00:00+07:00');
const CLOCK_GRACE_MS = 60 * 60 * 1000;

/**
 * An item is received in this century and not later than now: anything else is BAD_USER_INPUT (its deadline counts
 * from it).
 */
export function checkReceivedAt(receivedAt: Date, now: Date): void {
  const at = receivedAt.getTime();
  if (Number.isNaN(at) || at < EARLIEST_RECEIVED.getTime() || at > now.getTime() + CLOCK_GRACE_MS)
    throw new BadInputError(
      [{ field: 'receivedAt', message: 'thời điểm tiếp nhận phải từ năm 2000 đến hiện tại' }],
      '`receivedAt` is before 2000 or in the future.',
    );
}

/** R20: N working days per category, else the default (5). */
export function workingDaysFor(category: string, settings: Settings): number {
  return settings['feedback.workingDaysByCategory'][category] ?? settings['feedback.defaultWorkingDays'];
}

/** Overdue is read from the clock, never stored: past due and not replied, closed or rejected. */
export function isOverdue(item: { dueAt: Date; status: FeedbackStatus }, now: Date): boolean {
  return !HANDLED_STATUSES.includes(item.status) && now.getTime() > item.dueAt.getTime();
}

export type FeedbackAction = 'ASSIGN' | 'PROGRESS' | 'REPLY' | 'REJECT' | 'CLOSE' | 'REOPEN';

const IN_HAND = [FeedbackStatus.ASSIGNED, FeedbackStatus.IN_PROGRESS, FeedbackStatus.REOPENED];

/** §3's transitions. Assigning a received item makes it ASSIGNED; a reassignment keeps the status it had. */
export const FEEDBACK_STEPS = new Workflow<FeedbackStatus, FeedbackAction>('phản ánh', {
  ASSIGN: {
    vi: 'chuyển xử lý',
    from: [FeedbackStatus.RECEIVED, ...IN_HAND],
    to: (from) => (from === FeedbackStatus.RECEIVED ? FeedbackStatus.ASSIGNED : from),
  },
  PROGRESS: { vi: 'cập nhật tiến độ', from: IN_HAND, to: [FeedbackStatus.IN_PROGRESS] },
  REPLY: { vi: 'trả lời', from: IN_HAND, to: [FeedbackStatus.REPLIED] },
  REJECT: { vi: 'từ chối', from: [FeedbackStatus.RECEIVED, ...IN_HAND], to: [FeedbackStatus.REJECTED] },
  CLOSE: { vi: 'kết thúc', from: [FeedbackStatus.REPLIED], to: [FeedbackStatus.CLOSED] },
  REOPEN: { vi: 'xử lý lại', from: [FeedbackStatus.REPLIED, FeedbackStatus.CLOSED], to: [FeedbackStatus.REOPENED] },
});

export interface FeedbackCounts {
  due: number;
  onTime: number;
  overdueAtEnd: number;
}

/** R22: on time ÷ due, null when nothing was due (then no cap). */
export function onTimeRate(counts: Pick<FeedbackCounts, 'due' | 'onTime'>): number | null {
  return counts.due === 0 ? null : Math.round((counts.onTime * 10_000) / counts.due) / 100;
}

/** Decision 766: (items due − items unsatisfied or late) ÷ items due, each item once; null when nothing was due. */
export function satisfactionPercent(itemsDue: number, unsatisfiedOrLate: number): number | null {
  return itemsDue === 0 ? null : Math.round(((itemsDue - unsatisfiedOrLate) * 10_000) / itemsDue) / 100;
}

/**
 * R14's default QUARTER policy for the 1022 record (rows 25–28): −1 point per item overdue at quarter end, at
 * most −10; an on-time rate under 90% caps the level at GOOD. The values come from the settings.
 */
export function feedbackEffect(
  counts: FeedbackCounts,
  settings: Settings,
): { deductions: number; cap: RatingLevel | null; explanation: string[] } {
  const policy = settings['headInputs.feedback'];
  const rate = onTimeRate(counts);
  const deductions = Math.min(policy.maxDeduction, counts.overdueAtEnd * policy.pointsPerOverdueItem);
  const explanation = [
    `Phản ánh 1022: ${String(counts.due)} hồ sơ đến hạn, ${String(counts.onTime)} đúng hạn, ` +
      `${String(counts.overdueAtEnd)} trễ hạn cuối kỳ` +
      (rate === null ? ' (không có hồ sơ đến hạn)' : `, tỷ lệ đúng hạn ${formatNumber(rate)}%`),
  ];
  if (deductions > 0) {
    explanation.push(
      `Trừ ${formatNumber(deductions)} điểm (${String(policy.pointsPerOverdueItem)} điểm mỗi hồ sơ trễ hạn, ` +
        `tối đa ${String(policy.maxDeduction)})`,
    );
  }
  const cap = rate !== null && rate < policy.onTimeCapBelowPercent ? policy.capLevel : null;
  if (cap)
    explanation.push(
      `Tỷ lệ đúng hạn dưới ${String(policy.onTimeCapBelowPercent)}% → tối đa ${cap === RatingLevel.GOOD ? 'Hoàn thành tốt nhiệm vụ' : cap}`,
    );
  return { deductions, cap, explanation };
}
