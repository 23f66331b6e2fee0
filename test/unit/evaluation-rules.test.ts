import { describe, expect, it } from '@jest/globals';
import { PeriodKind, RatingLevel, RuleSetId } from '../../src/evaluation/evaluation.enums.js';
import { monthsIn, raterChoice, runPipeline, type PipelineInput } from '../../src/evaluation/evaluation.rules.js';
import { AbsenceKind } from '../../src/people/people.enums.js';
import { intersectSpans } from '../../src/common/dates.js';
import { DEFAULT_SETTINGS } from '../../src/settings/settings.js';

const YEAR = { appointed: [{ from: '2026-01-01', to: '2027-01-01' }], absences: [] };
const QUARTER = { appointed: [{ from: '2026-07-01', to: '2026-10-01' }], absences: [] };
const absence = (kind: AbsenceKind, from: string, to: string) => ({ kind, span: { from, to } });

function run(overrides: Partial<PipelineInput>) {
  return runPipeline({
    ruleSet: RuleSetId.HCM_QD20,
    periodKind: PeriodKind.QUARTER,
    isHead: false,
    satisfactionGated: false,
    service: QUARTER,
    forcingEvents: [],
    settings: DEFAULT_SETTINGS,
    ...overrides,
  });
}

/** HCM_QD20 parts for a total score: general 30 at most, the rest as the task score. */
const qd20 = (score: number) => ({ generalScore: Math.min(30, score), taskScore: score - Math.min(30, score) });
const products = (general: number, ...list: Array<[number, { late?: boolean; belowQuality?: boolean }?]>) => ({
  generalScore: general,
  products: list.map(([points, faults], i) => ({ name: `Sản phẩm ${i + 1}`, points, ...faults })),
});
const nd335 = (parts: PipelineInput['parts'], extra: Partial<PipelineInput> = {}) =>
  run({ ruleSet: RuleSetId.ND335, periodKind: PeriodKind.YEAR, service: YEAR, parts, ...extra });

