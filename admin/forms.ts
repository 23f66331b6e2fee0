import { BadInputError } from '../src/common/errors.js';
import type { Criteria, ScoreParts, TaskProduct } from '../src/evaluation/rule-sets/rule-set.js';

/** A number as typed in Vietnamese, "8,5" or "8.5"; empty or not a number gives NaN, which the services refuse. */
export function decimal(value: unknown): number {
  if (typeof value === 'number') return value;
  const text = typeof value === 'string' ? value.trim() : '';
  return text ? Number(text.replace(',', '.')) : Number.NaN;
}

/**
 * The score parts of a rating form (HCM_QD20: two scores; ND335: the general score and itemised products), as the
 * page posts them: strings as typed, though a JSON caller may send numbers or anything else.
 */
export interface PartsForm {
  generalScore?: unknown;
  taskScore?: unknown;
  products?: unknown;
}

/** ND90_48's figures as typed, percentages (strings, or numbers from a JSON caller). */
export interface CriteriaForm {
  tasksOnTimePercent?: unknown;
  tasksExceededPercent?: unknown;
  targetsMetPercent?: unknown;
  targetsExceededPercent?: unknown;
  subunitsCompletedPercent?: unknown;
  subunitsGoodPercent?: unknown;
  corruptionInUnit?: unknown;
}

const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
const optional = (value: unknown) => (blank(value) ? null : decimal(value));
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function productsOf(value: unknown): TaskProduct[] | null {
  if (blank(value) || (Array.isArray(value) && value.length === 0)) return null;
  if (!Array.isArray(value) || !value.every(isRecord))
    throw new BadInputError([{ field: 'parts.products', message: 'phải là một danh sách sản phẩm' }]);
  return value.map((product) => ({
    name: typeof product.name === 'string' ? product.name : '',
    points: decimal(product.points),
    late: product.late === true,
    belowQuality: product.belowQuality === true,
  }));
}

export function partsOf(form: PartsForm | null | undefined): ScoreParts | null {
  if (!form || blank(form.generalScore)) return null;
  const products = productsOf(form.products);
  return { generalScore: decimal(form.generalScore), taskScore: products ? null : decimal(form.taskScore), products };
}

export function criteriaOf(form: CriteriaForm | null | undefined): Criteria | null {
  if (!form || blank(form.tasksOnTimePercent)) return null;
  return {
    tasksOnTimePercent: decimal(form.tasksOnTimePercent),
    tasksExceededPercent: decimal(form.tasksExceededPercent),
    targetsMetPercent: optional(form.targetsMetPercent),
    targetsExceededPercent: optional(form.targetsExceededPercent),
    subunitsCompletedPercent: optional(form.subunitsCompletedPercent),
    subunitsGoodPercent: optional(form.subunitsGoodPercent),
    corruptionInUnit: typeof form.corruptionInUnit === 'boolean' ? form.corruptionInUnit : null,
  };
}
