import { registerLabelledEnum } from '../common/enum-labels.js';

export enum SatisfactionSource {
  CITY_INDEX = 'CITY_INDEX',
  SIPAS = 'SIPAS',
  KIOSK = 'KIOSK',
}

export const SATISFACTION_SOURCE_LABELS_VI: Record<SatisfactionSource, string> = {
  CITY_INDEX: 'Chỉ số hài lòng của Thành phố',
  SIPAS: 'SIPAS',
  KIOSK: 'Máy đánh giá tại bộ phận một cửa',
};

registerLabelledEnum(SatisfactionSource, {
  name: 'SatisfactionSource',
  description: 'Where a satisfaction result comes from (§4).',
  labels: SATISFACTION_SOURCE_LABELS_VI,
});
