import { formatNumber } from '../levels.js';
import { RatingLevel, RuleSetId } from '../evaluation.enums.js';
import { checkGeneral, checkProducts, itemisedTaskPoints } from './products.js';
import type { PointsRuleSet } from './rule-set.js';

/** HCMC Decision 20/2024, quarterly (R9): general + task (30 / 70 by default); bands 90 / 75 / 50. */
export const hcmQd20: PointsRuleSet = {
  id: RuleSetId.HCM_QD20,
  kind: 'points',
  check(parts, split) {
    const problems = checkGeneral(parts, split);
    if (parts.products && parts.products.length > 0) return [...problems, ...checkProducts(parts, split)];
    const { taskScore } = parts;
    if (taskScore === undefined || taskScore === null || !(taskScore >= 0 && taskScore <= split.task)) {
      problems.push({ field: 'parts.taskScore', message: `điểm kết quả nhiệm vụ phải từ 0 đến ${split.task}` });
    }
    return problems;
  },
  taskPoints(parts) {
    if (parts.products && parts.products.length > 0) return itemisedTaskPoints(parts);
    const points = parts.taskScore ?? 0;
    return { points, explanation: [`Kết quả thực hiện nhiệm vụ: ${formatNumber(points)} điểm`] };
  },
  band(score) {
    if (score >= 90) return RatingLevel.EXCELLENT;
    if (score >= 75) return RatingLevel.GOOD;
    if (score >= 50) return RatingLevel.COMPLETED;
    return RatingLevel.NOT_COMPLETED;
  },
};
