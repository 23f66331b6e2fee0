import { registerLabelledEnum } from '../common/enum-labels.js';

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

export const FEEDBACK_CHANNEL_LABELS_VI: Record<FeedbackChannel, string> = {
  HOTLINE: 'Đường dây nóng',
  WEB: 'Cổng thông tin',
  APP: 'Ứng dụng',
  ZALO: 'Zalo',
};

export const ASSIGNMENT_REASON_LABELS_VI: Record<AssignmentReason, string> = {
  INITIAL: 'Giao lần đầu',
  MISROUTED: 'Chuyển sai địa bàn',
  OTHER: 'Chuyển xử lý',
  REORGANISATION: 'Chuyển do sắp xếp đơn vị',
};

export const FEEDBACK_STATUS_LABELS_VI: Record<FeedbackStatus, string> = {
  RECEIVED: 'Đã tiếp nhận',
  ASSIGNED: 'Đã chuyển xử lý',
  IN_PROGRESS: 'Đang xử lý',
  REPLIED: 'Đã trả lời',
  CLOSED: 'Đã kết thúc',
  REJECTED: 'Từ chối',
  REOPENED: 'Xử lý lại',
};

registerLabelledEnum(FeedbackChannel, {
  name: 'FeedbackChannel',
  description: 'How a 1022 item reached the portal.',
  labels: FEEDBACK_CHANNEL_LABELS_VI,
});

registerLabelledEnum(FeedbackStatus, {
  name: 'FeedbackStatus',
  description: '§3: the steps of a 1022 item.',
  labels: FEEDBACK_STATUS_LABELS_VI,
});

registerLabelledEnum(AssignmentReason, {
  name: 'AssignmentReason',
  description: 'MISROUTED restarts the deadline for the new unit.',
  labels: ASSIGNMENT_REASON_LABELS_VI,
  descriptions: { REORGANISATION: 'The unit closed in a reorganisation; its successor keeps the deadline' },
});
