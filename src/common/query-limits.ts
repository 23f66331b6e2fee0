import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type GraphQLField,
  type GraphQLFieldMap,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLFormattedError,
  type GraphQLType,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';

/** The most a document may cost: about two 500-row pages with their people's appointments and units. */
export const MAX_QUERY_COST = 50_000;
const MAX_TOKENS = 2_000;
/** What a list without a page size (an inspection's findings, a person's appointments) is assumed to hold. */
const UNPAGED_LIST_SIZE = 10;

/** The codes a refused document answers with (HTTP 400). */
export const LIMIT_CODES = [
  'QUERY_TOO_COSTLY',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_TOKENS',
  'TOO_MANY_DIRECTIVES',
] as const;
type LimitCode = (typeof LIMIT_CODES)[number];

const MESSAGES: Record<LimitCode, string> = {
  QUERY_TOO_COSTLY:
    'Truy vấn đòi hỏi quá nhiều dữ liệu: hãy giảm số bản ghi mỗi trang (first) hoặc bớt trường lồng nhau.',
  QUERY_TOO_DEEP: 'Truy vấn lồng quá sâu.',
  TOO_MANY_ALIASES: 'Truy vấn dùng quá nhiều bí danh (alias).',
  TOO_MANY_TOKENS: 'Truy vấn quá dài.',
  TOO_MANY_DIRECTIVES: 'Truy vấn dùng quá nhiều chỉ thị (directive).',
};

/**
 * The limit a refused document broke, if any: armor's refusals reach formatError wrapped by Apollo (as
 * GRAPHQL_VALIDATION_FAILED) with ours inside; graphql-js's token limit is a parse error of its own words.
 */
export function limitCodeOf(error: unknown, formatted: GraphQLFormattedError): LimitCode | null {
  if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && /contains more th\w+ \d+ tokens/.test(formatted.message))
    return 'TOO_MANY_TOKENS';
  // the chain mixes GraphQL errors with plain ones (a driver's error has no `extensions`)
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const { extensions, originalError } = current as { extensions?: { code?: unknown }; originalError?: unknown };
    const code = extensions?.code;
    if (typeof code === 'string' && (LIMIT_CODES as readonly string[]).includes(code)) return code as LimitCode;
    current = originalError;
  }
  return null;
}

export function limitMessage(code: LimitCode): string {
  return MESSAGES[code];
}

/** A refusal with its code, in Vietnamese (Apollo answers a validation error with HTTP 400). */
function limitError(code: LimitCode, detail: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(MESSAGES[code], { extensions: { code, messageEn: detail, ...extra } });
}

/** graphql-armor's own report of a refusal carries BAD_USER_INPUT and its English words: report ours instead. */
const reportAs = (code: LimitCode) => ({
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => {
      context?.reportError(limitError(code, error.message));
    },
  ],
});

function pageSize(
  field: GraphQLField<unknown, unknown>,
  args: readonly { name: { value: string }; value: ValueNode }[],
  variables: Record<string, unknown>,
): number | null {
  if (!field.args.some((arg) => arg.name === 'first' || arg.name === 'last')) return null;
  for (const name of ['first', 'last']) {
    const node = args.find((arg) => arg.name.value === name)?.value;
    const value =
      node?.kind === Kind.INT
        ? Number(node.value)
        : node?.kind === Kind.VARIABLE
          ? variables[node.name.value]
          : undefined;
    // a page over MAX_PAGE_SIZE is refused by the API itself, naming the argument: counted at the largest allowed
    if (typeof value === 'number' && Number.isFinite(value)) return Math.min(Math.max(0, value), MAX_PAGE_SIZE);
  }
  return DEFAULT_PAGE_SIZE;
}

