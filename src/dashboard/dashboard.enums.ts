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
