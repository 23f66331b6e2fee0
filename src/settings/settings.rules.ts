import { RatingLevel, RuleSetId } from '../evaluation/evaluation.enums.js';
import { SatisfactionSource } from '../satisfaction/satisfaction.enums.js';
import type { SettingKey } from './settings.js';

/** What a setting's value must look like: the type of its default, and the choices where it names an enum. */
export type SettingShape =
  | { kind: 'number' }
  | { kind: 'text'; pattern: RegExp; example: string }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'list'; of: SettingShape }
  | { kind: 'fields'; fields: Readonly<Record<string, SettingShape>> }
  | { kind: 'map'; of: SettingShape; keys?: readonly string[] };

const NUMBER: SettingShape = { kind: 'number' };
const LEVEL: SettingShape = { kind: 'choice', values: Object.values(RatingLevel) };

export const SETTING_SHAPES: Readonly<Record<SettingKey, SettingShape>> = {
  'evaluation.annualDeadline': { kind: 'text', pattern: /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, example: '12-15' },
  'evaluation.quarterDeadlineDay': NUMBER,
  'evaluation.notRatedMinMonths': { kind: 'fields', fields: { YEAR: NUMBER, QUARTER: NUMBER } },
  'evaluation.absenceCapMonths': NUMBER,
  'evaluation.appealDays': NUMBER,
  'evaluation.satisfactionGate': { kind: 'choice', values: ['SKIP', 'FAIL'] },
  'evaluation.satisfactionSourceOrder': {
    kind: 'list',
    of: { kind: 'choice', values: Object.values(SatisfactionSource) },
  },
  'evaluation.hcmQd20Split': { kind: 'fields', fields: { general: NUMBER, task: NUMBER } },
  'evaluation.nonCivilServantYearRuleSet': { kind: 'choice', values: Object.values(RuleSetId) },
  'evaluation.initiativeMeritPoints': NUMBER,
  'feedback.defaultWorkingDays': NUMBER,
  'feedback.workingDaysByCategory': { kind: 'map', of: NUMBER },
  'initiative.rubricMax': NUMBER,
  'headInputs.feedback': {
    kind: 'fields',
    fields: { pointsPerOverdueItem: NUMBER, maxDeduction: NUMBER, onTimeCapBelowPercent: NUMBER, capLevel: LEVEL },
  },
  'headInputs.findings': { kind: 'fields', fields: { pointsPerFinding: NUMBER } },
  'income.levelFactors': { kind: 'map', of: NUMBER, keys: Object.values(RatingLevel) },
  'income.capShareOfSalaryFund': NUMBER,
  'income.maxCoefficient': NUMBER,
  'income.maxFixedMonthlyAmount': NUMBER,
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function shapeProblem(shape: SettingShape, value: unknown, path: string): string | null {
  const at = path ? `"${path}" ` : '';
  switch (shape.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? null : `${at}phải là một số không âm`;
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
      return null;
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
