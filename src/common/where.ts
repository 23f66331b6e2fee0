import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { registerLabelledEnum, type LabelledEnum } from './enum-labels.js';
import { BadInputError } from './errors.js';
import { PageArgs } from './pagination.js';
import { isWellFormedId } from './ids.js';
import { DateScalar, DateTimeScalar } from './scalars.js';
import { SqlParams } from './sql-params.js';

/**
 * The `where` and `orderBy` of every list: a typed vocabulary of operator filters (`StringFilter`, `IntFilter`,
 * …), combined per list in an input `<X>Where` with `and`/`or`/`not`, and compiled against a column map that the
 * list's `*.queries.ts` declares into one parameterised SQL condition. The list ANDs it with the policy's scope,
 * so a `where` narrows what the caller sees and can never widen it.
 */

/** Deeper `and`/`or`/`not` nesting is refused: no dashboard needs it and it bounds the SQL's size. */
export const MAX_WHERE_DEPTH = 8;
/** Values of one `in`/`notIn`. */
export const MAX_IN_VALUES = 1000;

@InputType({ description: 'Conditions on an id; all given ones must hold.' })
export class IdFilter {
  @Field(() => ID, { nullable: true, description: 'Equal to this id (a malformed id matches nothing).' })
  equals?: string;

  @Field(() => [ID], { nullable: true, description: 'One of these ids.' })
  in?: string[];

  @Field(() => [ID], { nullable: true, description: 'None of these ids.' })
  notIn?: string[];

  @Field(() => Boolean, { nullable: true, description: 'true: no id set; false: an id set.' })
  isNull?: boolean;
}

@InputType({ description: 'Conditions on a text; all given ones must hold.' })
export class StringFilter {
  @Field(() => String, { nullable: true, description: 'Exactly this text.' })
  equals?: string;

  @Field(() => [String], { nullable: true, description: 'Exactly one of these texts.' })
  in?: string[];

  @Field(() => [String], { nullable: true, description: 'None of these texts.' })
  notIn?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Contains this text, ignoring case, Vietnamese diacritics and spacing (“hoa” finds “Hòa”).',
  })
  contains?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Starts with this text, ignoring case, Vietnamese diacritics and spacing.',
  })
  startsWith?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: no text set; false: a text set.' })
  isNull?: boolean;
}

@InputType({ description: 'Conditions on a whole number; all given ones must hold.' })
export class IntFilter {
  @Field(() => Int, { nullable: true, description: 'Equal to.' })
  equals?: number;

  @Field(() => [Int], { nullable: true, description: 'One of.' })
  in?: number[];

  @Field(() => [Int], { nullable: true, description: 'None of.' })
  notIn?: number[];

  @Field(() => Int, { nullable: true, description: 'Greater than.' })
  gt?: number;

  @Field(() => Int, { nullable: true, description: 'Greater than or equal to.' })
  gte?: number;

  @Field(() => Int, { nullable: true, description: 'Less than.' })
  lt?: number;

  @Field(() => Int, { nullable: true, description: 'Less than or equal to.' })
  lte?: number;

  @Field(() => Boolean, { nullable: true, description: 'true: no value; false: a value.' })
  isNull?: boolean;
}

@InputType({ description: 'Conditions on a number; all given ones must hold.' })
export class FloatFilter {
  @Field(() => Float, { nullable: true, description: 'Equal to.' })
  equals?: number;

  @Field(() => [Float], { nullable: true, description: 'One of.' })
  in?: number[];

  @Field(() => [Float], { nullable: true, description: 'None of.' })
  notIn?: number[];

  @Field(() => Float, { nullable: true, description: 'Greater than.' })
  gt?: number;

  @Field(() => Float, { nullable: true, description: 'Greater than or equal to.' })
  gte?: number;

  @Field(() => Float, { nullable: true, description: 'Less than.' })
  lt?: number;

  @Field(() => Float, { nullable: true, description: 'Less than or equal to.' })
  lte?: number;

  @Field(() => Boolean, { nullable: true, description: 'true: no value; false: a value.' })
  isNull?: boolean;
}

@InputType({ description: 'Conditions on a day (Asia/Ho_Chi_Minh); all given ones must hold.' })
export class DateFilter {
  @Field(() => DateScalar, { nullable: true, description: 'On this day.' })
  equals?: string;

  @Field(() => DateScalar, { nullable: true, description: 'After this day.' })
  gt?: string;

