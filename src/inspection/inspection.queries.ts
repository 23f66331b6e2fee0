import { In, type EntityManager } from 'typeorm';
import { appendScope, scopeSql, type Scope } from '../auth/policy.js';
import { SqlParams } from '../common/sql-params.js';
import { pagedQuery } from '../common/paged-query.js';
import type { InspectionKind, InspectionMethod, InspectionStatus } from './inspection.enums.js';
import { DisciplineDeferral } from './discipline-deferral.entity.js';
import { Finding } from './finding.entity.js';
import { Inspection } from './inspection.entity.js';

export interface InspectionListFilter {
  unitIds?: readonly string[];
  status?: InspectionStatus | null;
  kind?: InspectionKind | null;
  method?: InspectionMethod | null;
}

/** One page of the inspections the caller may see (`scope`, from the inspection policy), the latest first. */
export async function listInspections(
  em: EntityManager,
  filter: InspectionListFilter,
  scope: Scope,
  offset: number,
  limit: number,
): Promise<{ inspections: Inspection[]; total: number }> {
  const params: unknown[] = [];
  const where = [appendScope(scope, 'i', params)];
  const add = (value: unknown, clause: (p: string) => string) => {
    params.push(value);
    where.push(clause(`$${params.length}`));
  };
  if (filter.unitIds) add(filter.unitIds, (p) => `i.unit_id = ANY(${p}::uuid[])`);
  if (filter.status) add(filter.status, (p) => `i.status = ${p}::inspection_status`);
  if (filter.kind) add(filter.kind, (p) => `i.kind = ${p}::inspection_kind`);
  if (filter.method) add(filter.method, (p) => `i.method = ${p}::inspection_method`);
  const { rows, total } = await pagedQuery(
    em,
    {
      select: 'i.id',
      from: `FROM inspection i WHERE ${where.join(' AND ')}`,
      orderBy: 'i.starts_on DESC, i.id',
      params,
    },
    offset,
    limit,
  );
  const ids = rows.map((row) => row.id as string);
  const found = ids.length
    ? await em.createQueryBuilder(Inspection, 'i').where('i.id = ANY(:ids)', { ids }).getMany()
    : [];
  const byId = new Map(found.map((inspection) => [inspection.id, inspection]));
  return { inspections: ids.map((id) => byId.get(id) as Inspection), total };
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
  const rows: Array<{ id: string; full_name: string }> = await em.query(
    `SELECT c.id, p.full_name FROM discipline_case c JOIN person p ON p.id = c.person_id WHERE c.id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row.full_name]));
}
