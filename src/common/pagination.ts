import { Field, Int, ObjectType, ArgsType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { BadInputError } from './errors.js';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Default ${String(DEFAULT_PAGE_SIZE)}, at most ${String(MAX_PAGE_SIZE)}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The page after this cursor (an endCursor).' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `At most ${String(MAX_PAGE_SIZE)}.` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'The page before this cursor (a startCursor), with `last`.' })
  before?: string | null;
}

/** The rows to fetch for a Relay page: cursors are opaque positions in the query's stable order. */
export interface PageWindow {
  offset: number;
  limit: number;
}

export function encodeCursor(position: number): string {
  return Buffer.from(`pos:${String(position)}`).toString('base64url');
}

function decodeCursor(cursor: string, field: string): number {
  const match = /^pos:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new BadInputError([{ field, message: 'con trỏ phân trang không hợp lệ' }], 'Malformed cursor.');
  return Number(match[1]);
}

function checkSize(value: number | null | undefined, field: string): void {
  if (value !== undefined && value !== null && (value < 0 || value > MAX_PAGE_SIZE)) {
    throw new BadInputError(
      [{ field, message: `phải từ 0 đến ${String(MAX_PAGE_SIZE)}` }],
      `${field} must be between 0 and ${String(MAX_PAGE_SIZE)}.`,
    );
  }
}

export function pageWindow(args: PageArgs): PageWindow {
  checkSize(args.first, 'first');
  checkSize(args.last, 'last');
  const start = args.after !== undefined && args.after !== null ? decodeCursor(args.after, 'after') + 1 : 0;
  if (args.before !== undefined && args.before !== null) {
    const end = decodeCursor(args.before, 'before');
    const size = args.last ?? args.first ?? DEFAULT_PAGE_SIZE;
    const offset = Math.max(start, end - size);
    return { offset, limit: Math.max(0, end - offset) };
  }
  if (args.last !== undefined && args.last !== null) {
    throw new BadInputError([{ field: 'last', message: 'chỉ dùng cùng với before' }], '`last` needs `before`.');
  }
  return { offset: start, limit: args.first ?? DEFAULT_PAGE_SIZE };
}

@ObjectType({ description: 'Where a page lies in its list (Relay).' })
export class PageInfo {
  @Field({ description: 'More rows follow this page.' })
  hasNextPage: boolean;

  @Field({ description: 'Rows come before this page.' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'The first row’s cursor; null for an empty page.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'The last row’s cursor: `after` for the next page.' })
  endCursor: string | null;
}

export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay page of `rows` (the window at `offset` of `totalCount`), each row mapped to its GraphQL type. */
export function toConnection<Row, T>(
  rows: readonly Row[],
  offset: number,
  totalCount: number,
  toNode: (row: Row) => T,
): ConnectionShape<T> {
  const nodes = rows.map(toNode);
  return {
    // built when asked: a page of 500 read through `nodes` needs no cursor per row
    get edges() {
      return nodes.map((node, index) => ({ cursor: encodeCursor(offset + index), node }));
    },
    nodes,
    totalCount,
    pageInfo: {
      hasPreviousPage: offset > 0,
      hasNextPage: offset + nodes.length < totalCount,
      startCursor: nodes.length > 0 ? encodeCursor(offset) : null,
      endCursor: nodes.length > 0 ? encodeCursor(offset + nodes.length - 1) : null,
    },
  };
}

/** Builds the Relay connection type `<name>Connection` with its `<name>Edge`. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: 'A row of the page with its cursor (Relay).' })
  class Edge {
    @Field({ description: 'Opaque: give it as `after` or `before`.' })
    cursor: string;

    @Field(() => nodeType, { description: 'The row.' })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: 'A page of a list, with its total (Relay connection).' })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The rows with their cursors.' })
    edges: Edge[];

    @Field(() => [nodeType], { description: 'The rows.' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Where the page lies.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many rows the whole list has (with its filters), not the page.' })
    totalCount: number;
  }
  return ConnectionType;
}