  @Field(() => DateScalar, { nullable: true, description: 'On or after this day.' })
  gte?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Before this day.' })
  lt?: string;

  @Field(() => DateScalar, { nullable: true, description: 'On or before this day.' })
  lte?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: no day set; false: a day set.' })
  isNull?: boolean;
}

@InputType({
  description: 'Conditions on an instant; all given ones must hold. A day given alone means that day in the city.',
})
export class DateTimeFilter {
  @Field(() => DateTimeScalar, { nullable: true, description: 'After this instant.' })
  gt?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'At or after this instant.' })
  gte?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Before this instant.' })
  lt?: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'At or before this instant.' })
  lte?: Date;

  @Field(() => DateScalar, { nullable: true, description: 'On this day or later (from its midnight in the city).' })
  onOrAfterDay?: string;

  @Field(() => DateScalar, { nullable: true, description: 'On this day or earlier (up to its end in the city).' })
  onOrBeforeDay?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: no instant set; false: an instant set.' })
  isNull?: boolean;
}

@InputType({ description: 'Conditions on a yes/no value.' })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true, description: 'Equal to.' })
  equals?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'true: no value; false: a value.' })
  isNull?: boolean;
}

/** The shape of every enum filter built by `EnumFilter`. */
export interface EnumFilterShape<E extends string> {
  equals?: E;
  in?: E[];
  notIn?: E[];
  isNull?: boolean;
}

/** `<Name>Filter`: conditions on a value of a registered enum. */
export function EnumFilter<E extends string>(enumType: Record<string, E>, name: string): ClassType<EnumFilterShape<E>> {
  @InputType(`${name}Filter`, { description: `Conditions on a ${name}; all given ones must hold.` })
  class Filter implements EnumFilterShape<E> {
    @Field(() => enumType, { nullable: true, description: 'Equal to.' })
    equals?: E;

    @Field(() => [enumType], { nullable: true, description: 'One of.' })
    in?: E[];

    @Field(() => [enumType], { nullable: true, description: 'None of.' })
    notIn?: E[];

    @Field(() => Boolean, { nullable: true, description: 'true: no value; false: a value.' })
    isNull?: boolean;
  }
  return Filter;
}

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerLabelledEnum(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending or descending; empty values come last either way.',
  labels: { ASC: 'Tăng dần', DESC: 'Giảm dần' },
  descriptions: { ASC: 'Smallest first (A to Z, oldest first)', DESC: 'Largest first' },
});

/** One column of an `orderBy` list. */
export interface OrderBy<F extends string> {
  field: F;
  direction?: SortDirection;
}

/**
 * `<Name>OrderBy { field: <Name>OrderField!, direction: SortDirection = ASC }` for a list's sortable columns; it
 * registers `fields` as the enum `<Name>OrderField`, "The columns <rows> sort by.", with its labels.
 */
export function OrderByInput<F extends string>(
  fields: Record<string, F>,
  name: string,
  { rows, labels, descriptions }: { rows: string } & Pick<LabelledEnum<F>, 'labels' | 'descriptions'>,
): ClassType<OrderBy<F>> {
  registerLabelledEnum(fields, {
    name: `${name}OrderField`,
    description: `The columns ${rows} sort by.`,
    labels,
    descriptions,
  });
  @InputType(`${name}OrderBy`, { description: `A column to sort by and its direction; ties end on the id.` })
  class Input implements OrderBy<F> {
    @Field(() => fields, { description: 'The column.' })
    field: F;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'The direction.' })
    direction?: SortDirection;
  }
  return Input;
}

/**
 * The `and`/`or`/`not` of a `<X>Where`, as an abstract base whose fields name the subclass:
 * `class XWhere extends WhereCombinators(() => XWhere)`; `base` gives it conditions shared with another `Where`.
 */
export function WhereCombinators<Base extends object>(
  self: () => ClassType,
  base: ClassType<Base> = Object as unknown as ClassType<Base>,
) {
  const Parent: ClassType = base;
  @InputType()
  abstract class Combined extends Parent {
    @Field(() => [self()], { nullable: true, description: 'All of these.' })
    and?: this[];

    @Field(() => [self()], { nullable: true, description: 'Any of these.' })
    or?: this[];

    @Field(() => self(), { nullable: true, description: 'Not this.' })
    not?: this;
  }
  return Combined as unknown as abstract new () => Combined & Base;
}

/** The arguments every list takes: its page, `where` and `orderBy`. */
export interface ListArgsShape<W, F extends string> extends PageArgs {
  where?: W;
  orderBy?: Array<OrderBy<F>>;
}

