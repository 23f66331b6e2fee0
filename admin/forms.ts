import type { Criteria, ScoreParts, TaskProduct } from '../src/evaluation/rule-sets/rule-set.js';

/** A number as typed in Vietnamese, "8,5" or "8.5"; empty or not a number gives NaN, which the services refuse. */
export function decimal(value: unknown): number {
  if (typeof value === 'number') return value;
  const text = typeof value === 'string' ? value.trim() : '';
  return text ? Number(text.replace(',', '.')) : Number.NaN;
}

/** The score parts of a rating form (HCM_QD20: two scores; ND335: the general score and itemised products). */
export interface PartsForm {
  generalScore?: string;
  taskScore?: string;
  products?: Array<{ name?: string; points?: string; late?: boolean; belowQuality?: boolean }>;
}

/** ND90_48's figures as typed, percentages. */
export interface CriteriaForm {
  tasksOnTimePercent?: string;
  tasksExceededPercent?: string;
  targetsMetPercent?: string;
  targetsExceededPercent?: string;
  subunitsCompletedPercent?: string;
  subunitsGoodPercent?: string;
  corruptionInUnit?: boolean;
}

const optional = (value: string | undefined) => (value === undefined || value.trim() === '' ? null : decimal(value));

export function partsOf(form: PartsForm | null | undefined): ScoreParts | null {
  if (!form || (form.generalScore ?? '').trim() === '') return null;
  const products: TaskProduct[] | null = form.products?.length
    ? form.products.map((product) => ({
        name: product.name ?? '',
        points: decimal(product.points),
        late: Boolean(product.late),
        belowQuality: Boolean(product.belowQuality),
      }))
    : null;
  return { generalScore: decimal(form.generalScore), taskScore: products ? null : decimal(form.taskScore), products };
}

export function criteriaOf(form: CriteriaForm | null | undefined): Criteria | null {
  if (!form || (form.tasksOnTimePercent ?? '').trim() === '') return null;
  return {
    tasksOnTimePercent: decimal(form.tasksOnTimePercent),
    tasksExceededPercent: decimal(form.tasksExceededPercent),
    targetsMetPercent: optional(form.targetsMetPercent),
    targetsExceededPercent: optional(form.targetsExceededPercent),
    subunitsCompletedPercent: optional(form.subunitsCompletedPercent),
    subunitsGoodPercent: optional(form.subunitsGoodPercent),
    corruptionInUnit: form.corruptionInUnit ?? null,
  };
}
