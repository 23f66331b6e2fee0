import type { FieldProblem } from '../../common/errors.js';
import { formatNumber, roundScore } from '../levels.js';
import type { ScoreParts, Split } from './rule-set.js';

/** R8: a product late or below quality loses 25% of its points; one that is both loses 50%. */
export function productPoints(product: {
  points: number;
  late?: boolean | null;
  belowQuality?: boolean | null;
}): number {
  const faults = Number(Boolean(product.late)) + Number(Boolean(product.belowQuality));
  return product.points * (1 - 0.25 * faults);
}

export function checkGeneral(parts: ScoreParts, split: Split): FieldProblem[] {
  const { generalScore } = parts;
  return Number.isFinite(generalScore) && generalScore >= 0 && generalScore <= split.general
    ? []
    : [{ field: 'parts.generalScore', message: `điểm tiêu chí chung phải từ 0 đến ${split.general}` }];
}

export function checkProducts(parts: ScoreParts, split: Split): FieldProblem[] {
  const products = parts.products ?? [];
  const problems: FieldProblem[] = [];
  products.forEach((product, index) => {
    if (!(product.points > 0 && product.points <= split.task)) {
      problems.push({
        field: `parts.products[${index}].points`,
        message: `điểm sản phẩm phải lớn hơn 0 và không quá ${split.task}`,
      });
    }
    if (!(product.name as string | undefined)?.trim())
      problems.push({ field: `parts.products[${index}].name`, message: 'cần tên sản phẩm' });
  });
  const total = roundScore(products.reduce((sum, product) => sum + product.points, 0));
  if (problems.length === 0 && total !== split.task) {
    problems.push({
      field: 'parts.products',
      message: `tổng điểm các sản phẩm phải bằng ${split.task} (đang là ${formatNumber(total)})`,
    });
  }
  return problems;
}

export function itemisedTaskPoints(parts: ScoreParts): { points: number; explanation: string[] } {
  const products = parts.products ?? [];
  const explanation = products.map((product) => {
    const earned = productPoints(product);
    const faults = [product.late ? 'chậm' : null, product.belowQuality ? 'chưa đạt chất lượng' : null].filter(Boolean);
    return faults.length > 0
      ? `Sản phẩm "${product.name}": ${formatNumber(product.points)} điểm, ${faults.join(' và ')} → ${formatNumber(earned)}`
      : `Sản phẩm "${product.name}": ${formatNumber(earned)} điểm`;
  });
  return { points: roundScore(products.reduce((sum, product) => sum + productPoints(product), 0)), explanation };
}
