import { describe, expect, it } from '@jest/globals';
import { DEFAULT_SETTINGS, type SettingKey } from '../../src/settings/settings.js';
import { settingValueProblem } from '../../src/settings/settings.rules.js';

describe('a setting’s value keeps the shape of its default', () => {
  it('accepts every default', () => {
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS))
      expect([key, settingValueProblem(key, value)]).toEqual([key, null]);
  });

  it.each<[SettingKey, unknown, string]>([
    ['evaluation.appealDays', '90', 'Giá trị phải là một số không âm'],
    ['evaluation.appealDays', -1, 'Giá trị phải là một số không âm'],
    ['evaluation.annualDeadline', '15/12', 'Giá trị phải là chuỗi dạng "12-15"'],
    ['evaluation.satisfactionGate', 'BỎ QUA', 'Giá trị phải là một trong "SKIP", "FAIL"'],
    ['evaluation.satisfactionSourceOrder', 'SIPAS', 'Giá trị phải là một danh sách [...]'],
    [
      'evaluation.satisfactionSourceOrder',
      ['SIPAS', 'ZALO'],
      'Giá trị "[1]" phải là một trong "CITY_INDEX", "SIPAS", "KIOSK"',
    ],
    ['evaluation.hcmQd20Split', { general: 30 }, 'Giá trị thiếu trường "task"'],
    ['evaluation.hcmQd20Split', { general: 30, task: 70, bonus: 1 }, 'Giá trị không có trường "bonus"'],
    [
      'headInputs.feedback',
      { ...DEFAULT_SETTINGS['headInputs.feedback'], capLevel: 'TOT' },
      'Giá trị "capLevel" phải là',
    ],
    ['feedback.workingDaysByCategory', { 'Hạ tầng đô thị': '7' }, 'Giá trị "Hạ tầng đô thị" phải là một số không âm'],
    ['income.levelFactors', { XUAT_SAC: 1 }, 'Giá trị "XUAT_SAC" không phải là một trong'],
    // values of the right type that no rule can use (found by a review of the panel)
    ['feedback.defaultWorkingDays', 2.5, 'Giá trị phải là một số nguyên'],
    ['feedback.defaultWorkingDays', 0, 'Giá trị phải từ 1 đến 60'],
    ['evaluation.quarterDeadlineDay', 99, 'Giá trị phải từ 1 đến 30'],
    ['evaluation.hcmQd20Split', { general: 30, task: 90 }, 'Giá trị phải có tổng các trường bằng 100 (đang là 120)'],
    ['initiative.rubricMax', 0, 'Giá trị phải từ 1 đến 100'],
    ['income.maxCoefficient', 1e308, 'Giá trị phải từ 0 đến 1,8'],
  ])('refuses %s = %j', (key, value, message) => {
    expect(settingValueProblem(key, value)).toContain(message);
  });

  it('refuses a key it does not know', () => {
    expect(settingValueProblem('evaluation.unknown', 1)).toBe('Thiết lập không có trong danh sách được hỗ trợ');
  });
});
