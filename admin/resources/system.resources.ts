import type { ActionRequest, ActionResponse, After, Before, ResourceWithOptions } from 'adminjs';
import { hashPassword } from '../../src/auth/passwords.js';
import { User } from '../../src/auth/user.entity.js';
import { CalendarDay } from '../../src/calendar/calendar-day.entity.js';
import type { Services } from '../../src/context.js';
import { canRead, isSystemAdmin, readOnlyUnlessEditor } from '../access.js';

/** The virtual `password` field is hashed into passwordHash; the hash itself is never shown or posted. */
const hashPasswordField: Before = async (request: ActionRequest) => {
  if (request.method !== 'post' || !request.payload) return request;
  const { password, passwordHash: _ignored, ...rest } = request.payload;
  const payload: Record<string, unknown> = { ...rest };
  if (typeof password === 'string' && password.length > 0) payload.passwordHash = await hashPassword(password);
  return { ...request, payload };
};

/** isVisible only hides a field in the UI: the hash must also leave every response. */
const withoutPasswordHash: After<ActionResponse> = async (response) => {
  const strip = (record?: { params: Record<string, unknown> }) => {
    if (record) delete record.params.passwordHash;
  };
  strip(response.record);
  for (const record of response.records ?? []) strip(record);
  return response;
};

export function systemResources(services: Services): ResourceWithOptions[] {
  /** Deactivating a user ends their tokens at once (GraphQL sessions included). */
  const endTokensIfDeactivated: After<ActionResponse> = async (response, request) => {
    const record = response.record;
    if (request.method === 'post' && record?.id && record.params.active === false) {
      await services.auth.setActive(record.id, false);
    }
    return response;
  };
  const adminOnly = { isAccessible: isSystemAdmin };
  return [
    {
      resource: User,
      options: {
        navigation: { name: 'system', icon: 'Settings' },
        titleProperty: 'username',
        listProperties: ['username', 'roles', 'personId', 'active', 'createdAt'],
        filterProperties: ['username', 'roles', 'active'],
        showProperties: ['username', 'roles', 'personId', 'active', 'createdAt', 'updatedAt'],
        editProperties: ['username', 'password', 'roles', 'personId', 'active'],
        properties: {
          id: { isVisible: false },
          passwordHash: { isVisible: false },
          password: { type: 'password', isVisible: { list: false, show: false, filter: false, edit: true } },
        },
        actions: {
          list: { ...adminOnly, after: withoutPasswordHash },
          show: { ...adminOnly, after: withoutPasswordHash },
          search: { ...adminOnly, after: withoutPasswordHash },
          delete: { ...adminOnly, after: withoutPasswordHash },
          bulkDelete: { ...adminOnly, after: withoutPasswordHash },
          new: { ...adminOnly, before: hashPasswordField, after: withoutPasswordHash },
          edit: { ...adminOnly, before: hashPasswordField, after: [endTokensIfDeactivated, withoutPasswordHash] },
        },
      },
    },
    {
      resource: CalendarDay,
      options: {
        navigation: { name: 'system', icon: 'Calendar' },
        titleProperty: 'name',
        listProperties: ['day', 'kind', 'name'],
        filterProperties: ['day', 'kind', 'name'],
        editProperties: ['day', 'kind', 'name'],
        properties: { day: { type: 'date', isId: true } },
        sort: { sortBy: 'day', direction: 'desc' },
        actions: { ...readOnlyUnlessEditor, list: { isAccessible: canRead } },
      },
    },
  ];
}
