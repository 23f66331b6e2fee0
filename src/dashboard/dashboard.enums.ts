import { registerEnumType } from 'type-graphql';

export enum RankingMetric {
  /** 1022 items replied on time ÷ due (R22) */
  FEEDBACK_ON_TIME = 'FEEDBACK_ON_TIME',
  /** the unit's satisfaction survey result (§4) */
  SATISFACTION = 'SATISFACTION',
  /** EXCELLENT among the rated evaluations of the unit (withheld under 3 people for viewers) */
  EXCELLENT_SHARE = 'EXCELLENT_SHARE',
}

registerEnumType(RankingMetric, { name: 'RankingMetric' });
