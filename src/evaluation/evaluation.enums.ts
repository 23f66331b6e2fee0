import { registerLabelledEnum } from '../common/enum-labels.js';

export enum PeriodKind {
  YEAR = 'YEAR',
  QUARTER = 'QUARTER',
  MONTH = 'MONTH',
}

export enum PeriodStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

/** R6 */
export enum RatingLevel {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  COMPLETED = 'COMPLETED',
  NOT_COMPLETED = 'NOT_COMPLETED',
  NOT_RATED = 'NOT_RATED',
}

/** R7 */
export enum RuleSetId {
  ND90_48 = 'ND90_48',
  ND335 = 'ND335',
  HCM_QD20 = 'HCM_QD20',
}

/** R16 */
export enum EvaluationStatus {
  DRAFT = 'DRAFT',
  SELF_ASSESSED = 'SELF_ASSESSED',
  REVIEWED = 'REVIEWED',
  APPROVED = 'APPROVED',
  NOTIFIED = 'NOTIFIED',
  APPEALED = 'APPEALED',
  UPHELD = 'UPHELD',
  REVISED = 'REVISED',
}

export const LEVEL_LABELS_VI: Record<RatingLevel, string> = {
  EXCELLENT: 'Hoàn thành xuất sắc nhiệm vụ',
  GOOD: 'Hoàn thành tốt nhiệm vụ',
  COMPLETED: 'Hoàn thành nhiệm vụ',
  NOT_COMPLETED: 'Không hoàn thành nhiệm vụ',
  NOT_RATED: 'Không xếp loại',
};

export const STATUS_LABELS_VI: Record<EvaluationStatus, string> = {
  DRAFT: 'Chưa tự đánh giá',
  SELF_ASSESSED: 'Đã tự đánh giá',
  REVIEWED: 'Cấp trên đã đánh giá',
  APPROVED: 'Đã phê duyệt',
  NOTIFIED: 'Đã thông báo',
  APPEALED: 'Đang khiếu nại',
  UPHELD: 'Giữ nguyên kết quả',
  REVISED: 'Đã điều chỉnh',
};

export const RULE_SET_LABELS_VI: Record<RuleSetId, string> = {
  ND335: 'Nghị định 335/2025',
  HCM_QD20: 'Quyết định 20/2024 (quý)',
  ND90_48: 'Nghị định 90/2020, 48/2023',
};

export const PERIOD_STATUS_LABELS_VI: Record<PeriodStatus, string> = { OPEN: 'Đang mở', CLOSED: 'Đã khoá' };

export const PERIOD_KIND_LABELS_VI: Record<PeriodKind, string> = { YEAR: 'Năm', QUARTER: 'Quý', MONTH: 'Tháng' };

/** Levels from best to worst; NOT_RATED stands apart. */
export const LEVEL_ORDER: RatingLevel[] = [
  RatingLevel.EXCELLENT,
  RatingLevel.GOOD,
  RatingLevel.COMPLETED,
  RatingLevel.NOT_COMPLETED,
];

/** Statuses in which a rater's result stands (counted for ratios, quotas and payouts). */
export const RATED_STATUSES: EvaluationStatus[] = [
  EvaluationStatus.REVIEWED,
  EvaluationStatus.APPROVED,
  EvaluationStatus.NOTIFIED,
  EvaluationStatus.APPEALED,
  EvaluationStatus.UPHELD,
  EvaluationStatus.REVISED,
];

/** Statuses at or past approval. */
export const APPROVED_STATUSES: EvaluationStatus[] = RATED_STATUSES.filter((s) => s !== EvaluationStatus.REVIEWED);

registerLabelledEnum(PeriodKind, {
  name: 'PeriodKind',
  description: 'The length of an evaluation period.',
  labels: PERIOD_KIND_LABELS_VI,
});

registerLabelledEnum(PeriodStatus, {
  name: 'PeriodStatus',
  description: 'Whether a period still takes evaluations.',
  labels: PERIOD_STATUS_LABELS_VI,
});

registerLabelledEnum(RatingLevel, { name: 'RatingLevel', description: 'R6: the levels.', labels: LEVEL_LABELS_VI });

registerLabelledEnum(RuleSetId, {
  name: 'RuleSet',
  description: 'R7: the rules an evaluation is scored by.',
  labels: RULE_SET_LABELS_VI,
});

registerLabelledEnum(EvaluationStatus, {
  name: 'EvaluationStatus',
  description: 'R16: the steps of an evaluation.',
  labels: STATUS_LABELS_VI,
});
