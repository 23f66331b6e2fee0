import { ValidationError, type ActionRequest, type Before, type ResourceWithOptions } from 'adminjs';
import { Setting } from '../../src/settings/setting.entity.js';

/** A setting is edited as JSON text: it must parse, and keep the shape of its default. */
const parseSettingValue: Before = async (request: ActionRequest) => {
  if (request.method !== 'post' || !request.payload) return request;
  try {
    return { ...request, payload: { ...request.payload, value: JSON.parse(String(request.payload.value)) as unknown } };
  } catch {
    throw new ValidationError({
      value: { message: 'Giá trị phải là JSON hợp lệ, ví dụ 5, "SKIP" hoặc {"EXCELLENT": 1}' },
    });
  }
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