/**
 * The arguments of a list: the page (`first`, `after`, `last`, `before`), `where` and `orderBy`;
 * `andedWith` names the list's own simple arguments that `where` is ANDed with.
 */
export function ListArgs<W extends object, F extends string>(
  whereType: ClassType<W>,
  orderByType: ClassType<OrderBy<F>>,
  andedWith?: string,
): ClassType<ListArgsShape<W, F>> {
  @ArgsType()
  class Args extends PageArgs implements ListArgsShape<W, F> {
    @Field(() => whereType, {
      nullable: true,
      description: andedWith ? `Operator conditions, ANDed with \`${andedWith}\`.` : 'Operator conditions.',
    })
    where?: W;

    @Field(() => [orderByType], { nullable: true, description: 'Sort columns; ties end on the id.' })
    orderBy?: Array<OrderBy<F>>;
  }
  return Args;
}

/** The arguments of a list with a `filter` of simple conditions: `ListArgs` and `filter`. */
export function FilteredListArgs<Filter extends object, W extends object, F extends string>(
  filterType: ClassType<Filter>,
  whereType: ClassType<W>,
  orderByType: ClassType<OrderBy<F>>,
): ClassType<ListArgsShape<W, F> & { filter?: Filter }> {
  @ArgsType()
  class Args extends ListArgs(whereType, orderByType, 'filter') {
    @Field(() => filterType, { nullable: true, description: 'Simple conditions.' })
    @IsOptional()
    @ValidateNested()
    filter?: Filter;
  }
  return Args;
}

/** What a filtered list asks its service for: the `filter`'s fields with `where` and `orderBy`, as one plain object. */
export function listConditions<Filter extends object, W, F extends string>(
  args: ListArgsShape<W, F> & { filter?: Filter },
): Partial<Filter> & { where?: W; orderBy?: Array<OrderBy<F>> } {
  return Object.assign({}, args.filter, { where: args.where, orderBy: args.orderBy });
}

/** A filterable column: its SQL (on the list's alias, or built with the list's parameters) and its kind. */
export interface WhereColumn {
  sql: string | ((params: SqlParams) => string);
  kind: 'id' | 'string' | 'int' | 'float' | 'date' | 'datetime' | 'boolean' | 'enum';
  /** the PostgreSQL enum type of an `enum` column, for its casts */
  pgType?: string;
}

/** The `and`/`or`/`not` every `<X>Where` has. */
export interface Combinators<W> {
  and?: W[] | null;
  or?: W[] | null;
  not?: W | null;
}

type Leaves<W> = Exclude<keyof W, keyof Combinators<W>>;

/** The column of every field of a `<X>Where`: declared beside the list's query, checked against the input type. */
export type WhereColumns<W> = { readonly [K in Leaves<W>]-?: WhereColumn };

type FilterValue = Record<string, unknown>;

function tooDeep(): BadInputError {
  return new BadInputError(
    [{ field: 'where', message: `lồng and/or/not quá ${String(MAX_WHERE_DEPTH)} cấp` }],
    `\`where\` nests and/or/not deeper than ${String(MAX_WHERE_DEPTH)}.`,
  );
}

function checkList(values: unknown[], field: string): void {
  if (values.length > MAX_IN_VALUES) {
    throw new BadInputError(
      [{ field: `where.${field}`, message: `tối đa ${String(MAX_IN_VALUES)} giá trị` }],
      `At most ${String(MAX_IN_VALUES)} values in one list.`,
    );
  }
}

/** SQL text folded as names are compared (`congvu_fold`), then taken literally by LIKE: `%`, `_`, `\` match themselves. */
export function likeLiteralFolded(sql: string): string {
  return `replace(replace(replace(congvu_fold(${sql}), '\\', '\\\\'), '%', '\\%'), '_', '\\_')`;
}

function ofDay(day: string, end: boolean): Date {
  const start = new Date(`${day}T00:00:00+07:00`);
  return end ? new Date(start.getTime() + 86_400_000 - 1) : start;
}

