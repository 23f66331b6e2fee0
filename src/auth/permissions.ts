import type { GraphQLSchema } from 'graphql';
import { Authorized, getMetadataStorage, type AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../common/errors.js';
import type { RequestContext } from '../context.js';
import { Role } from './auth.enums.js';
import type { AuthUser } from './auth-user.js';

/** Anyone, signed in or not (only `login`). */
export const PUBLIC = 'PUBLIC';
/** Any signed-in user; object-level rules (is this the superior head?) live in the feature's policy. */
export const SIGNED_IN = 'SIGNED_IN';
type Rule = Role | typeof PUBLIC | typeof SIGNED_IN;

/** Every root field declares who may call it with this decorator; undeclared root fields are refused. */
export function Allow(...rules: [Rule, ...Rule[]]): MethodDecorator & PropertyDecorator {
  return Authorized<Rule>(...rules);
}

/** The gate: true when the user passes one of the rules, else UNAUTHENTICATED (nobody signed in) or FORBIDDEN. */
function passes(user: AuthUser | null, rules: readonly string[]): true {
  if (rules.includes(PUBLIC)) return true;
  if (!user) throw new UnauthenticatedError();
  if (rules.includes(SIGNED_IN)) return true;
  if (user.roles.some((role) => rules.includes(role))) return true;
  throw new ForbiddenError();
}

export const authChecker: AuthChecker<RequestContext, Rule> = ({ context }, rules) => passes(context.user, rules);

const undeclared = () =>
  new ForbiddenError('Chức năng chưa được cấp quyền truy cập.', 'This field declares no permission.');

let declaredOnce: Map<string, string[]> | undefined;

/**
 * The gate of a root field ('Query.inspections') for a resolver that reaches its method without GraphQL (node(id:)
 * reads each type through its own query): the same refusal, with the same code, as calling that field.
 */
export function assertMayCall(user: AuthUser | null, rootField: string): void {
  const rules = (declaredOnce ??= declaredRootPermissions()).get(rootField);
  if (!rules) throw undeclared();
  passes(user, rules);
}

/** 'Query.me' (and every mutation and subscription) → the rules declared for it, read from type-graphql's metadata. */
export function declaredRootPermissions(): Map<string, string[]> {
  const storage = getMetadataStorage();
  const declared = new Map<string, string[]>();
  for (const [typeName, handlers] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
    ['Subscription', storage.subscriptions],
  ] as const) {
    for (const handler of handlers) {
      const authorized = storage.authorizedFields.find(
        (field) => field.target === handler.target && field.fieldName === handler.methodName,
      );
      if (authorized) declared.set(`${typeName}.${handler.schemaName}`, authorized.roles as string[]);
    }
  }
  return declared;
}

/**
 * Deny by default: a root field without a declaration answers FORBIDDEN, whoever asks. Applied once to the built
 * schema's root fields, not as a global middleware: type-graphql runs a global middleware on every field of every
 * row (an async dispatch per field), which cost more than the SQL on a page of 500 (docs/benchmarks.md).
 */
export function denyUndeclared(schema: GraphQLSchema, declared: Map<string, string[]>): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      if (declared.has(`${root.name}.${field.name}`)) continue;
      field.resolve = () => {
        throw undeclared();
      };
      field.subscribe &&= field.resolve;
    }
  }
  return schema;
}

export function hasAnyRole(user: { roles: Role[] } | null, roles: readonly Role[]): boolean {
  return Boolean(user?.roles.some((role) => roles.includes(role)));
}
