import { periodName } from '../src/evaluation/period.rules.js';
import type { PeriodKind } from '../src/evaluation/evaluation-enums.js';
import { INSPECTION_KIND_LABELS_VI, type InspectionKind } from '../src/inspection/inspection-enums.js';

type Params = Record<string, unknown>;

/**
 * Names for the records that have none of their own, shown instead of their ids wherever they are referred to
 * (columns, pickers, breadcrumbs): the resource declares `titleProperty: 'name'` and gets it from here.
 */
export const TITLES: Readonly<Record<string, (params: Params) => string>> = {
  EvaluationPeriod: (p) =>
    periodName({ kind: p.kind as PeriodKind, year: Number(p.year), quarter: p.quarter === null ? null : Number(p.quarter), month: p.month === null ? null : Number(p.month) }),
  Inspection: (p) => `${INSPECTION_KIND_LABELS_VI[p.kind as InspectionKind] ?? p.kind} ${String(p.startsOn ?? '').slice(0, 10)}`,
};