/** The SQL of one column's filter (`TRUE` when it sets nothing). */
function leafSql(column: WhereColumn, filter: FilterValue, field: string, params: SqlParams): string {
  const operators = Object.entries(filter).filter(([, operand]) => operand !== undefined && operand !== null);
  if (operators.length === 0) return 'TRUE';
  // a column built with parameters adds them only when it is used: PostgreSQL refuses a parameter it never sees
  const sql = typeof column.sql === 'string' ? column.sql : column.sql(params);
  const cast = {
    id: 'uuid',
    string: 'text',
    int: 'int',
    float: 'float8',
    date: 'date',
    datetime: 'timestamptz',
    boolean: 'boolean',
    enum: column.pgType ?? 'text',
  }[column.kind];
  const parts: string[] = [];
  const value = (v: unknown) => `CAST(${params.add(v)} AS ${cast})`;
  const list = (values: unknown[]) => `CAST(${params.add(values)} AS ${cast}[])`;
  for (const [operator, operand] of operators) {
    switch (operator) {
      case 'isNull':
        parts.push(`${sql} IS ${operand === true ? '' : 'NOT '}NULL`);
        break;
      case 'equals':
        if (column.kind === 'id' && !isWellFormedId(operand as string)) parts.push('FALSE');
        else parts.push(`${sql} = ${value(operand)}`);
        break;
      case 'in':
      case 'notIn': {
        let values = operand as unknown[];
        checkList(values, `${field}.${operator}`);
        if (column.kind === 'id') values = (values as string[]).filter(isWellFormedId);
        const any = `${sql} = ANY(${list(values)})`;
        parts.push(operator === 'in' ? any : `NOT COALESCE(${any}, FALSE)`);
        break;
      }
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte': {
        const symbol = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[operator];
        parts.push(`${sql} ${symbol} ${value(operand)}`);
        break;
      }
      case 'onOrAfterDay':
        parts.push(`${sql} >= ${value(ofDay(operand as string, false))}`);
        break;
      case 'onOrBeforeDay':
        parts.push(`${sql} <= ${value(ofDay(operand as string, true))}`);
        break;
      case 'contains':
      case 'startsWith': {
        const pattern = likeLiteralFolded(params.add(operand));
        const prefix = operator === 'contains' ? `'%' || ` : '';
        parts.push(`congvu_fold(${sql}) LIKE ${prefix}${pattern} || '%'`);
        break;
      }
      default:
        throw new Error(`unknown filter operator ${operator}`);
    }
  }
  return parts.length === 0 ? 'TRUE' : parts.map((part) => `(${part})`).join(' AND ');
}

function compile<W extends Combinators<W>>(
  where: W,
  columns: WhereColumns<W>,
  params: SqlParams,
  depth: number,
): string {
  if (depth > MAX_WHERE_DEPTH) throw tooDeep();
  const parts: string[] = [];
  for (const [key, filter] of Object.entries(where as Record<string, unknown>)) {
    if (filter === undefined || filter === null) continue;
    if (key === 'and' || key === 'or') {
      const branches = (filter as W[]).map((branch) => compile(branch, columns, params, depth + 1));
      if (branches.length > 0) parts.push(`(${branches.join(key === 'and' ? ' AND ' : ' OR ')})`);
      else if (key === 'or') parts.push('FALSE'); // no alternative holds; an empty `and` asks nothing
      continue;
    }
    if (key === 'not') {
      parts.push(`NOT COALESCE(${compile(filter as W, columns, params, depth + 1)}, FALSE)`);
      continue;
    }
    const column = (columns as Record<string, WhereColumn | undefined>)[key];
    if (!column) throw new Error(`no column for where.${key}`);
    const leaf = leafSql(column, filter as FilterValue, key, params);
    if (leaf !== 'TRUE') parts.push(leaf);
  }
  return parts.length === 0 ? 'TRUE' : `(${parts.join(' AND ')})`;
}

/** A `where` as one SQL condition whose values go to `params`. */
export function whereSql<W extends Combinators<W>>(
  where: W | null | undefined,
  columns: WhereColumns<W>,
  params: SqlParams,
): string {
  return where ? compile(where, columns, params, 0) : 'TRUE';
}

/**
 * An `orderBy` as SQL: the columns asked for (from the list's whitelist), then `id`, so that equal values keep one
 * stable order and cursors stay valid. Without `orderBy`, the list's own order.
 */
export function orderBySql<F extends string>(
  orderBy: ReadonlyArray<OrderBy<F>> | null | undefined,
  columns: Readonly<Record<F, string>>,
  fallback: string,
  id: string,
): string {
  if (!orderBy || orderBy.length === 0) return fallback;
  const keys = orderBy.map(
    (item) => `${columns[item.field]} ${item.direction === SortDirection.DESC ? 'DESC' : 'ASC'} NULLS LAST`,
  );
  return [...keys, id].join(', ');
}