describe('levels, vectors rows 1–24', () => {
  it.each([
    [1, 90, RatingLevel.EXCELLENT],
    [2, 89.99, RatingLevel.GOOD],
    [3, 74.99, RatingLevel.COMPLETED],
    [4, 49.99, RatingLevel.NOT_COMPLETED],
  ])('row %i: HCM_QD20 staff with %d → %s', (_row, score, level) => {
    const result = run({ parts: qd20(score) });
    expect(result.score).toBe(score);
    expect(result.level).toBe(level);
  });

  it.each([
    [5, 92, 93, RatingLevel.EXCELLENT],
    [6, 92, 85, RatingLevel.GOOD],
    [7, 92, 78, RatingLevel.COMPLETED],
  ])('row %i: a gated head with %d and satisfaction %d%% → %s', (_row, score, percent, level) => {
    const result = run({
      parts: qd20(score),
      isHead: true,
      satisfactionGated: true,
      satisfaction: { percent, source: 'CITY_INDEX' },
    });
    expect(result.level).toBe(level);
  });

  it('row 8: no survey result skips the gate and says so', () => {
    const result = run({ parts: qd20(80), isHead: true, satisfactionGated: true, satisfaction: null });
    expect(result.level).toBe(RatingLevel.GOOD);
    expect(result.explanation.join('\n')).toContain('Chưa có kết quả khảo sát');
  });

  it('the FAIL setting treats a missing survey as failing the gates', () => {
    const settings = { ...DEFAULT_SETTINGS, 'evaluation.satisfactionGate': 'FAIL' as const };
    expect(run({ parts: qd20(95), isHead: true, satisfactionGated: true, settings }).level).toBe(RatingLevel.COMPLETED);
  });

  it('row 9: a reprimand inside the quarter forces NOT_COMPLETED; row 10: none inside, EXCELLENT', () => {
    expect(run({ parts: qd20(95), forcingEvents: ['Khiển trách ngày 2026-08-10'] }).level).toBe(
      RatingLevel.NOT_COMPLETED,
    );
    expect(run({ parts: qd20(95), forcingEvents: [] }).level).toBe(RatingLevel.EXCELLENT);
  });

  it.each([
    [11, products(28, [40], [20], [10]), 98, RatingLevel.EXCELLENT],
    [12, products(25, [40], [20, { late: true }], [10]), 90, RatingLevel.EXCELLENT],
    [13, products(25, [40, { belowQuality: true }], [20], [10]), 85, RatingLevel.GOOD],
    [14, products(25, [40, { late: true, belowQuality: true }], [20], [10]), 75, RatingLevel.GOOD],
  ])('row %i: ND335 products', (_row, parts, score, level) => {
    const result = nd335(parts);
    expect(result.score).toBe(score);
    expect(result.level).toBe(level);
  });

  it('R8: two decimals rounded half-up on the exact value: 22.5 + 10.02 × 0.75 + 59.98 = 89.995 → 90, EXCELLENT', () => {
    // in binary 7.515 + 59.98 is 67.49499…, which a plain Math.round takes down to 67.49 and the score to 89.99, GOOD
    const result = nd335(products(22.5, [10.02, { late: true }], [59.98]));
    expect(result.score).toBe(90);
    expect(result.level).toBe(RatingLevel.EXCELLENT);
  });

  it('row 15: products not summing to 70 → BAD_USER_INPUT naming the products', () => {
    expect(() => nd335(products(20, [40], [20]))).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          fields: [expect.objectContaining({ field: 'parts.products' })],
        }),
      }),
    );
  });

  it('general criteria out of range name the part', () => {
    expect(() => nd335(products(31, [70]))).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ fields: [expect.objectContaining({ field: 'parts.generalScore' })] }),
      }),
    );
  });

  // task results of 68 (62 + 8 × 75%) and 67 (58 + 12 × 75%), from products that sum to 70
  const results68 = (general: number) => products(general, [62], [8, { late: true }]);
  const results67 = (general: number) => products(general, [58], [12, { late: true }]);

  it.each([
    [16, results68(27), { rated: 5, notCompleted: 1 }, 61, RatingLevel.COMPLETED],
    [17, results68(27), { rated: 5, notCompleted: 0 }, 95, RatingLevel.EXCELLENT],
    [18, results67(26), { rated: 5, notCompleted: 1 }, 59.5, RatingLevel.COMPLETED],
  ])('row %i: an ND335 head with the unit ratio', (_row, parts, unitRatio, score, level) => {
    const result = nd335(parts, { isHead: true, unitRatio });
    expect(result.score).toBe(score);
    expect(result.level).toBe(level);
  });

  it('months as people count them (R10): 1–30 September is 1, 2 July – 31 December is 5 + 30/31, 1 February – 30 April is 3', () => {
    expect(monthsIn([{ from: '2026-09-01', to: '2026-10-01' }])).toBe(1);
    expect(monthsIn([{ from: '2026-07-02', to: '2027-01-01' }])).toBeCloseTo(5 + 30 / 31, 10);
    expect(monthsIn([{ from: '2026-02-01', to: '2026-05-01' }])).toBe(3);
    expect(monthsIn([{ from: '2026-01-15', to: '2026-02-15' }])).toBe(1);
    expect(monthsIn([{ from: '2026-01-31', to: '2026-02-28' }])).toBe(1);
    expect(monthsIn([{ from: '2026-09-01', to: '2026-09-16' }])).toBe(0.5);
    expect(monthsIn([])).toBe(0);
    expect(intersectSpans([{ from: '2026-02-01', to: '2026-03-01' }], [])).toEqual([]);
    expect(
      intersectSpans([{ from: '2026-02-01', to: '2026-05-01' }], [{ from: '2026-03-01', to: '2026-06-01' }]),
    ).toEqual([{ from: '2026-03-01', to: '2026-05-01' }]);
  });

  it('a whole month worked in a quarter is rated: appointed 1 September, Q3 (1 month, the minimum)', () => {
    const result = run({
      ruleSet: RuleSetId.HCM_QD20,
      periodKind: PeriodKind.QUARTER,
      service: { appointed: [{ from: '2026-09-01', to: '2026-10-01' }], absences: [] },
      parts: { generalScore: 27, taskScore: 63 },
    });
    expect(result.level).not.toBe(RatingLevel.NOT_RATED);
    expect(result.explanation[0]).toContain('1,00 tháng');
  });

  it('appointed 2 July is 5 months and 30/31 of the year: under 6 → NOT_RATED, the explanation with two decimals', () => {
    const result = nd335(products(28, [70]), {
      service: { appointed: [{ from: '2026-07-02', to: '2027-01-01' }], absences: [] },
    });
    expect(result.level).toBe(RatingLevel.NOT_RATED);
    expect(result.explanation[0]).toContain('5,97 tháng');
  });

  it('sick leave 1 February – 30 April is 3 months: the absence cap (step 5) applies', () => {
    const result = nd335(products(25, [70]), {
      service: { ...YEAR, absences: [absence(AbsenceKind.SICK, '2026-02-01', '2026-05-01')] },
    });
    expect(result.level).toBe(RatingLevel.COMPLETED);
    expect(result.explanation.join('\n')).toContain('Vắng 3,00 tháng');
  });

  it('row 19: appointed from 1 August (5 months) → NOT_RATED', () => {
    const result = nd335(products(28, [70]), {
      service: { appointed: [{ from: '2026-08-01', to: '2027-01-01' }], absences: [] },
    });
    expect(result.level).toBe(RatingLevel.NOT_RATED);
  });

  it('row 20: five months of maternity leave count as worked', () => {
    const result = nd335(products(28, [70]), {
      service: { ...YEAR, absences: [absence(AbsenceKind.MATERNITY, '2026-03-01', '2026-08-01')] },
    });
    expect(result.level).toBe(RatingLevel.EXCELLENT);
  });

  it('row 21: four months of sick leave → at most COMPLETED', () => {
    const result = nd335(products(25, [70]), {
      service: { ...YEAR, absences: [absence(AbsenceKind.SICK, '2026-03-01', '2026-07-01')] },
    });
    expect(result.score).toBe(95);
    expect(result.level).toBe(RatingLevel.COMPLETED);
  });

  it('seven months of sick leave leave under six months worked → NOT_RATED', () => {
    const result = nd335(products(25, [70]), {
      service: { ...YEAR, absences: [absence(AbsenceKind.SICK, '2026-03-01', '2026-10-01')] },
    });
    expect(result.level).toBe(RatingLevel.NOT_RATED);
  });

  it('row 22: 88 + a completed initiative (5 points) → 93, EXCELLENT; capped at 100', () => {
    expect(nd335(products(18, [70]), { meritPoints: 5 })).toMatchObject({ score: 93, level: RatingLevel.EXCELLENT });
    expect(nd335(products(30, [70]), { meritPoints: 5 }).score).toBe(100);
  });

  it('row 23: ND90_48 staff with all tasks on time and 60% exceeded → EXCELLENT allowed', () => {
    const result = run({
      ruleSet: RuleSetId.ND90_48,
      periodKind: PeriodKind.YEAR,
      service: YEAR,
      criteria: { tasksOnTimePercent: 100, tasksExceededPercent: 60 },
    });
    expect(result).toMatchObject({ score: null, level: RatingLevel.EXCELLENT, raterMustChoose: false });
  });

  it('row 24: an ND90_48 head with 60% of targets met: the rater must choose, with a reason', () => {
    const criteria = {
      tasksOnTimePercent: 90,
      tasksExceededPercent: 0,
      targetsMetPercent: 60,
      targetsExceededPercent: 0,
      subunitsCompletedPercent: 80,
      subunitsGoodPercent: 50,
    };
    const result = run({
      ruleSet: RuleSetId.ND90_48,
      periodKind: PeriodKind.YEAR,
      service: YEAR,
      isHead: true,
      criteria,
    });
    expect(result.raterMustChoose).toBe(true);
    expect(() => raterChoice(result, undefined, undefined)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
    expect(() => raterChoice(result, RatingLevel.COMPLETED, '')).toThrow();
    expect(raterChoice(result, RatingLevel.NOT_COMPLETED, 'Đơn vị không đạt chỉ tiêu trọng điểm')).toBe(
      RatingLevel.NOT_COMPLETED,
    );
    expect(raterChoice(result, RatingLevel.COMPLETED, 'Có nguyên nhân khách quan')).toBe(RatingLevel.COMPLETED);
  });

  it('an ND90_48 head: EXCELLENT needs their own tasks 100% on time with at least 50% exceeded, besides the unit', () => {
    const unit = {
      targetsMetPercent: 100,
      targetsExceededPercent: 60,
      subunitsCompletedPercent: 100,
      subunitsGoodPercent: 80,
    };
    const head = (tasksOnTimePercent: number, tasksExceededPercent: number) =>
      run({
        ruleSet: RuleSetId.ND90_48,
        periodKind: PeriodKind.YEAR,
        service: YEAR,
        isHead: true,
        criteria: { ...unit, tasksOnTimePercent, tasksExceededPercent },
      });
    expect(head(100, 0).level).toBe(RatingLevel.GOOD);
    expect(head(100, 49).level).toBe(RatingLevel.GOOD);
    expect(head(100, 50).level).toBe(RatingLevel.EXCELLENT);
    expect(head(99, 80).level).toBe(RatingLevel.GOOD);
    expect(head(100, 0).explanation.join('\n')).toContain('chưa đủ để xếp Hoàn thành xuất sắc');
  });

  it('R11: corruption or wrongdoing in the unit, stated by the rater → NOT_COMPLETED, whatever the figures', () => {
    const criteria = {
      tasksOnTimePercent: 100,
      tasksExceededPercent: 100,
      targetsMetPercent: 100,
      targetsExceededPercent: 100,
      subunitsCompletedPercent: 100,
      subunitsGoodPercent: 100,
    };
    const clean = run({
      ruleSet: RuleSetId.ND90_48,
      periodKind: PeriodKind.YEAR,
      service: YEAR,
      isHead: true,
      criteria: { ...criteria, corruptionInUnit: false },
    });
    expect(clean.level).toBe(RatingLevel.EXCELLENT);
    const corrupt = run({
      ruleSet: RuleSetId.ND90_48,
      periodKind: PeriodKind.YEAR,
      service: YEAR,
      isHead: true,
      criteria: { ...criteria, corruptionInUnit: true },
    });
    expect(corrupt.level).toBe(RatingLevel.NOT_COMPLETED);
    expect(corrupt.explanation.join('\n')).toContain('tham nhũng');
  });

  it('an ND90_48 head needs the head figures', () => {
    expect(() =>
      run({
        ruleSet: RuleSetId.ND90_48,
        periodKind: PeriodKind.YEAR,
        service: YEAR,
        isHead: true,
        criteria: { tasksOnTimePercent: 100, tasksExceededPercent: 0 },
      }),
    ).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});

describe("the rater's choice (R12 step 7)", () => {
  const good = run({ parts: qd20(80) });

  it('takes the result when no level is given', () => {
    expect(raterChoice(good, undefined, undefined)).toBe(RatingLevel.GOOD);
  });

  it('allows lower with a reason, never higher', () => {
    expect(raterChoice(good, RatingLevel.COMPLETED, 'Chậm báo cáo')).toBe(RatingLevel.COMPLETED);
    expect(() => raterChoice(good, RatingLevel.COMPLETED, '  ')).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ fields: [expect.objectContaining({ field: 'reason' })] }),
      }),
    );
    expect(() => raterChoice(good, RatingLevel.EXCELLENT, 'Rất tốt')).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ fields: [expect.objectContaining({ field: 'level' })] }),
      }),
    );
  });
});

describe('head inputs in a QUARTER (rows 26, 27, 30)', () => {
  it('row 30: a head scoring 95 with −10 and the on-time cap at GOOD ends at 85, GOOD', () => {
    const result = run({
      parts: qd20(95),
      isHead: true,
      satisfactionGated: true,
      satisfaction: { percent: 95, source: 'CITY_INDEX' },
      headInputs: { deductions: 10, maxAllowedLevel: RatingLevel.GOOD, explanation: ['12 hồ sơ trễ hạn: −10 điểm'] },
    });
    expect(result).toMatchObject({ score: 85, level: RatingLevel.GOOD });
  });

  it('a YEAR takes no deductions', () => {
    const result = nd335(products(28, [70]), {
      headInputs: { deductions: 10, maxAllowedLevel: RatingLevel.GOOD, explanation: [] },
    });
    expect(result).toMatchObject({ score: 98, level: RatingLevel.EXCELLENT });
  });
});
