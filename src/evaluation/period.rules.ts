import type { FieldProblem } from '../common/errors.js';
import { addDays } from '../common/dates.js';
import { PeriodKind, RuleSetId } from './evaluation.enums.js';

export interface PeriodRequest {
  kind: PeriodKind;
  year: number;
  quarter?: number | null;
  month?: number | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function periodShapeProblems(request: PeriodRequest): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!(request.year >= 2000 && request.year <= 2100)) problems.push({ field: 'year', message: 'năm không hợp lệ' });
  if (request.kind === PeriodKind.QUARTER && !(request.quarter && request.quarter >= 1 && request.quarter <= 4)) {
    problems.push({ field: 'quarter', message: 'kỳ quý cần quý từ 1 đến 4' });
  }
  if (request.kind === PeriodKind.MONTH && !(request.month && request.month >= 1 && request.month <= 12)) {
    problems.push({ field: 'month', message: 'kỳ tháng cần tháng từ 1 đến 12' });
  }
  if (request.kind !== PeriodKind.QUARTER && request.quarter)
    problems.push({ field: 'quarter', message: 'chỉ dùng cho kỳ quý' });
  if (request.kind !== PeriodKind.MONTH && request.month)
    problems.push({ field: 'month', message: 'chỉ dùng cho kỳ tháng' });
  return problems;
}

/**
 * The days of a period, both included, and its deadline: YEAR by the configured day of December (15 by
 * default); QUARTER before the 5th of the next quarter's first month; MONTH none (task tracking only).
 */
export function periodDates(
  request: PeriodRequest,
  settings: { annualDeadline: string; quarterDeadlineDay: number },
): { startsOn: string; endsOn: string; deadline: string | null } {
  const year = String(request.year);
  if (request.kind === PeriodKind.YEAR) {
    return { startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, deadline: `${year}-${settings.annualDeadline}` };
  }
  const firstMonth =
    request.kind === PeriodKind.QUARTER ? ((request.quarter as number) - 1) * 3 + 1 : (request.month as number);
  const months = request.kind === PeriodKind.QUARTER ? 3 : 1;
  const startsOn = `${year}-${pad(firstMonth)}-01`;
  const nextMonth = firstMonth + months;
  const next =
    nextMonth > 12 ? `${String(request.year + 1)}-${pad(nextMonth - 12)}-01` : `${year}-${pad(nextMonth)}-01`;
  const deadline =
    request.kind === PeriodKind.QUARTER ? `${next.slice(0, 8)}${pad(settings.quarterDeadlineDay)}` : null;
  return { startsOn, endsOn: addDays(next, -1), deadline };
}

export function periodName(request: PeriodRequest): string {
  const year = String(request.year);
  if (request.kind === PeriodKind.YEAR) return `Năm ${year}`;
  if (request.kind === PeriodKind.QUARTER) return `Quý ${String(request.quarter ?? '')}/${year}`;
  return `Tháng ${String(request.month ?? '')}/${year}`;
}

/**
 * R7: the rule set of a period's evaluations, for civil servants (công chức) and for everyone else. A MONTH has
 * none (task tracking only); a QUARTER is HCM_QD20; a YEAR is ND335 for civil servants from 2026 (ND90_48
 * before), and the configured rule set for cadres and public employees.
 */
export function ruleSetsOf(
  kind: PeriodKind,
  year: number,
  nonCivilServantYearRuleSet: RuleSetId,
): { civilServants: RuleSetId | null; others: RuleSetId | null } {
  if (kind === PeriodKind.MONTH) return { civilServants: null, others: null };
  if (kind === PeriodKind.QUARTER) return { civilServants: RuleSetId.HCM_QD20, others: RuleSetId.HCM_QD20 };
  return { civilServants: year >= 2026 ? RuleSetId.ND335 : RuleSetId.ND90_48, others: nonCivilServantYearRuleSet };
}

/**
 * The day a period's evidence stands on (R14's 1022 items and findings "at quarter end"): its last day once it has
 * ended, today while it runs (nothing is overdue before its date), its first day before it starts.
 */
export function evidenceDay(period: { startsOn: string; endsOn: string }, today: string): string {
  if (today > period.endsOn) return period.endsOn;
  return today < period.startsOn ? period.startsOn : today;
}
