import { addWorkingDays, isWorkingDay, type WorkCalendar } from '../calendar/calendar.js';
import { addDays, formatDay } from '../common/dates.js';
import { InitiativeStatus } from '../initiative/initiative.enums.js';
import { NotificationKind } from './notification.enums.js';

/** A failed e-mail is tried again this many times in all, then given up (FAILED, still in the inbox). */
export const MAX_EMAIL_ATTEMPTS = 6;
const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 60 * 60_000;

/** The pause after the n-th failure (n ≥ 1): one minute, doubling, at most an hour. */
export function retryDelayMs(failures: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), LONGEST_RETRY_MS);
}

export interface Recipient {
  email: string | null;
  emailNotifications: boolean;
  active: boolean;
}

/** Whether a notification goes out by e-mail, or why not (kept on the row as its note). */
export function emailDecision(
  smtpConfigured: boolean,
  recipient: Recipient,
): { send: true } | { send: false; note: string } {
  if (!smtpConfigured) return { send: false, note: 'no SMTP_URL configured: inbox only' };
  if (!recipient.active) return { send: false, note: 'the account is inactive' };
  if (!recipient.emailNotifications) return { send: false, note: 'the user turned e-mail off' };
  if (!recipient.email) return { send: false, note: 'the user has no e-mail address' };
  return { send: true };
}

/** A plain address check (the SMTP server has the last word): one @, no spaces, a dot in the domain. */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

/**
 * The deadlines to remind of on `today`: those due today, and — on a working day — those exactly 3 working days
 * ahead (a deadline on a day off is reminded 3 working days before it too: every day D after the 3rd working day
 * and before the 4th).
 */
export function reminderDays(calendar: WorkCalendar, today: string): { today: string; soon: string[] } {
  if (!isWorkingDay(calendar, today)) return { today, soon: [] };
  const soon: string[] = [];
  const fourth = addWorkingDays(calendar, today, 4);
  for (let day = addWorkingDays(calendar, today, 3); day < fourth; day = addDays(day, 1)) soon.push(day);
  return { today, soon };
}

export interface Message {
  kind: NotificationKind;
  title: string;
  body: string;
}

/** What a step of the workflow (R16) tells whom: the person rated, or the rater who now has work. */
export function evaluationStepMessage(
  action: string,
  facts: { periodName: string; personName: string; reason: string | null },
): { to: 'person' | 'rater'; message: Message } | null {
  const { periodName, personName, reason } = facts;
  switch (action) {
    case 'SELF_ASSESS':
      return {
        to: 'rater',
        message: {
          kind: NotificationKind.EVALUATION_TO_RATE,
          title: `Phiếu của ${personName} (${periodName}) chờ bạn đánh giá`,
          body: `${personName} đã tự đánh giá kỳ ${periodName}: phiếu chờ bạn đánh giá, xếp loại.`,
        },
      };
    case 'REOPEN':
      return {
        to: 'rater',
        message: {
          kind: NotificationKind.EVALUATION_TO_RATE,
          title: `Phiếu của ${personName} (${periodName}) được mở lại`,
          body: `Sở Nội vụ mở lại kết quả đã phê duyệt của ${personName} kỳ ${periodName}. Lý do: ${reason ?? ''}`,
        },
      };
    case 'RETURN':
      return {
        to: 'person',
        message: {
          kind: NotificationKind.EVALUATION_RETURNED,
          title: `Phiếu đánh giá ${periodName} bị trả lại`,
          body: `Người đánh giá trả lại phiếu kỳ ${periodName} để bạn tự đánh giá lại. Lý do: ${reason ?? ''}`,
        },
      };
    case 'RATE':
      return {
        to: 'person',
        message: {
          kind: NotificationKind.EVALUATION_RATED,
          title: `Phiếu đánh giá ${periodName} đã được đánh giá`,
          body: `Người đánh giá đã đánh giá, xếp loại phiếu kỳ ${periodName} của bạn; kết quả chờ phê duyệt.`,
        },
      };
    case 'APPROVE':
      return {
        to: 'person',
        message: {
          kind: NotificationKind.EVALUATION_APPROVED,
          title: `Kết quả đánh giá ${periodName} đã được phê duyệt`,
          body: `Kết quả đánh giá kỳ ${periodName} của bạn đã được phê duyệt; kết quả sẽ được thông báo chính thức.`,
        },
      };
    case 'NOTIFY':
      return {
        to: 'person',
        message: {
          kind: NotificationKind.EVALUATION_NOTIFIED,
          title: `Kết quả đánh giá ${periodName} đã được thông báo`,
          body: `Kết quả đánh giá, xếp loại kỳ ${periodName} của bạn đã được thông báo. Bạn có thể xem kết quả và khiếu nại trong thời hạn quy định.`,
        },
      };
    default:
      return null;
  }
}

const INITIATIVE_RESULTS_VI: Partial<Record<InitiativeStatus, string>> = {
  RECOMMENDED: 'được Tổ thẩm định đề nghị công nhận',
  NOT_RECOMMENDED: 'không được Tổ thẩm định đề nghị',
  APPROVED: 'được lãnh đạo Thành phố phê duyệt',
  REJECTED: 'không được lãnh đạo Thành phố phê duyệt',
  COMPLETED: 'được đánh giá hoàn thành',
  NOT_COMPLETED: 'được đánh giá không hoàn thành',
};

/** An initiative's result, for its proposers and the one who registered it; null for a step that is not a result. */
export function initiativeResultMessage(status: InitiativeStatus, title: string): Message | null {
  const result = INITIATIVE_RESULTS_VI[status];
  if (!result) return null;
  return {
    kind: NotificationKind.INITIATIVE_RESULT,
    title: `Sáng kiến "${title}" ${result}`,
    body: `Sáng kiến "${title}" ${result}.`,
  };
}

/** The deadlines the reminders cover, as said in a message. */
export type DeadlineSubject =
  'selfAssessment' | 'rating' | 'approval' | 'feedback' | 'boardReview' | 'remediation' | 'resultEvaluation';

const DEADLINE_SUBJECTS_VI: Record<DeadlineSubject, string> = {
  selfAssessment: 'Hạn tự đánh giá',
  rating: 'Hạn đánh giá, xếp loại',
  approval: 'Hạn phê duyệt kết quả đánh giá',
  feedback: 'Hạn trả lời phản ánh, kiến nghị',
  boardReview: 'Hạn thẩm định sáng kiến',
  remediation: 'Hạn khắc phục sau kiểm tra',
  resultEvaluation: 'Hạn đánh giá báo cáo kết quả sáng kiến',
};

/** A reminder's kind, title and body; `what` names the thing due (a period, a reference, a title). */
export function deadlineMessage(subject: DeadlineSubject, dueDay: string, today: string, what: string): Message {
  const onTheDay = dueDay === today;
  const label = DEADLINE_SUBJECTS_VI[subject];
  return {
    kind: onTheDay ? NotificationKind.DEADLINE_TODAY : NotificationKind.DEADLINE_SOON,
    title: `${label} ${onTheDay ? 'là hôm nay' : `là ngày ${formatDay(dueDay)}`}: ${what}`,
    body: `${label}: ${what}. ${onTheDay ? 'Hôm nay là ngày cuối cùng.' : `Còn 3 ngày làm việc, đến hết ngày ${formatDay(dueDay)}.`}`,
  };
}
