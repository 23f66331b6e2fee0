import { registerLabelledEnum } from '../common/enum-labels.js';

/** What a notification is about (issue 14): a step of my evaluation, work waiting for me, a deadline, an initiative. */
export enum NotificationKind {
  EVALUATION_RETURNED = 'EVALUATION_RETURNED',
  EVALUATION_RATED = 'EVALUATION_RATED',
  EVALUATION_APPROVED = 'EVALUATION_APPROVED',
  EVALUATION_NOTIFIED = 'EVALUATION_NOTIFIED',
  EVALUATION_TO_RATE = 'EVALUATION_TO_RATE',
  DEADLINE_SOON = 'DEADLINE_SOON',
  DEADLINE_TODAY = 'DEADLINE_TODAY',
  INITIATIVE_RESULT = 'INITIATIVE_RESULT',
}

/** Where a notification's e-mail stands: waiting (or retrying), sent, not sent by design, given up. */
export enum EmailStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  SKIPPED = 'SKIPPED',
  FAILED = 'FAILED',
}

export const NOTIFICATION_KIND_LABELS_VI: Record<NotificationKind, string> = {
  EVALUATION_RETURNED: 'Phiếu bị trả lại',
  EVALUATION_RATED: 'Phiếu đã được đánh giá',
  EVALUATION_APPROVED: 'Kết quả đã được phê duyệt',
  EVALUATION_NOTIFIED: 'Kết quả đã được thông báo',
  EVALUATION_TO_RATE: 'Phiếu chờ tôi đánh giá',
  DEADLINE_SOON: 'Sắp đến hạn',
  DEADLINE_TODAY: 'Đến hạn hôm nay',
  INITIATIVE_RESULT: 'Kết quả sáng kiến',
};

export const EMAIL_STATUS_LABELS_VI: Record<EmailStatus, string> = {
  PENDING: 'Đang chờ gửi',
  SENT: 'Đã gửi e-mail',
  SKIPPED: 'Không gửi e-mail',
  FAILED: 'Gửi e-mail thất bại',
};

registerLabelledEnum(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  labels: NOTIFICATION_KIND_LABELS_VI,
});

registerLabelledEnum(EmailStatus, {
  name: 'EmailStatus',
  description: 'Whether a notification’s e-mail was sent.',
  labels: EMAIL_STATUS_LABELS_VI,
});
