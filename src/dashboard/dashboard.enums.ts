import { registerLabelledEnum } from '../common/enum-labels.js';

export enum RankingMetric {
  /** 1022 items replied on time ÷ due (R22) */
  FEEDBACK_ON_TIME = 'FEEDBACK_ON_TIME',
  /** the unit's satisfaction survey result (§4) */
  SATISFACTION = 'SATISFACTION',
  /** EXCELLENT among the rated evaluations of the unit (withheld under 3 people for viewers) */
  EXCELLENT_SHARE = 'EXCELLENT_SHARE',
}

export const RANKING_METRIC_LABELS_VI: Record<RankingMetric, string> = {
  FEEDBACK_ON_TIME: 'Tỷ lệ phản ánh 1022 trả lời đúng hạn',
  SATISFACTION: 'Mức độ hài lòng',
  EXCELLENT_SHARE: 'Tỷ lệ hoàn thành xuất sắc nhiệm vụ',
};

registerLabelledEnum(RankingMetric, {
  name: 'RankingMetric',
  description: 'What units are ranked by.',
  labels: RANKING_METRIC_LABELS_VI,
  descriptions: {
    FEEDBACK_ON_TIME: '1022 items replied on time ÷ due (R22)',
    SATISFACTION: 'The unit’s satisfaction survey result (§4)',
    EXCELLENT_SHARE: 'EXCELLENT among the rated evaluations of the unit (withheld under 3 people for viewers)',
  },
});

/** What `evaluationAggregates` groups evaluations by; several combine (one row per combination present). */
export enum EvaluationGroupBy {
  UNIT_KIND = 'UNIT_KIND',
  UNIT = 'UNIT',
  SUBTREE = 'SUBTREE',
  PERIOD = 'PERIOD',
  LEVEL = 'LEVEL',
  STATUS = 'STATUS',
}

export const EVALUATION_GROUP_BY_LABELS_VI: Record<EvaluationGroupBy, string> = {
  UNIT_KIND: 'Loại đơn vị',
  UNIT: 'Đơn vị',
  SUBTREE: 'Đơn vị trực thuộc, gồm cấp dưới',
  PERIOD: 'Kỳ đánh giá',
  LEVEL: 'Mức xếp loại',
  STATUS: 'Trạng thái',
};

registerLabelledEnum(EvaluationGroupBy, {
  name: 'EvaluationGroupBy',
  description: 'What evaluation aggregates are grouped by; several combine.',
  labels: EVALUATION_GROUP_BY_LABELS_VI,
  descriptions: {
    UNIT_KIND: 'The kind of the unit the person was evaluated in',
    UNIT: 'The unit the person was evaluated in',
    SUBTREE:
      'Each direct child of the unit asked for, over its whole subtree; the unit’s own evaluations have no subtree',
    PERIOD: 'The evaluation period',
    LEVEL: 'The level decided; none while unrated',
    STATUS: 'The workflow status',
  },
});

/** What `feedbackAggregates` groups 1022 items by; several combine. */
export enum FeedbackGroupBy {
  UNIT_KIND = 'UNIT_KIND',
  UNIT = 'UNIT',
  SUBTREE = 'SUBTREE',
  MONTH = 'MONTH',
  STATUS = 'STATUS',
}

export const FEEDBACK_GROUP_BY_LABELS_VI: Record<FeedbackGroupBy, string> = {
  UNIT_KIND: 'Loại đơn vị',
  UNIT: 'Đơn vị',
  SUBTREE: 'Đơn vị trực thuộc, gồm cấp dưới',
  MONTH: 'Tháng tiếp nhận',
  STATUS: 'Trạng thái',
};

registerLabelledEnum(FeedbackGroupBy, {
  name: 'FeedbackGroupBy',
  description: 'What 1022 item aggregates are grouped by; several combine.',
  labels: FEEDBACK_GROUP_BY_LABELS_VI,
  descriptions: {
    UNIT_KIND: 'The kind of the unit the item is assigned to now',
    UNIT: 'The unit the item is assigned to now',
    SUBTREE:
      'Each direct child of the unit asked for, over its whole subtree; items of the unit itself have no subtree',
    MONTH: 'The month the item was received, in Asia/Ho_Chi_Minh',
    STATUS: 'The item’s status now',
  },
});
