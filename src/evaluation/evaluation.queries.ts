import type { EntityManager } from 'typeorm';
import { scopeSql, type Scope } from '../auth/policy.js';
import { entitiesByIds, listSql, pagedEntities, type ListSource } from '../common/paged-query.js';
import { queryOne, queryRows } from '../common/queries.js';
import { SqlParams } from '../common/sql-params.js';
import { whereSql, type OrderBy } from '../common/where.js';
import { UnitKind } from '../hierarchy/hierarchy.enums.js';
import { Position } from '../people/people.enums.js';
import {
  EvaluationOrderField,
  EvaluationPeriodOrderField,
  type EvaluationPeriodWhere,
  type EvaluationWhere,
} from './evaluation.inputs.js';
import { EvaluationEvent } from './evaluation-event.entity.js';
import { Evaluation } from './evaluation.entity.js';
import { EvaluationStatus, RATED_STATUSES, RatingLevel, type PeriodKind } from './evaluation.enums.js';
import { EvaluationPeriod } from './evaluation-period.entity.js';
import { Person } from '../people/person.entity.js';
import { Unit } from '../hierarchy/unit.entity.js';
import { periodName } from './period.rules.js';

export interface EvaluationListFilter {
  periodId?: string;
  unitIds?: string[];
  personId?: string;
  raterId?: string;
  status?: EvaluationStatus;
  level?: RatingLevel;
  where?: EvaluationWhere;
  orderBy?: ReadonlyArray<OrderBy<EvaluationOrderField>>;
}

/** `evaluations`: on `e` (the evaluation) and `p` (its person). */
export const EVALUATIONS: ListSource<EvaluationWhere, EvaluationOrderField> = {
  from: 'evaluation e JOIN person p ON p.id = e.person_id',
  alias: 'e',
  where: {
    id: { sql: 'e.id', kind: 'id' },
    periodId: { sql: 'e.period_id', kind: 'id' },
    unitId: { sql: 'e.unit_id', kind: 'id' },
    unitKind: { sql: '(SELECT u.kind FROM unit u WHERE u.id = e.unit_id)', kind: 'enum', pgType: 'unit_kind' },
    personId: { sql: 'e.person_id', kind: 'id' },
    personName: { sql: 'p.full_name', kind: 'string' },
    raterId: { sql: 'e.rater_person_id', kind: 'id' },
    raterUnitId: { sql: 'e.rater_unit_id', kind: 'id' },
    status: { sql: 'e.status', kind: 'enum', pgType: 'evaluation_status' },
    level: { sql: 'e.level', kind: 'enum', pgType: 'rating_level' },
    score: { sql: 'e.score', kind: 'float' },
    selfScore: { sql: 'e.self_score', kind: 'float' },
    notifiedAt: { sql: 'e.notified_at', kind: 'datetime' },
  },
  orderBy: {
    [EvaluationOrderField.PERSON_NAME]: 'p.full_name',
    [EvaluationOrderField.SCORE]: 'e.score',
    [EvaluationOrderField.LEVEL]: 'e.level',
    [EvaluationOrderField.STATUS]: 'e.status',
    [EvaluationOrderField.UPDATED_AT]: 'e.updated_at',
  },
  defaultOrder: 'p.full_name',
};

/** What a page of evaluations may read beside each row, in the page's own statement. */
export type EvaluationBeside = 'person' | 'unit' | 'period';

const BESIDE = {
  person: { joined: { entity: Person, alias: 'p' }, join: null }, // EVALUATIONS' `from` joins it for its name
  unit: { joined: { entity: Unit, alias: 'eu' }, join: 'LEFT JOIN unit eu ON eu.id = e.unit_id' },
  period: {
    joined: { entity: EvaluationPeriod, alias: 'epr' },
    join: 'LEFT JOIN evaluation_period epr ON epr.id = e.period_id',
  },
} as const;

/** What a page of evaluations reads: rows beside each, and of the evaluations' own columns those a query asks. */
export interface EvaluationRead {
  beside?: ReadonlySet<EvaluationBeside>;
  /** `columnsAsked` of the fields asked; null or left out: whole entities */
  columns?: ReadonlySet<string> | null;
}

