import type { EntityManager } from 'typeorm';
import { RatingLevel, RuleSetId } from '../evaluation/evaluation.enums.js';
import { queryRows } from '../common/queries.js';

/**
 * Values the spec marks configurable: kept in the `setting` table (seeded with these defaults by a migration,
 * edited in the admin panel) and shown in the explanations that use them.
 */
export const DEFAULT_SETTINGS = {
  'evaluation.annualDeadline': '12-15',
  'evaluation.quarterDeadlineDay': 4,
  'evaluation.notRatedMinMonths': { YEAR: 6, QUARTER: 1 },
  'evaluation.absenceCapMonths': 3,
  'evaluation.appealDays': 90,
  'evaluation.satisfactionGate': 'SKIP' as 'SKIP' | 'FAIL',
  'evaluation.satisfactionSourceOrder': ['CITY_INDEX', 'SIPAS', 'KIOSK'],
  'evaluation.hcmQd20Split': { general: 30, task: 70 },
  'evaluation.nonCivilServantYearRuleSet': RuleSetId.ND90_48 as RuleSetId,
  'evaluation.initiativeMeritPoints': 5,
  'feedback.defaultWorkingDays': 5,
  'feedback.workingDaysByCategory': {} as Record<string, number>,
  'initiative.rubricMax': 10,
  'headInputs.feedback': {
    pointsPerOverdueItem: 1,
    maxDeduction: 10,
    onTimeCapBelowPercent: 90,
    capLevel: RatingLevel.GOOD as RatingLevel,
  },
  'headInputs.findings': { pointsPerFinding: 2 },
  'income.levelFactors': { EXCELLENT: 1, GOOD: 0.8 } as Partial<Record<RatingLevel, number>>,
  'income.capShareOfSalaryFund': 0.8,
  'income.maxCoefficient': 1.8,
  'income.maxFixedMonthlyAmount': 3_000_000,
};

export type Settings = typeof DEFAULT_SETTINGS;
export type SettingKey = keyof Settings;

export const SETTING_DESCRIPTIONS_VI: Record<SettingKey, string> = {
  'evaluation.annualDeadline': 'Hạn hoàn thành đánh giá năm (tháng-ngày)',
  'evaluation.quarterDeadlineDay': 'Hạn đánh giá quý: ngày cuối cùng trong tháng đầu của quý sau',
  'evaluation.notRatedMinMonths': 'Số tháng công tác tối thiểu để được xếp loại (năm, quý)',
  'evaluation.absenceCapMonths': 'Vắng từ số tháng này (dưới 6 tháng) trong năm: tối đa Hoàn thành nhiệm vụ',
  'evaluation.appealDays': 'Thời hạn khiếu nại kết quả (ngày lịch)',
  'evaluation.satisfactionGate': 'Khi chưa có kết quả khảo sát hài lòng: SKIP (bỏ qua) hoặc FAIL (coi như không đạt)',
  'evaluation.satisfactionSourceOrder': 'Thứ tự nguồn kết quả hài lòng được dùng',
  'evaluation.hcmQd20Split': 'Quyết định 20/2024: điểm tiêu chí chung / kết quả nhiệm vụ',
  'evaluation.nonCivilServantYearRuleSet': 'Bộ tiêu chí năm cho cán bộ, viên chức',
  'evaluation.initiativeMeritPoints': 'Điểm cộng cho sáng kiến hoàn thành (Nghị định 335)',
  'feedback.defaultWorkingDays': 'Phản ánh 1022: số ngày làm việc để xử lý (mặc định)',
  'feedback.workingDaysByCategory': 'Phản ánh 1022: số ngày làm việc theo lĩnh vực, ví dụ {"Hạ tầng đô thị": 7}',
  'initiative.rubricMax': 'Điểm tối đa mỗi tiêu chí thẩm định sáng kiến (tính mới, khả thi, tác động, phạm vi)',
  'headInputs.feedback': 'Phản ánh 1022: trừ điểm mỗi hồ sơ trễ hạn, mức trừ tối đa, ngưỡng tỷ lệ đúng hạn và mức trần',
  'headInputs.findings': 'Kết luận kiểm tra chưa khắc phục quá hạn: điểm trừ mỗi nội dung',
  'income.levelFactors': 'Hệ số thu nhập tăng thêm theo mức xếp loại',
  'income.capShareOfSalaryFund': 'Trần tổng chi: tỷ lệ quỹ lương ngạch bậc của quý',
  'income.maxCoefficient': 'Hệ số k tối đa của đơn vị',
  'income.maxFixedMonthlyAmount': 'Mức khoán tối đa mỗi tháng (đồng)',
};

export async function loadSettings(em: EntityManager): Promise<Settings> {
  const rows = await queryRows<{ key: string; value: unknown }>(em, `SELECT key, value FROM setting`);
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  for (const row of rows) if (row.key in settings) settings[row.key] = row.value;
  return settings as Settings;
}

/** At start-up: every known setting has a row (with its default), so the admin panel lists them all. */
export async function ensureDefaultSettings(em: EntityManager): Promise<void> {
  const keys = Object.keys(DEFAULT_SETTINGS) as SettingKey[];
  await em.query(
    `INSERT INTO setting (key, value, description)
     SELECT * FROM unnest($1::varchar[], $2::jsonb[], $3::varchar[]) ON CONFLICT (key) DO NOTHING`,
    [keys, keys.map((key) => JSON.stringify(DEFAULT_SETTINGS[key])), keys.map((key) => SETTING_DESCRIPTIONS_VI[key])],
  );
}
