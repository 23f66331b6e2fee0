import { RatingLevel, RuleSetId } from '../evaluation/evaluation.enums.js';
import { formatNumber } from '../evaluation/levels.js';
import { SatisfactionSource } from '../satisfaction/satisfaction.enums.js';
import type { SettingKey } from './settings.js';

/** What a setting's value must look like: the type of its default, and the choices where it names an enum. */
export type SettingShape =
  | { kind: 'number'; integer?: boolean; min: number; max: number }
  | { kind: 'text'; pattern: RegExp; example: string }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'list'; of: SettingShape }
  | { kind: 'fields'; fields: Readonly<Record<string, SettingShape>>; total?: number }
  | { kind: 'map'; of: SettingShape; keys?: readonly string[] };

/** A number from `min` to `max`; a count of days or points, a whole one. */
const range = (min: number, max: number): SettingShape => ({ kind: 'number', min, max });
const count = (min: number, max: number): SettingShape => ({ kind: 'number', integer: true, min, max });
const LEVEL: SettingShape = { kind: 'choice', values: Object.values(RatingLevel) };

export const SETTING_SHAPES: Readonly<Record<SettingKey, SettingShape>> = {
  'evaluation.annualDeadline': { kind: 'text', pattern: /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, example: '12-15' },
  'evaluation.quarterDeadlineDay': count(1, 30),
  'evaluation.notRatedMinMonths': { kind: 'fields', fields: { YEAR: range(0, 12), QUARTER: range(0, 3) } },
  'evaluation.absenceCapMonths': range(0, 12),
  'evaluation.appealDays': count(1, 365),
  'evaluation.satisfactionGate': { kind: 'choice', values: ['SKIP', 'FAIL'] },
  'evaluation.satisfactionSourceOrder': {
    kind: 'list',
    of: { kind: 'choice', values: Object.values(SatisfactionSource) },
  },
  'evaluation.hcmQd20Split': { kind: 'fields', fields: { general: range(0, 100), task: range(0, 100) }, total: 100 },
  'evaluation.nonCivilServantYearRuleSet': { kind: 'choice', values: Object.values(RuleSetId) },
  'evaluation.initiativeMeritPoints': range(0, 100),
  'feedback.defaultWorkingDays': count(1, 60),
  'feedback.workingDaysByCategory': { kind: 'map', of: count(1, 60) },
  'initiative.rubricMax': count(1, 100),
  'headInputs.feedback': {
    kind: 'fields',
    fields: {
      pointsPerOverdueItem: range(0, 100),
      maxDeduction: range(0, 100),
      onTimeCapBelowPercent: range(0, 100),
      capLevel: LEVEL,
    },
  },
  'headInputs.findings': { kind: 'fields', fields: { pointsPerFinding: range(0, 100) } },
  'income.levelFactors': { kind: 'map', of: range(0, 10), keys: Object.values(RatingLevel) },
  'income.capShareOfSalaryFund': range(0, 1),
  'income.maxCoefficient': range(0, 1.8), // R30: k ≤ 1.8
  'income.maxFixedMonthlyAmount': count(0, 1_000_000_000),
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function shapeProblem(shape: SettingShape, value: unknown, path: string): string | null {
  const at = path ? `"${path}" ` : '';
  switch (shape.kind) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return `${at}phải là một số không âm`;
      if (shape.integer && !Number.isInteger(value)) return `${at}phải là một số nguyên`;
      return value >= shape.min && value <= shape.max
        ? null
        : `${at}phải từ ${formatNumber(shape.min)} đến ${formatNumber(shape.max)}`;
    case 'text':
      return typeof value === 'string' && shape.pattern.test(value)
        ? null
        : `${at}phải là chuỗi dạng "${shape.example}"`;
    case 'choice':
      return typeof value === 'string' && shape.values.includes(value)
        ? null
        : `${at}phải là một trong ${shape.values.map((choice) => `"${choice}"`).join(', ')}`;
    case 'list':
      if (!Array.isArray(value)) return `${at}phải là một danh sách [...]`;
      for (const [index, item] of value.entries()) {
        const problem = shapeProblem(shape.of, item, `${path}[${String(index)}]`);
        if (problem) return problem;
      }
      return null;
    case 'fields': {
      if (!isObject(value)) return `${at}phải là một đối tượng {${Object.keys(shape.fields).join(', ')}}`;
      const missing = Object.keys(shape.fields).find((name) => !(name in value));
      if (missing) return `${at}thiếu trường "${missing}"`;
      const unknown = Object.keys(value).find((name) => !(name in shape.fields));
      if (unknown) return `${at}không có trường "${unknown}"`;
      for (const [name, field] of Object.entries(shape.fields)) {
        const problem = shapeProblem(field, value[name], path ? `${path}.${name}` : name);
        if (problem) return problem;
      }
      const sum = Object.values(value).reduce<number>((total, part) => total + Number(part), 0);
      return shape.total === undefined || sum === shape.total
        ? null
        : `${at}phải có tổng các trường bằng ${formatNumber(shape.total)} (đang là ${formatNumber(sum)})`;
    }
    case 'map': {
      if (!isObject(value)) return `${at}phải là một đối tượng {"tên": giá trị, ...}`;
      for (const [name, item] of Object.entries(value)) {
        if (shape.keys && !shape.keys.includes(name))
          return `${at}"${name}" không phải là một trong ${shape.keys.map((key) => `"${key}"`).join(', ')}`;
        const problem = shapeProblem(shape.of, item, path ? `${path}.${name}` : name);
        if (problem) return problem;
      }
      return null;
    }
  }
}

/** Why a value does not fit a setting (in Vietnamese, for the form), or null when it does. */
export function settingValueProblem(key: string, value: unknown): string | null {
  if (!(key in SETTING_SHAPES)) return 'Thiết lập không có trong danh sách được hỗ trợ';
  const problem = shapeProblem(SETTING_SHAPES[key as SettingKey], value, '');
  return problem && `Giá trị ${problem}`;
}
