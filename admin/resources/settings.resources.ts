import { ValidationError, type ActionRequest, type Before, type ResourceWithOptions } from 'adminjs';
import { Setting } from '../../src/settings/setting.entity.js';
import { settingValueProblem } from '../../src/settings/settings.rules.js';

/** A setting is edited as JSON text: it must parse, and keep the shape of its default (settings.rules.ts). */
const parseSettingValue: Before = async (request: ActionRequest) => {
  if (request.method !== 'post' || !request.payload) return request;
  let value: unknown;
  try {
    value = JSON.parse(String(request.payload.value)) as unknown;
  } catch {
    throw new ValidationError({
      value: { message: 'Giá trị phải là JSON hợp lệ, ví dụ 5, "SKIP" hoặc {"EXCELLENT": 1}' },
    });
  }
  const problem = settingValueProblem(String(request.params.recordId), value);
  if (problem) throw new ValidationError({ value: { message: problem } });
  return { ...request, payload: { ...request.payload, value } };
};

export function settingsResources(): ResourceWithOptions[] {
  return [
    {
      resource: Setting,
      options: {
        navigation: { name: 'system', icon: 'Settings' },
        // a setting is known by what it means ("Hệ số k tối đa của đơn vị"); its key is shown on its own page only
        titleProperty: 'description',
        listProperties: ['description', 'value', 'updatedAt'],
        filterProperties: ['description'],
        showProperties: ['description', 'value', 'updatedAt', 'key'],
        editProperties: ['value'],
        properties: { key: { isId: true }, value: { type: 'textarea' }, description: { isDisabled: true } },
        actions: {
          edit: { before: parseSettingValue },
        },
      },
    },
  ];
}
