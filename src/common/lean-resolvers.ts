import {
  GraphQLEnumType,
  GraphQLScalarType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type ClassType = new () => object;
type ParamMetadata = {
  kind: string;
  index: number;
  name?: string;
  propertyName?: string;
  getType?: () => unknown;
  validateSettings?: unknown;
  validateFn?: unknown;
};

const PLAIN_TYPES: unknown[] = [String, Number, Boolean];

/** A scalar or enum argument: type-graphql neither converts nor validates it, so passing it on as given is the same. */
function isPlainType(type: unknown): boolean {
  return (
    type instanceof GraphQLScalarType ||
    type instanceof GraphQLEnumType ||
    PLAIN_TYPES.includes(type) ||
    (typeof type === 'object' && type !== null)
  );
}

/**
 * Nested fields called once per row (a unit's `parent` and `head` on a page of 500) go straight to their resolver
 * method. type-graphql's generic resolver validates every argument through an async function and gathers the
 * parameters with `Promise.all`, even for a scalar `asOf` that needs neither: per row and field that was promises,
 * closures and garbage costing more than the page's SQL (docs/benchmarks.md). Only field resolvers with no
 * permission, no middleware and no argument but scalars and enums are replaced; the others keep type-graphql's
 * path, and a root that is not yet an instance of the type (type-graphql would convert it) does too.
 */
export function leanFieldResolvers(schema: GraphQLSchema, resolverClasses: readonly ClassType[]): GraphQLSchema {
  const storage = getMetadataStorage();
  const instances = new Map<ClassType, Record<string, (...params: unknown[]) => unknown>>();
  for (const metadata of storage.fieldResolvers) {
    if (metadata.kind !== 'external' || !resolverClasses.includes(metadata.target as ClassType)) continue;
    if (metadata.roles !== undefined || (metadata.middlewares?.length ?? 0) > 0) continue;
    const objectType = metadata.getObjectType?.() as ClassType | undefined;
    const graphqlType = objectType
      ? schema.getType(storage.objectTypes.find((type) => type.target === objectType)?.name ?? '')
      : undefined;
    if (!objectType || !isObjectType(graphqlType)) continue;
    const field = graphqlType.getFields()[metadata.schemaName];
    const params = (storage.params as ParamMetadata[])
      .filter(
        (param) =>
          param.kind &&
          (param as { target?: unknown }).target === metadata.target &&
          (param as { methodName?: string }).methodName === metadata.methodName,
      )
      .sort((a, b) => a.index - b.index);
    const simple = params.every(
      (param) =>
        (param.kind === 'root' && !param.propertyName) ||
        (param.kind === 'context' && !param.propertyName) ||
        param.kind === 'info' ||
        (param.kind === 'arg' && param.validateFn === undefined && isPlainType(param.getType?.())),
    );
    if (!field || !simple) continue;
    const target = metadata.target as ClassType;
    const instance = instances.get(target) ?? (new target() as Record<string, (...params: unknown[]) => unknown>);
    instances.set(target, instance);
    const method = instance[metadata.methodName]?.bind(instance);
    if (!method) continue;
    const original = field.resolve as GraphQLFieldResolver<unknown, unknown>;
    field.resolve = (root: unknown, args: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo) => {
      if (!(root instanceof objectType)) return original(root, args, context, info);
      return method(
        ...params.map((param) => {
          switch (param.kind) {
            case 'root':
              return root;
            case 'context':
              return context;
            case 'info':
              return info;
            default:
              return args[param.name as string];
          }
        }),
      );
    };
  }
  return schema;
}
