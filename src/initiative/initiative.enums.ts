import { registerLabelledEnum } from '../common/enum-labels.js';

/** §6 */
export enum InitiativeStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  RETURNED = 'RETURNED',
  RECOMMENDED = 'RECOMMENDED',
  NOT_RECOMMENDED = 'NOT_RECOMMENDED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  IMPLEMENTING = 'IMPLEMENTING',
  REPORTED = 'REPORTED',
  COMPLETED = 'COMPLETED',
  NOT_COMPLETED = 'NOT_COMPLETED',
}

/** The states of a round under the board's review (R27): submitted, or with a first vote cast. */
export const UNDER_BOARD_REVIEW: readonly InitiativeStatus[] = [
  InitiativeStatus.SUBMITTED,
  InitiativeStatus.UNDER_REVIEW,
];

/** The board's results (R27): an initiative in one awaits the city leader's decision. */
export const DECIDABLE: readonly InitiativeStatus[] = [InitiativeStatus.RECOMMENDED, InitiativeStatus.NOT_RECOMMENDED];

export enum Vote {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  ABSTAIN = 'ABSTAIN',
}

export const INITIATIVE_STATUS_LABELS_VI: Record<InitiativeStatus, string> = {
  DRAFT: 'Dự thảo',
  SUBMITTED: 'Đã gửi thẩm định',
  UNDER_REVIEW: 'Đang thẩm định',
  RETURNED: 'Trả lại để hoàn thiện',
  RECOMMENDED: 'Đề nghị phê duyệt',
  NOT_RECOMMENDED: 'Không đề nghị',
  APPROVED: 'Được phê duyệt',
  REJECTED: 'Không phê duyệt',
  IMPLEMENTING: 'Đang triển khai',
  REPORTED: 'Đã báo cáo kết quả',
  COMPLETED: 'Hoàn thành',
  NOT_COMPLETED: 'Không hoàn thành',
};

export const VOTE_LABELS_VI: Record<Vote, string> = {
  APPROVE: 'Tán thành',
  REJECT: 'Không tán thành',
  ABSTAIN: 'Không biểu quyết',
};

registerLabelledEnum(InitiativeStatus, {
  name: 'InitiativeStatus',
  description: '§6: the steps of an initiative.',
  labels: INITIATIVE_STATUS_LABELS_VI,
});

registerLabelledEnum(Vote, { name: 'Vote', description: 'A board member’s vote.', labels: VOTE_LABELS_VI });
