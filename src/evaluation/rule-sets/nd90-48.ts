import type { FieldProblem } from '../../common/errors.js';
import { RatingLevel, RuleSetId } from '../evaluation.enums.js';
import { levelVi } from '../levels.js';
import type { Criteria, CriteriaRuleSet } from './rule-set.js';

const HEAD_FIELDS = [
  'targetsMetPercent',
  'targetsExceededPercent',
  'subunitsCompletedPercent',
  'subunitsGoodPercent',
] as const;

/**
 * Decree 90/2020 as amended by 48/2023 (R11): no points; the rater's figures decide which levels the law allows.
 * For heads the unit's targets and sub-units weigh as well. A share met between 50% and 70% leaves the choice
 * between COMPLETED and NOT_COMPLETED to the rater, with a reason.
 */
export const nd9048: CriteriaRuleSet = {
  id: RuleSetId.ND90_48,
  kind: 'criteria',
  check(criteria, isHead) {
    const problems: FieldProblem[] = [];
    const percent = (field: string, value: number | null | undefined, required: boolean) => {
      if (value === undefined || value === null) {
        if (required) problems.push({ field: `criteria.${field}`, message: 'cần nhập đối với người đứng đầu' });
      } else if (!(value >= 0 && value <= 100)) {
        problems.push({ field: `criteria.${field}`, message: 'tỷ lệ phải từ 0 đến 100' });
      }
    };
    percent('tasksOnTimePercent', criteria.tasksOnTimePercent, true);
    percent('tasksExceededPercent', criteria.tasksExceededPercent, true);
    for (const field of HEAD_FIELDS) percent(field, criteria[field], isHead);
    return problems;
  },
  allowed(criteria, isHead) {
    const met = isHead ? (criteria.targetsMetPercent ?? 0) : criteria.tasksOnTimePercent;
    const metLabel = isHead ? 'chỉ tiêu của đơn vị hoàn thành' : 'nhiệm vụ hoàn thành đúng hạn, bảo đảm chất lượng';
    const explanation = [`Tỷ lệ ${metLabel}: ${met}%`];
    if (criteria.corruptionInUnit) {
      explanation.push('Người đánh giá xác nhận đơn vị để xảy ra tham nhũng, tiêu cực → Không hoàn thành nhiệm vụ');
      return { best: RatingLevel.NOT_COMPLETED, raterMustChoose: false, explanation };
    }
    const subunitsAllGood = (c: Criteria) =>
      (c.subunitsCompletedPercent ?? 0) >= 100 && (c.subunitsGoodPercent ?? 0) >= 70;
    if (met < 50) {
      explanation.push('Dưới 50% → Không hoàn thành nhiệm vụ');
      return { best: RatingLevel.NOT_COMPLETED, raterMustChoose: false, explanation };
    }
    if (met <= 70) {
      explanation.push('Từ 50% đến 70%: người đánh giá chọn Hoàn thành hoặc Không hoàn thành nhiệm vụ, nêu lý do');
      return { best: RatingLevel.COMPLETED, raterMustChoose: true, explanation };
    }
    let best = RatingLevel.COMPLETED;
    if (isHead) {
      if ((criteria.subunitsCompletedPercent ?? 0) < 70) {
        explanation.push('Dưới 70% đơn vị cấp dưới hoàn thành nhiệm vụ → tối đa Hoàn thành nhiệm vụ');
      } else if (met >= 100 && criteria.tasksOnTimePercent >= 80 && subunitsAllGood(criteria)) {
        // EXCELLENT also needs the head's own tasks: all on time, at least half of them exceeded
        const ownTasksExcellent = criteria.tasksOnTimePercent >= 100 && criteria.tasksExceededPercent >= 50;
        best =
          (criteria.targetsExceededPercent ?? 0) >= 50 && ownTasksExcellent ? RatingLevel.EXCELLENT : RatingLevel.GOOD;
        if (best === RatingLevel.GOOD && (criteria.targetsExceededPercent ?? 0) >= 50) {
          explanation.push(
            `Nhiệm vụ của bản thân: ${criteria.tasksOnTimePercent}% đúng hạn, ${criteria.tasksExceededPercent}% vượt mức — chưa đủ để xếp Hoàn thành xuất sắc`,
          );
        }
      }
    } else if (met >= 100) {
      best = criteria.tasksExceededPercent >= 50 ? RatingLevel.EXCELLENT : RatingLevel.GOOD;
    }
    explanation.push(`Mức cao nhất được phép: ${levelVi(best)}`);
    return { best, raterMustChoose: false, explanation };
  },
};
