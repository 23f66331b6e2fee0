import { RatingLevel, RuleSetId } from '../evaluation.enums.js';
import { checkGeneral, checkProducts, itemisedTaskPoints } from './products.js';
import type { PointsRuleSet } from './rule-set.js';

/** Decree 335/2025 (R8): general 0–30 + task products summing to 70; bands 90 / 70 / 50. */
export const nd335: PointsRuleSet = {
  id: RuleSetId.ND335,
  kind: 'points',
  check(parts, split) {
    const problems = checkGeneral(parts, split);
    if (!parts.products || parts.products.length === 0) {
      return [
        ...problems,
        { field: 'parts.products', message: 'Nghị định 335: kết quả nhiệm vụ phải liệt kê từng sản phẩm' },
      ];
    }
    return [...problems, ...checkProducts(parts, split)];
  },
  taskPoints: (parts) => itemisedTaskPoints(parts),
  band(score) {
    if (score >= 90) return RatingLevel.EXCELLENT;
    if (score >= 70) return RatingLevel.GOOD;
    if (score >= 50) return RatingLevel.COMPLETED;
    return RatingLevel.NOT_COMPLETED;
  },
};