export interface EvaluationPage {
  evaluations: Evaluation[];
  total: number;
  /** the rows asked for beside each evaluation, in the page's order */
  beside: { person?: Array<Person | null>; unit?: Array<Unit | null>; period?: Array<EvaluationPeriod | null> };
}

export async function listEvaluations(
  em: EntityManager,
  filter: EvaluationListFilter,
  /** The rows the caller may see (R32), from the evaluation policy. */
  scope: Scope,
  offset: number,
  limit: number,
  { beside = new Set(), columns = null }: EvaluationRead = {},
): Promise<EvaluationPage> {
  const params = new SqlParams();
  const where = [scopeSql(scope, 'e', params)];
  if (filter.periodId) where.push(`e.period_id = ${params.add(filter.periodId)}::uuid`);
  if (filter.unitIds) where.push(`e.unit_id = ANY(${params.add(filter.unitIds)}::uuid[])`);
  if (filter.personId) where.push(`e.person_id = ${params.add(filter.personId)}::uuid`);
  if (filter.raterId) where.push(`e.rater_person_id = ${params.add(filter.raterId)}::uuid`);
  if (filter.status) where.push(`e.status = ${params.add(filter.status)}::evaluation_status`);
  if (filter.level) where.push(`e.level = ${params.add(filter.level)}::rating_level`);
  const asked = (Object.keys(BESIDE) as EvaluationBeside[]).filter((key) => beside.has(key));
  const sql = listSql(
    EVALUATIONS,
    where,
    params,
    filter,
    asked.flatMap((key) => BESIDE[key].join ?? []),
  );
  const page = await pagedEntities(
    em,
    Evaluation,
    sql,
    offset,
    limit,
    Object.fromEntries(asked.map((key) => [key, BESIDE[key].joined])),
    columns,
  );
  return { evaluations: page.rows, total: page.total, beside: page.joined };
}

/** A step of an evaluation's history, with the username of whoever took it. */
export type HistoryEntry = EvaluationEvent & { username: string | null };

export async function historyOf(
  em: EntityManager,
  evaluationIds: readonly string[],
): Promise<Map<string, HistoryEntry[]>> {
  const { entities, raw } = await em
    .createQueryBuilder(EvaluationEvent, 'ev')
    .leftJoin('app_user', 'u', 'u.id = ev.actor_user_id')
    .addSelect('u.username', 'username')
    .where('ev.evaluation_id = ANY(:ids)', { ids: evaluationIds })
    .orderBy('ev.at', 'ASC')
    .getRawAndEntities<{ username: string | null }>();
  const byEvaluation = new Map<string, HistoryEntry[]>();
  entities.forEach((entity, i) => {
    const entry = Object.assign(entity, { username: raw[i]?.username ?? null });
    byEvaluation.set(entry.evaluationId, [...(byEvaluation.get(entry.evaluationId) ?? []), entry]);
  });
  return byEvaluation;
}

/** `evaluationPeriods` on `ep`. */
export const PERIODS: ListSource<EvaluationPeriodWhere, EvaluationPeriodOrderField> = {
  from: 'evaluation_period ep',
  alias: 'ep',
  where: {
    id: { sql: 'ep.id', kind: 'id' },
    kind: { sql: 'ep.kind', kind: 'enum', pgType: 'period_kind' },
    status: { sql: 'ep.status', kind: 'enum', pgType: 'period_status' },
    year: { sql: 'ep.year', kind: 'int' },
    quarter: { sql: 'ep.quarter', kind: 'int' },
    startsOn: { sql: 'ep.starts_on', kind: 'date' },
    endsOn: { sql: 'ep.ends_on', kind: 'date' },
  },
  orderBy: {
    [EvaluationPeriodOrderField.STARTS_ON]: 'ep.starts_on',
    [EvaluationPeriodOrderField.ENDS_ON]: 'ep.ends_on',
    [EvaluationPeriodOrderField.KIND]: 'ep.kind',
  },
  defaultOrder: 'ep.starts_on DESC, ep.kind',
};

