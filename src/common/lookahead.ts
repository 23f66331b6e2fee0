import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

function fieldsOf(tree: ResolveTree | undefined): ResolveTree[] {
  return tree ? Object.values(tree.fieldsByTypeName).flatMap((fields) => Object.values(fields)) : [];
}

/** The fields asked of each node of the connection being resolved (`nodes { … }`, `edges { node { … } }`). */
function nodeFields(info: GraphQLResolveInfo): ResolveTree[] {
  const connection = parseResolveInfo(info) as ResolveTree | null | undefined;
  const top = fieldsOf(connection ?? undefined);
  const nodes = [
    ...top.filter((field) => field.name === 'nodes'),
    ...top
      .filter((field) => field.name === 'edges')
      .flatMap((edges) => fieldsOf(edges).filter((f) => f.name === 'node')),
  ];
  return nodes.flatMap((node) => fieldsOf(node));
}

/**
 * The fields a query asks of each node of the connection being resolved (`nodes { … }`, `edges { node { … } }`,
 * through fragments, aliases and `@include`/`@skip`), by name: the relations a list loads for its whole page before
 * graphql-js walks the rows. A field asked only with arguments is left out: it is read on its own day or terms.
 */
export function nodeFieldsAsked(info: GraphQLResolveInfo): ReadonlySet<string> {
  return new Set(
    nodeFields(info)
      .filter((field) => Object.keys(field.args).length === 0)
      .map((field) => field.name),
  );
}

/** Every field a query asks of each node of the connection, with or without arguments, by name (`columnsAsked`). */
export function nodeFieldNames(info: GraphQLResolveInfo): ReadonlySet<string> {
  return new Set(nodeFields(info).map((field) => field.name));
}
