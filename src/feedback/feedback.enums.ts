import { registerEnumType } from 'type-graphql';

export enum FeedbackChannel {
  HOTLINE = 'HOTLINE',
  WEB = 'WEB',
  APP = 'APP',
  ZALO = 'ZALO',
}

/** §3: RECEIVED → ASSIGNED → IN_PROGRESS → REPLIED → CLOSED; REJECTED; REOPENED (back in progress). */
export enum FeedbackStatus {
  RECEIVED = 'RECEIVED',
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  REPLIED = 'REPLIED',
  CLOSED = 'CLOSED',
  REJECTED = 'REJECTED',
  REOPENED = 'REOPENED',
}

/** R19: why an item moved; MISROUTED (the portal sent it to the wrong unit) restarts the deadline. */
export enum AssignmentReason {
  INITIAL = 'INITIAL',
  MISROUTED = 'MISROUTED',
  OTHER = 'OTHER',
  /** the unit closed in a reorganisation; its successor takes the item over with the same deadline */
  REORGANISATION = 'REORGANISATION',
}

/** An item is finished with when it is in one of these. */
export const HANDLED_STATUSES = [FeedbackStatus.REPLIED, FeedbackStatus.CLOSED, FeedbackStatus.REJECTED];

export const FEEDBACK_STATUS_LABELS_VI: Record<FeedbackStatus, string> = {
  RECEIVED: 'Đã tiếp nhận',
  ASSIGNED: 'Đã chuyển xử lý',
  IN_PROGRESS: 'Đang xử lý',
  REPLIED: 'Đã trả lời',
  CLOSED: 'Đã kết thúc',
  REJECTED: 'Từ chối',
  REOPENED: 'Xử lý lại',
};

registerEnumType(FeedbackChannel, { name: 'FeedbackChannel' });

registerEnumType(FeedbackStatus, { name: 'FeedbackStatus' });

registerEnumType(AssignmentReason, {
  name: 'AssignmentReason',
  description: 'MISROUTED restarts the deadline for the new unit.',
});
