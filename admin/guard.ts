import type { ActionContext, ResourceWithOptions } from 'adminjs';
import type { Policy } from '../src/auth/policy.js';
import { POLICIES } from '../src/policies.js';
import { callerOf } from './session.js';

/** AdminJS's built-in actions, by the policy action that decides them. */
const BUILT_IN: Record<string, string> = { list: 'list', search: 'list', show: 'show', new: 'new', edit: 'edit', delete: 'delete', bulkDelete: 'delete' };

export function policyOf(resource: { name: string }): Policy<Record<string, unknown>> {
  const policy = POLICIES.get(resource.name);
  if (!policy) throw new Error(`The admin resource ${resource.name} has no policy in src/policies.ts`);
  return policy;
}

/**
 * Every action of every resource — built-in and custom — is accessible exactly when the resource's policy says
 * so, for the caller and the record at hand; the resource files declare no access rules of their own.
 */
export function guarded(resources: ResourceWithOptions[]): ResourceWithOptions[] {
  return resources.map(({ resource, options }) => {
    const policy = policyOf(resource as { name: string });
    const declared = options.actions ?? {};
    const names = new Set([...Object.keys(BUILT_IN), ...Object.keys(declared)]);
    const actions = Object.fromEntries(
      [...names].map((name) => [
        name,
        {
          ...declared[name as keyof typeof declared],
          isAccessible: (context: ActionContext) => {
            const caller = callerOf(context);
            return caller !== null && policy.can(caller, BUILT_IN[name] ?? name, context.record?.params);
          },
        },
      ]),
    );
    return { resource, options: { ...options, actions } };
  });
}
