import { describe, expect, it } from '@jest/globals';
import { PeriodKind, RatingLevel } from '../../src/evaluation/evaluation.enums.js';
import { periodDates, periodShapeProblems } from '../../src/evaluation/period.rules.js';
import { quotaDecision } from '../../src/evaluation/quota.rules.js';
import { computePayouts, type PayoutInput } from '../../src/income/income.rules.js';

describe('quota (R15) as written: EXCELLENT and GOOD both among the approved and the reviewed; vectors rows 36–40', () => {
  it.each([
    ['36: 25 GOOD, a 6th EXCELLENT', 6, 25, false, 5, true],
    ['37: 26 GOOD, a 6th EXCELLENT', 6, 26, false, 5, true],
    ['38: 30 GOOD, a 6th EXCELLENT', 6, 30, false, 6, false],
    ['39: 4 GOOD, one EXCELLENT', 1, 4, false, 0, true],
    ['39: … unless an exception is recorded', 1, 4, true, 0, false],
    ['40: 25 GOOD reviewed, the 5 EXCELLENT approved first', 5, 25, false, 5, false],
    ['issue 10: 5 GOOD and 2 EXCELLENT, all reviewed', 2, 5, false, 1, true],
  ])('row %s', (_name, excellent, good, exception, limit, exceeded) => {
    expect(quotaDecision({ excellent, good }, exception)).toEqual({ limit, exceeded });
  });
});

describe('extra income (R30), vectors rows 47–49', () => {
  const person = (personId: string, level: RatingLevel, monthlySalary: number, days = 92): PayoutInput => ({
    personId,
    level,
    monthlySalary,
    fixedMonthlyAmount: null,
    daysAppointed: days,
    daysInPeriod: 92,
  });
  const unit = [
    person('A', RatingLevel.EXCELLENT, 10_000_000),
    person('B', RatingLevel.GOOD, 12_000_000),
    person('C', RatingLevel.COMPLETED, 8_000_000),
  ];
  const policy = { levelFactors: { EXCELLENT: 1, GOOD: 0.8 }, capShare: 0.8 };

  it('row 47: k 0.5 stays under the cap', () => {
    const result = computePayouts(unit, { ...policy, coefficient: 0.5 });
    expect(result.rows.map((row) => row.amount)).toEqual([15_000_000, 14_400_000, 0]);
    expect(result.total).toBe(29_400_000);
    expect(result.cap).toBe(72_000_000);
  });

  it('row 48: k 1.8 goes over the cap: scaled by 72 ÷ 105.84 and rounded down to the đồng', () => {
    const result = computePayouts(unit, { ...policy, coefficient: 1.8 });
    expect(result.rows.map((row) => row.amountBeforeCap)).toEqual([54_000_000, 51_840_000, 0]);
    expect(result.rows.map((row) => row.amount)).toEqual([36_734_693, 35_265_306, 0]);
    expect(result.rows[0].scale).toBeCloseTo(72 / 105.84, 6);
  });

  it('row 49: pro rata to 46 of 92 days, under the cap', () => {
    const result = computePayouts([person('D', RatingLevel.EXCELLENT, 9_000_000, 46)], { ...policy, coefficient: 1 });
    expect(result.rows[0].amount).toBe(13_500_000);
    expect(result.cap).toBe(21_600_000);
  });

  it('a fixed-amount group gets 3 × its fixed amount × the level factor', () => {
    const fixedAmount: PayoutInput = {
      personId: 'E',
      level: RatingLevel.GOOD,
      monthlySalary: null,
      fixedMonthlyAmount: 3_000_000,
      daysAppointed: 92,
      daysInPeriod: 92,
    };
    const result = computePayouts([person('A', RatingLevel.EXCELLENT, 10_000_000), fixedAmount], {
      ...policy,
      coefficient: 0.5,
    });
    expect(result.rows.map((row) => row.amount)).toEqual([15_000_000, 7_200_000]);
  });
});

describe('period dates and deadlines', () => {
  const settings = { annualDeadline: '12-15', quarterDeadlineDay: 4 };
  it('a YEAR runs the calendar year, due 15 December', () => {
    expect(periodDates({ kind: PeriodKind.YEAR, year: 2026 }, settings)).toEqual({
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      deadline: '2026-12-15',
    });
  });
  it('a QUARTER is due before the 5th of the next quarter’s first month, across the year end too', () => {
    expect(periodDates({ kind: PeriodKind.QUARTER, year: 2026, quarter: 3 }, settings)).toEqual({
      startsOn: '2026-07-01',
      endsOn: '2026-09-30',
      deadline: '2026-10-04',
    });
    expect(periodDates({ kind: PeriodKind.QUARTER, year: 2026, quarter: 4 }, settings)).toEqual({
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
      deadline: '2027-01-04',
    });
  });
  it('a MONTH has no deadline', () => {
    expect(periodDates({ kind: PeriodKind.MONTH, year: 2026, month: 2 }, settings)).toEqual({
      startsOn: '2026-02-01',
      endsOn: '2026-02-28',
      deadline: null,
    });
  });
  it('names the missing quarter', () => {
    expect(periodShapeProblems({ kind: PeriodKind.QUARTER, year: 2026 }).map((p) => p.field)).toEqual(['quarter']);
  });
});