/** One page of periods, the newest first (or as `orderBy` says), with the total in the same statement. */
export async function listPeriods(
  em: EntityManager,
  filter: {
    kind?: PeriodKind;
    where?: EvaluationPeriodWhere;
    orderBy?: ReadonlyArray<OrderBy<EvaluationPeriodOrderField>>;
  },
  offset: number,
  limit: number,
): Promise<{ periods: EvaluationPeriod[]; total: number }> {
  const params = new SqlParams();
  const kind = whereSql({ kind: { equals: filter.kind } }, PERIODS.where, params);
  const { rows: periods, total } = await pagedEntities(
    em,
    EvaluationPeriod,
    listSql(PERIODS, [kind], params, filter),
    offset,
    limit,
  );
  return { periods, total };
}

export function evaluationById(em: EntityManager, id: string): Promise<Evaluation> {
  return em.findOneByOrFail(Evaluation, { id });
}

/** Evaluations by id, in one statement, in the order asked (missing ones left out). */
export function evaluationsByIds(em: EntityManager, ids: readonly string[]): Promise<Evaluation[]> {
  return entitiesByIds(em, Evaluation, ids);
}

/**
 * The evaluation of the head of a unit in a period (R4), if any: a unit may have a titular and an acting head in
 * one period, each with a HEAD evaluation; the head is the one appointed on the rater's day (the period's last day,
 * or today for a running one), the titular before the acting, then the latest appointed.
 */
export async function headEvaluationOf(
  em: EntityManager,
  unitId: string,
  periodId: string,
): Promise<Evaluation | null> {
  const row = await queryOne<{ id: string }>(
    em,
    `SELECT e.id FROM evaluation e JOIN evaluation_period ep ON ep.id = e.period_id
       LEFT JOIN LATERAL (
         SELECT a.acting, a.valid_from,
                a.valid_from <= COALESCE(e.rater_as_of, ep.ends_on)
                  AND (a.valid_to IS NULL OR a.valid_to > COALESCE(e.rater_as_of, ep.ends_on)) AS on_day
           FROM appointment a
          WHERE a.person_id = e.person_id AND a.unit_id = e.unit_id AND a.position = $3::"position"
          ORDER BY on_day DESC, a.acting, a.valid_from DESC LIMIT 1
       ) a ON TRUE
      WHERE e.period_id = $1 AND e.unit_id = $2 AND e.position = $3::"position"
      ORDER BY a.on_day DESC NULLS LAST, a.acting NULLS LAST, a.valid_from DESC NULLS LAST, e.id
      LIMIT 1`,
    [periodId, unitId, Position.HEAD],
  );
  return row ? em.findOneBy(Evaluation, { id: row.id }) : null;
}

/**
 * Levels of the evaluations in a set of units whose rater's result stands (RATED_STATUSES, as the dashboard counts
 * them): a rating returned to its evaluatee keeps its level but no longer counts.
 */
export function levelCountsOf(
  em: EntityManager,
  periodId: string,
  unitIds: readonly string[],
): Promise<Array<{ level: RatingLevel; count: number }>> {
  return queryRows(
    em,
    `SELECT level, count(*)::int AS count FROM evaluation
      WHERE period_id = $1 AND unit_id = ANY($2::uuid[]) AND level IS NOT NULL AND status = ANY($3::evaluation_status[])
      GROUP BY level`,
    [periodId, unitIds, RATED_STATUSES],
  );
}

/** The ND335 unit ratio of a head (R8): of the people they rate, how many are rated and how many NOT_COMPLETED. */
export async function unitRatioOf(
  em: EntityManager,
  periodId: string,
  raterPersonId: string,
): Promise<{ rated: number; notCompleted: number }> {
  const row = await queryOne<{ rated: number; not_completed: number }>(
    em,
    `SELECT count(*) FILTER (WHERE level <> $3::rating_level)::int AS rated,
            count(*) FILTER (WHERE level = $4::rating_level)::int AS not_completed
       FROM evaluation WHERE period_id = $1 AND rater_person_id = $2 AND status = ANY($5::evaluation_status[])`,
    [periodId, raterPersonId, RatingLevel.NOT_RATED, RatingLevel.NOT_COMPLETED, RATED_STATUSES],
  );
  return { rated: row?.rated ?? 0, notCompleted: row?.not_completed ?? 0 };
}

/**
 * R18: the evaluations a head's approval waits for — those they rate (heads only unless `everyone`) not yet
 * approved, leaving out the ones approved in the same batch.
 */
