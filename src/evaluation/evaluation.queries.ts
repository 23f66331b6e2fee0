import { In, type EntityManager } from 'typeorm';
import { appendScope, type Scope } from '../auth/policy.js';
import { pagedQuery } from '../common/paged-query.js';
import { appendWhere, orderBySql, type OrderBy, type WhereColumns } from '../common/where.js';
import {
  EvaluationOrderField,
  EvaluationPeriodOrderField,
  type EvaluationPeriodWhere,
  type EvaluationWhere,
} from './evaluation.inputs.js';
import { EvaluationEvent } from './evaluation-event.entity.js';
import { Evaluation } from './evaluation.entity.js';
import type { EvaluationStatus, PeriodKind, RatingLevel } from './evaluation.enums.js';
import { EvaluationPeriod } from './evaluation-period.entity.js';
import { Position } from '../people/people.enums.js';
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

/** The columns of `evaluations(where:)`, on `e` (the evaluation) and `p` (its person). */
export const EVALUATION_WHERE_COLUMNS: WhereColumns<EvaluationWhere> = {
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
};

/** The columns of `evaluations(orderBy:)`. */
export const EVALUATION_ORDER_COLUMNS: Record<EvaluationOrderField, string> = {
  [EvaluationOrderField.PERSON_NAME]: 'p.full_name',
  [EvaluationOrderField.SCORE]: 'e.score',
  [EvaluationOrderField.LEVEL]: 'e.level',
  [EvaluationOrderField.STATUS]: 'e.status',
  [EvaluationOrderField.UPDATED_AT]: 'e.updated_at',
};

export async function listEvaluations(
  em: EntityManager,
  filter: EvaluationListFilter,
  /** The rows the caller may see (R32), from the evaluation policy. */
  scope: Scope,
  offset: number,
  limit: number,
): Promise<{ evaluations: Evaluation[]; total: number }> {
  const params: unknown[] = [];
  const where: string[] = ['TRUE'];
  const add = (value: unknown, clause: (p: string) => string) => {
    params.push(value);
    where.push(clause(`$${params.length}`));
  };
  if (filter.periodId) add(filter.periodId, (p) => `e.period_id = ${p}::uuid`);
  if (filter.unitIds) add(filter.unitIds, (p) => `e.unit_id = ANY(${p}::uuid[])`);
  if (filter.personId) add(filter.personId, (p) => `e.person_id = ${p}::uuid`);
  if (filter.raterId) add(filter.raterId, (p) => `e.rater_person_id = ${p}::uuid`);
  if (filter.status) add(filter.status, (p) => `e.status = ${p}::evaluation_status`);
  if (filter.level) add(filter.level, (p) => `e.level = ${p}::rating_level`);
  where.push(appendWhere(filter.where, EVALUATION_WHERE_COLUMNS, params));
  where.push(appendScope(scope, 'e', params));
  const { rows, total } = await pagedQuery(
    em,
    {
      select: 'e.id',
      from: `FROM evaluation e JOIN person p ON p.id = e.person_id WHERE ${where.join(' AND ')}`,
      orderBy: orderBySql(filter.orderBy, EVALUATION_ORDER_COLUMNS, 'p.full_name, e.id', 'e.id'),
      params,
    },
    offset,
    limit,
  );
  const ids = rows.map((row) => row.id as string);
  const found =
    ids.length > 0 ? await em.createQueryBuilder(Evaluation, 'e').where('e.id = ANY(:ids)', { ids }).getMany() : [];
  const byId = new Map(found.map((evaluation) => [evaluation.id, evaluation]));
  return { evaluations: ids.map((id) => byId.get(id) as Evaluation), total };
}

export async function historyOf(
  em: EntityManager,
  evaluationIds: readonly string[],
): Promise<Map<string, Array<EvaluationEvent & { username: string | null }>>> {
  const rows: Array<EvaluationEvent & { username: string | null }> = await em
    .createQueryBuilder(EvaluationEvent, 'ev')
    .leftJoin('app_user', 'u', 'u.id = ev.actor_user_id')
    .addSelect('u.username', 'username')
    .where('ev.evaluation_id = ANY(:ids)', { ids: evaluationIds })
    .orderBy('ev.at', 'ASC')
    .getRawAndEntities()
    .then(({ entities, raw }) =>
      entities.map((entity, i) => Object.assign(entity, { username: raw[i].username as string | null })),
    );
  const byEvaluation = new Map<string, Array<EvaluationEvent & { username: string | null }>>();
  for (const row of rows) byEvaluation.set(row.evaluationId, [...(byEvaluation.get(row.evaluationId) ?? []), row]);
  return byEvaluation;
}

