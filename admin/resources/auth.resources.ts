import type { ResourceWithOptions } from 'adminjs';
import { Role, ROLE_LABELS_VI } from '../../src/auth/auth.enums.js';
import { User } from '../../src/auth/user.entity.js';
import type { AdminDeps } from '../deps.js';
import { serviceHandler, type FormValues } from '../actions/service-actions.js';
import { requiredEnumValue } from '../../src/common/enum-value.js';

/** The roles ticked on the form (AdminJS posts an array as roles.0, roles.1, …, unflattened to a list). */
const rolesOf = (values: FormValues): Role[] =>
  (values.roles ?? '')
    .split(',')
    .filter(Boolean)
    .map((role) => requiredEnumValue(Role, role, 'roles'));

export function authResources({ services }: AdminDeps): ResourceWithOptions[] {
  return [
    {
      resource: User,
      options: {
        navigation: { name: 'system', icon: 'Settings' },
        titleProperty: 'username',
        listProperties: ['username', 'roles', 'personId', 'active', 'createdAt'],
        filterProperties: ['username', 'roles', 'active'],
        showProperties: [
          'username',
          'roles',
          'personId',
          'email',
          'emailNotifications',
          'active',
          'createdAt',
          'updatedAt',
        ],
        editProperties: ['username', 'password', 'roles', 'personId', 'email', 'emailNotifications', 'active'],
        properties: {
          id: { isVisible: false },
          passwordHash: { isVisible: false },
          // AdminJS looks an array item's label up under its own path (roles.0): the labels come with the values
          roles: { availableValues: Object.values(Role).map((value) => ({ value, label: ROLE_LABELS_VI[value] })) },
          password: { type: 'password', isVisible: { list: false, show: false, filter: false, edit: true } },
        },
        actions: {
          // through the service: the password hashed, a deactivation ending tokens and panel sessions at once
          new: {
            handler: serviceHandler((values) =>
              services.auth.createUser({
                username: values.username ?? '',
                password: values.password ?? '',
                roles: rolesOf(values),
                personId: values.personId ?? null,
                email: values.email ?? null,
                emailNotifications: values.emailNotifications !== 'false',
              }),
            ),
          },
          edit: {
            handler: serviceHandler((values, context) =>
              services.auth.updateUser(String(context.record?.id()), {
                username: values.username,
                password: values.password,
                roles: rolesOf(values),
                personId: values.personId ?? null,
                active: values.active === 'true',
                email: values.email ?? null,
                emailNotifications: values.emailNotifications === 'true',
              }),
            ),
          },
        },
      },
    },
  ];
}
