import { In, type EntityManager } from 'typeorm';
import { scopeSql, type Scope } from '../auth/policy.js';
import { SqlParams } from '../common/sql-params.js';
import { listSql, pagedEntities, type ListSource } from '../common/paged-query.js';
import { queryOne, queryRows } from '../common/queries.js';
import {
  FindingStatus,
  type InspectionKind,
  type InspectionMethod,
  type InspectionStatus,
} from './inspection.enums.js';
import type { OrderBy } from '../common/where.js';
import { InspectionOrderField, type InspectionWhere } from './inspection.inputs.js';
import { DisciplineDeferral } from './discipline-deferral.entity.js';
import { Finding } from './finding.entity.js';
import { Inspection } from './inspection.entity.js';

export interface InspectionListFilter {
  unitIds?: readonly string[];
  status?: InspectionStatus | null;
  kind?: InspectionKind | null;
  method?: InspectionMethod | null;
  where?: InspectionWhere | null;
  orderBy?: ReadonlyArray<OrderBy<InspectionOrderField>> | null;
}

/** `inspections` on `i`. */
export const INSPECTIONS: ListSource<InspectionWhere, InspectionOrderField> = {
  from: 'inspection i',
  alias: 'i',
  where: {
    id: { sql: 'i.id', kind: 'id' },
    kind: { sql: 'i.kind', kind: 'enum', pgType: 'inspection_kind' },
    method: { sql: 'i.method', kind: 'enum', pgType: 'inspection_method' },
    status: { sql: 'i.status', kind: 'enum', pgType: 'inspection_status' },
    unitId: { sql: 'i.unit_id', kind: 'id' },
    startsOn: { sql: 'i.starts_on', kind: 'date' },
    endsOn: { sql: 'i.ends_on', kind: 'date' },
    concludedAt: { sql: 'i.concluded_at', kind: 'datetime' },
  },
  orderBy: {
    [InspectionOrderField.STARTS_ON]: 'i.starts_on',
    [InspectionOrderField.CONCLUDED_AT]: 'i.concluded_at',
    [InspectionOrderField.STATUS]: 'i.status',
    [InspectionOrderField.KIND]: 'i.kind',
  },
  defaultOrder: 'i.starts_on DESC',
};

/** One page of the inspections the caller may see (`scope`, from the inspection policy), the latest first. */
export async function listInspections(
  em: EntityManager,
  filter: InspectionListFilter,
  scope: Scope,
  offset: number,
  limit: number,
): Promise<{ inspections: Inspection[]; total: number }> {
  const params = new SqlParams();
  const where = [scopeSql(scope, 'i', params)];
  if (filter.unitIds) where.push(`i.unit_id = ANY(${params.add(filter.unitIds)}::uuid[])`);
  if (filter.status) where.push(`i.status = ${params.add(filter.status)}::inspection_status`);
  if (filter.kind) where.push(`i.kind = ${params.add(filter.kind)}::inspection_kind`);
  if (filter.method) where.push(`i.method = ${params.add(filter.method)}::inspection_method`);
  const sql = listSql(INSPECTIONS, where, params, filter);
  const { rows: inspections, total } = await pagedEntities(em, Inspection, sql, offset, limit);
  return { inspections, total };
}

/** An inspection's findings the caller may see (`scope`, from the findings policy), by due date: one statement. */
export function findingsOf(em: EntityManager, inspectionId: string, scope: Scope): Promise<Finding[]> {
  const params = new SqlParams('named');
  return em
    .createQueryBuilder(Finding, 'f')
    .where('f.inspection_id = :inspectionId', { inspectionId })
    .andWhere(scopeSql(scope, 'f', params), params.named())
    .orderBy('f.due_date', 'ASC')
    .addOrderBy('f.id', 'ASC')
    .getMany();
}

/** The deferrals of discipline cases (R26: the decision clock pauses while deferred). */
export function deferralsOf(em: EntityManager, caseIds: readonly string[]): Promise<DisciplineDeferral[]> {
  return caseIds.length > 0
    ? em.find(DisciplineDeferral, { where: { caseId: In([...caseIds]) } })
    : Promise.resolve([]);
}

/** The name of the person each discipline case concerns, by case id (one statement). */
export async function disciplineCasePersons(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await queryRows<{ id: string; fullName: string }>(
    em,
    `SELECT c.id, p.full_name AS "fullName" FROM discipline_case c JOIN person p ON p.id = c.person_id
      WHERE c.id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row.fullName]));
}

/** How many of an inspection's findings are not verified yet: at none, the inspection is VERIFIED. */
export async function unverifiedFindings(em: EntityManager, inspectionId: string): Promise<number> {
  const row = await queryOne<{ pending: number }>(
    em,
    `SELECT count(*)::int AS pending FROM finding WHERE inspection_id = $1 AND status <> $2`,
    [inspectionId, FindingStatus.VERIFIED],
  );
  return row?.pending ?? 0;
}