function isList(type: GraphQLType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * The cost of a selection: every field counts 1 for each row it is read on, and a page (`first`/`last`, else
 * the default page) or an unpaged list multiplies what is selected under it. The nodes and edges of a
 * connection are the page already counted.
 */
export function selectionCost(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  fragments: Partial<Record<string, FragmentDefinitionNode>>,
  variables: Record<string, unknown>,
  visiting: Set<string> = new Set(),
): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!(isObjectType(parent) || isInterfaceType(parent)) || selection.name.value.startsWith('__')) continue;
      const fields: Partial<GraphQLFieldMap<unknown, unknown>> = parent.getFields();
      const field = fields[selection.name.value];
      if (!field) continue;
      const page = pageSize(field, selection.arguments ?? [], variables);
      const inConnection = /(Connection|Edge)$/.test(parent.name);
      const factor = page ?? (isList(field.type) && !inConnection ? UNPAGED_LIST_SIZE : 1);
      const below = selection.selectionSet
        ? selectionCost(schema, selection.selectionSet, getNamedType(field.type), fragments, variables, visiting)
        : 0;
      total += factor * (1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? parent) : parent;
      total += selectionCost(schema, selection.selectionSet, type, fragments, variables, visiting);
    } else {
      const fragment = fragments[selection.name.value];
      if (!fragment || visiting.has(fragment.name.value)) continue;
      const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
      total += selectionCost(
        schema,
        fragment.selectionSet,
        type,
        fragments,
        variables,
        new Set([...visiting, fragment.name.value]),
      );
    }
  }
  return total;
}

/** The cost of the operation a document runs, or null when it has none of that name. */
function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): number | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((d) => d.name?.value === operationName) : operations[0];
  if (!operation) return null;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.SUBSCRIPTION
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return root ? selectionCost(schema, operation.selectionSet, root, fragments, variables) : null;
}

const costError = (cost: number, maxCost: number, extra: Record<string, unknown> = {}) =>
  limitError('QUERY_TOO_COSTLY', `The query costs ${String(cost)}, more than ${String(maxCost)}.`, {
    cost,
    maxCost,
    ...extra,
  });

/** Refuses a document over MAX_QUERY_COST once it is parsed and validated, before any resolver (or SQL) runs. */
function costLimit<T extends object>(maxCost: number): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation.name?.value, request.variables ?? {});
          if (cost !== null && cost > maxCost)
            throw costError(cost, maxCost, { http: { status: 400, headers: new HeaderMap() } });
        },
      };
    },
  };
}

/** graphql-armor's bounds on depth, aliases and directives (tokens are the parser's, cost is ours). */
function armorFor(production: boolean) {
  return new ApolloArmor({
    costLimit: { enabled: false },
    maxDepth: { n: 10, ignoreIntrospection: false, ...reportAs('QUERY_TOO_DEEP') },
    maxAliases: { n: 15, ...reportAs('TOO_MANY_ALIASES') },
    // tokens are bounded by graphql-js's own parser (parseOptions below): armor's check answers HTTP 500
    maxTokens: { enabled: false },
    maxDirectives: { n: 20, ...reportAs('TOO_MANY_DIRECTIVES') },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/**
 * The same bounds for a document that does not come through Apollo (a subscription over graphql-ws): parsed
 * within the token limit, validated with graphql-js's rules and armor's, its cost checked. Either the document
 * to run or the errors to answer with, each with its code.
 */
export function documentLimits(schema: GraphQLSchema, production: boolean) {
  const rules = [...specifiedRules, ...armorFor(production).validationRules];
  return (request: {
    query: string;
    operationName?: string | null;
    variables?: Record<string, unknown> | null;
  }): { document: DocumentNode } | { errors: readonly GraphQLError[] } => {
    let document: DocumentNode;
    try {
      document = parse(request.query, { maxLexicalTokens: MAX_TOKENS });
    } catch (error) {
      const syntax = error instanceof GraphQLError ? error : new GraphQLError(String(error));
      const code = limitCodeOf(syntax, { message: syntax.message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
      return { errors: [code ? limitError(code, syntax.message) : syntax] };
    }
    const errors = validate(schema, document, rules);
    if (errors.length > 0) return { errors };
    const cost = operationCost(schema, document, request.operationName, request.variables ?? {});
    if (cost !== null && cost > MAX_QUERY_COST) return { errors: [costError(cost, MAX_QUERY_COST)] };
    return { document };
  };
}

/** Every bound on a document: depth, aliases, tokens and directives (graphql-armor), and its cost (ours). */
export function queryLimits<T extends object>(production: boolean) {
  const armor = armorFor(production);
  return {
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    // graphql-armor types its plugins against Apollo's CommonJS build; they are the same at run time.
    plugins: [...(armor.plugins as unknown as Array<ApolloServerPlugin<T>>), costLimit<T>(MAX_QUERY_COST)],
  };
}
