import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../common/errors.js';
import type { NotFoundLabel } from '../common/find.js';
import { isWellFormedId } from '../common/ids.js';
import { SqlParams } from '../common/sql-params.js';
import type { Caller } from './caller.js';
import { queryOne, queryRows } from '../common/queries.js';

/** A SQL condition on the row aliased `alias`, its values added to `params`. */
export type RowCondition = (alias: string, params: SqlParams) => string;

/** Which rows of a table the caller may see: all, none, or those meeting a condition. */
export type Scope = { kind: 'all' } | { kind: 'none' } | { kind: 'where'; condition: RowCondition };

export const ALL: Scope = { kind: 'all' };
export const NONE: Scope = { kind: 'none' };
export const where = (condition: RowCondition): Scope => ({ kind: 'where', condition });

/** The actions every resource knows; features add their own (`close`, `approve`, …). */
export type CrudAction = 'list' | 'show' | 'new' | 'edit' | 'delete';

/**
 * Who may do what with one kind of row, written once and asked by every door: GraphQL, the admin panel (its
 * screens and its JSON API), exports and command-line jobs.
 */
export interface Policy<Row extends object = Record<string, unknown>> {
  /** The entity's name, which is also the admin panel's resource id. */
  readonly resource: string;
  /** The table, for checks by id. */
  readonly table: string;
  /** The rows the caller may see. */
  scope(caller: Caller): Scope;
  /** The fields of a visible row the caller may not read. */
  hiddenFields(caller: Caller, row: Row): readonly string[];
  /** Whether the caller may take an action: on the resource (no row) or on a visible row. */
  can(caller: Caller, action: string, row?: Row): boolean;
}

/** A policy with the usual defaults: nothing hidden; fill in what differs. */
export function definePolicy<Row extends object>(
  spec: Pick<Policy<Row>, 'resource' | 'table' | 'scope' | 'can'> & Partial<Pick<Policy<Row>, 'hiddenFields'>>,
): Policy<Row> {
  return { hiddenFields: () => [], ...spec };
}

/** The scope as SQL on `alias`: `TRUE`, `FALSE` or the condition. */
export function scopeSql(scope: Scope, alias: string, params: SqlParams): string {
  if (scope.kind === 'all') return 'TRUE';
  if (scope.kind === 'none') return 'FALSE';
  return `(${scope.condition(alias, params)})`;
}

/** The scope as SQL for a raw query whose values are `params`: the scope's values are appended to them. */
export function appendScope(scope: Scope, alias: string, params: unknown[]): string {
  const scoped = new SqlParams('positional', params.length);
  const sql = scopeSql(scope, alias, scoped);
  params.push(...scoped.values);
  return sql;
}

/** Rows whose `column` is one of the caller's units in reach. */
export function inReach(caller: Caller, column: string): Scope {
  if (caller.cityWide) return ALL;
  if (caller.reach.length === 0) return NONE;
  return where((alias, params) => `${alias}.${column} = ANY(CAST(${params.add(caller.reach)} AS uuid[]))`);
}

/** Rows whose `column` is the caller's own person. */
export function ownRows(caller: Caller, column: string): Scope {
  const me = caller.user.personId;
  return me ? where((alias, params) => `${alias}.${column} = ${params.add(me)}`) : NONE;
}

/** Rows that any of the scopes admits. */
export function anyOf(...scopes: Scope[]): Scope {
  if (scopes.some((scope) => scope.kind === 'all')) return ALL;
  const conditions = scopes.flatMap((scope) => (scope.kind === 'where' ? [scope.condition] : []));
  if (conditions.length === 0) return NONE;
  return where((alias, params) => conditions.map((condition) => `(${condition(alias, params)})`).join(' OR '));
}

/**
 * "Not yours" answers exactly as "not there": NOT_FOUND for a malformed id, a missing row and a row outside the
 * caller's scope alike.
 */
export async function assertVisible(
  em: EntityManager,
  policy: Pick<Policy<never>, 'scope' | 'table'>,
  caller: Caller,
  id: string,
  what: NotFoundLabel,
): Promise<void> {
  const params = new SqlParams('positional', 1);
  const condition = isWellFormedId(id) ? scopeSql(policy.scope(caller), 'r', params) : 'FALSE';
  const row =
    condition === 'FALSE'
      ? null
      : await queryOne(em, `SELECT 1 FROM ${policy.table} r WHERE r.id = $1 AND ${condition}`, [id, ...params.values]);
  if (!row) throw new NotFoundError(what[0], what[1]);
}

/** Of these ids, those the caller may see (one statement): assertVisible for many rows at once. */
export async function visibleIds(
  em: EntityManager,
  policy: Pick<Policy<never>, 'scope' | 'table'>,
  caller: Caller,
  ids: readonly string[],
): Promise<Set<string>> {
  const wellFormed = ids.filter(isWellFormedId);
  const params = new SqlParams('positional', 1);
  const condition = scopeSql(policy.scope(caller), 'r', params);
  if (wellFormed.length === 0 || condition === 'FALSE') return new Set();
  const rows = await queryRows<{ id: string }>(
    em,
    `SELECT r.id FROM ${policy.table} r WHERE r.id = ANY($1::uuid[]) AND ${condition}`,
    [wellFormed, ...params.values],
  );
  return new Set(rows.map((row) => row.id));
}