export function unapprovedRatedBy(
  em: EntityManager,
  periodId: string,
  raterPersonId: string,
  options: { everyone: boolean; alsoApproving: readonly string[]; approved: readonly EvaluationStatus[] },
): Promise<Array<{ id: string; full_name: string; status: EvaluationStatus }>> {
  return queryRows(
    em,
    `SELECT e.id, p.full_name, e.status FROM evaluation e JOIN person p ON p.id = e.person_id
      WHERE e.period_id = $1 AND e.rater_person_id = $2 AND NOT (e.status = ANY($3::evaluation_status[]))
        AND NOT (e.id = ANY($4::uuid[])) AND ($5 OR e.position = $6::"position")
      ORDER BY p.full_name`,
    [periodId, raterPersonId, options.approved, options.alsoApproving, options.everyone, Position.HEAD],
  );
}

/** R15: the EXCELLENT and GOOD evaluations of a rating group as rated so far, but one (being revised). */
export function quotaGroupOf(
  em: EntityManager,
  periodId: string,
  raterUnitId: string,
  exceptId: string | null,
): Promise<Array<{ id: string; full_name: string; level: RatingLevel }>> {
  return queryRows(
    em,
    `SELECT e.id, p.full_name, e.level FROM evaluation e JOIN person p ON p.id = e.person_id
      WHERE e.period_id = $1 AND e.rater_unit_id = $2 AND e.level = ANY($3::rating_level[])
        AND e.status = ANY($4::evaluation_status[]) AND ($5::uuid IS NULL OR e.id <> $5::uuid)
      ORDER BY p.full_name`,
    [periodId, raterUnitId, [RatingLevel.EXCELLENT, RatingLevel.GOOD], RATED_STATUSES, exceptId],
  );
}

/** Whether Home Affairs recorded an exception to R15's quota for a rating group. */
export async function hasQuotaException(em: EntityManager, periodId: string, raterUnitId: string): Promise<boolean> {
  const row = await queryOne<{ exception: boolean }>(
    em,
    `SELECT EXISTS (SELECT 1 FROM quota_exception WHERE period_id = $1 AND rater_unit_id = $2) AS exception`,
    [periodId, raterUnitId],
  );
  return row?.exception ?? false;
}

/** Rating groups of a period with evaluations not approved yet (closing waits for them), the largest first. */
export function pendingGroupsOf(
  em: EntityManager,
  periodId: string,
  approved: readonly EvaluationStatus[],
): Promise<Array<{ unit_name: string; pending: number }>> {
  return queryRows(
    em,
    `SELECT coalesce(u.name, '—') AS unit_name, count(*)::int AS pending
       FROM evaluation e LEFT JOIN unit u ON u.id = e.rater_unit_id
      WHERE e.period_id = $1 AND e.rater_person_id IS NOT NULL AND NOT (e.status = ANY($2::evaluation_status[]))
      GROUP BY u.name ORDER BY count(*) DESC, u.name`,
    [periodId, approved],
  );
}

/** Evaluations of a period nobody rates, but the city head's (rated outside the system): closing waits for them. */
export function unratedOf(
  em: EntityManager,
  periodId: string,
): Promise<Array<{ full_name: string; unit_name: string }>> {
  return queryRows(
    em,
    `SELECT p.full_name, u.name AS unit_name
       FROM evaluation e JOIN person p ON p.id = e.person_id JOIN unit u ON u.id = e.unit_id
      WHERE e.period_id = $1 AND e.rater_person_id IS NULL AND NOT (e.position = $2::"position" AND u.kind = $3::unit_kind)
      ORDER BY u.name, p.full_name`,
    [periodId, Position.HEAD, UnitKind.CITY],
  );
}

/** Whose evaluation and for which period, by evaluation id: "Nguyễn Văn A — Quý 4/2026" (one statement). */
export async function evaluationTitles(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await queryRows<{
    id: string;
    full_name: string;
    kind: PeriodKind;
    year: number;
    quarter: number | null;
    month: number | null;
  }>(
    em,
    `SELECT e.id, p.full_name, ep.kind, ep.year, ep.quarter, ep.month
       FROM evaluation e JOIN person p ON p.id = e.person_id JOIN evaluation_period ep ON ep.id = e.period_id
      WHERE e.id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, `${row.full_name} — ${periodName(row)}`]));
}