/** The columns of `evaluationPeriods(where:)` on `ep`. */
export const PERIOD_WHERE_COLUMNS: WhereColumns<EvaluationPeriodWhere> = {
  id: { sql: 'ep.id', kind: 'id' },
  kind: { sql: 'ep.kind', kind: 'enum', pgType: 'period_kind' },
  status: { sql: 'ep.status', kind: 'enum', pgType: 'period_status' },
  year: { sql: 'ep.year', kind: 'int' },
  quarter: { sql: 'ep.quarter', kind: 'int' },
  startsOn: { sql: 'ep.starts_on', kind: 'date' },
  endsOn: { sql: 'ep.ends_on', kind: 'date' },
};

/** The columns of `evaluationPeriods(orderBy:)`. */
export const PERIOD_ORDER_COLUMNS: Record<EvaluationPeriodOrderField, string> = {
  [EvaluationPeriodOrderField.STARTS_ON]: 'ep.starts_on',
  [EvaluationPeriodOrderField.ENDS_ON]: 'ep.ends_on',
  [EvaluationPeriodOrderField.KIND]: 'ep.kind',
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
  const params: unknown[] = [];
  const where = [
    appendWhere({ kind: { equals: filter.kind } }, PERIOD_WHERE_COLUMNS, params),
    appendWhere(filter.where, PERIOD_WHERE_COLUMNS, params),
  ];
  const { rows, total } = await pagedQuery(
    em,
    {
      select: 'ep.id',
      from: `FROM evaluation_period ep WHERE ${where.join(' AND ')}`,
      orderBy: orderBySql(filter.orderBy, PERIOD_ORDER_COLUMNS, 'ep.starts_on DESC, ep.kind, ep.id', 'ep.id'),
      params,
    },
    offset,
    limit,
  );
  const ids = rows.map((row) => row.id as string);
  const found = ids.length > 0 ? await em.findBy(EvaluationPeriod, { id: In(ids) }) : [];
  const byId = new Map(found.map((period) => [period.id, period]));
  return { periods: ids.map((id) => byId.get(id) as EvaluationPeriod), total };
}

export function evaluationById(em: EntityManager, id: string): Promise<Evaluation> {
  return em.findOneByOrFail(Evaluation, { id });
}

/** The evaluation of the head of a unit in a period, if any. */
export function headEvaluationOf(em: EntityManager, unitId: string, periodId: string): Promise<Evaluation | null> {
  return em.findOne(Evaluation, { where: { periodId, unitId, position: Position.HEAD } });
}

/** Levels of the evaluations past DRAFT in a set of units. */
export function levelCountsOf(
  em: EntityManager,
  periodId: string,
  unitIds: readonly string[],
): Promise<Array<{ level: RatingLevel; count: number }>> {
  return em.query(
    `SELECT level, count(*)::int AS count FROM evaluation
      WHERE period_id = $1 AND unit_id = ANY($2::uuid[]) AND level IS NOT NULL AND status <> 'DRAFT' GROUP BY level`,
    [periodId, unitIds],
  );
}

/** Whose evaluation and for which period, by evaluation id: "Nguyễn Văn A — Quý 4/2026" (one statement). */
export async function evaluationTitles(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const rows: Array<{
    id: string;
    full_name: string;
    kind: PeriodKind;
    year: number;
    quarter: number | null;
    month: number | null;
  }> = await em.query(
    `SELECT e.id, p.full_name, ep.kind, ep.year, ep.quarter, ep.month
       FROM evaluation e JOIN person p ON p.id = e.person_id JOIN evaluation_period ep ON ep.id = e.period_id
      WHERE e.id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, `${row.full_name} — ${periodName(row)}`]));
}
