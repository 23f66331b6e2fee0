import type { EntityManager } from 'typeorm';
import { appendScope, scopeSql, type Scope } from '../auth/policy.js';
import { listSql, pagedQuery, type ListSource } from '../common/paged-query.js';
import { likeLiteralFolded, type OrderBy } from '../common/where.js';
import { PersonOrderField, type PersonWhere } from './people.inputs.js';
import { queryRows } from '../common/queries.js';
import { SqlParams } from '../common/sql-params.js';
import { VALID_ON } from '../common/validity.js';
import { Position } from './people.enums.js';
import { Appointment } from './appointment.entity.js';
import { Person } from './person.entity.js';
import { chooseHead } from './people.rules.js';

/** Read rows become entities by plain assignment, not TypeORM's metadata-driven `create` (per row of a page). */
function appointmentFromRow(row: Record<string, unknown>): Appointment {
  return Object.assign(new Appointment(), {
    id: row.id as string,
    personId: row.person_id as string,
    unitId: row.unit_id as string,
    position: row.position as Appointment['position'],
    acting: row.acting as boolean,
    validity: { validFrom: row.valid_from as string, validTo: (row.valid_to as string | null) ?? null },
  });
}

function personFromRow(row: Record<string, unknown>): Person {
  return Object.assign(new Person(), {
    id: row.p_id as string,
    fullName: row.full_name as string,
    staffType: row.staff_type as Person['staffType'],
  });
}

/** R4 for many units at once: each unit's head on `asOf` with the appointment that makes them head. */
export async function headsOn(
  em: EntityManager,
  unitIds: readonly string[],
  asOf: string,
): Promise<Map<string, { person: Person; appointment: Appointment }>> {
  const rows = await queryRows<Record<string, unknown>>(
    em,
    `SELECT a.*, p.id AS p_id, p.full_name, p.staff_type
       FROM appointment a JOIN person p ON p.id = a.person_id
      WHERE a.unit_id = ANY($1::uuid[]) AND a.position = $3::"position" AND ${VALID_ON('a')}`,
    [unitIds, asOf, Position.HEAD],
  );
  const byUnit = new Map<string, Array<{ person: Person; appointment: Appointment }>>();
  for (const row of rows) {
    const list = byUnit.get(row.unit_id as string) ?? [];
    list.push({ person: personFromRow(row), appointment: appointmentFromRow(row) });
    byUnit.set(row.unit_id as string, list);
  }
  const heads = new Map<string, { person: Person; appointment: Appointment }>();
  for (const [unitId, candidates] of byUnit) {
    const chosen = chooseHead(candidates.map((c) => c.appointment));
    const match = candidates.find((c) => c.appointment === chosen);
    if (match) heads.set(unitId, match);
  }
  return heads;
}

/** Each person's appointments valid on `asOf`. */
export async function appointmentsOn(
  em: EntityManager,
  personIds: readonly string[],
  asOf: string,
): Promise<Map<string, Appointment[]>> {
  const rows = await queryRows<Record<string, unknown>>(
    em,
    `SELECT a.* FROM appointment a WHERE a.person_id = ANY($1::uuid[]) AND ${VALID_ON('a')}`,
    [personIds, asOf],
  );
  const byPerson = new Map<string, Appointment[]>();
  for (const row of rows) {
    const list = byPerson.get(row.person_id as string) ?? [];
    list.push(appointmentFromRow(row));
    byPerson.set(row.person_id as string, list);
  }
  return byPerson;
}

/** The units a person is appointed in on a day (any position): who may act for a unit's items. */
export async function unitsOfPersonOn(
  em: EntityManager,
  personId: string | null | undefined,
  asOf: string,
): Promise<string[]> {
  if (!personId) return [];
  return ((await appointmentsOn(em, [personId], asOf)).get(personId) ?? []).map((appointment) => appointment.unitId);
}

export interface PeopleListFilter {
  unitIds?: string[];
  staffType?: Person['staffType'];
  search?: string;
  where?: PersonWhere;
  orderBy?: ReadonlyArray<OrderBy<PersonOrderField>>;
}

/** `people` on `p`. */
export const PEOPLE: ListSource<PersonWhere, PersonOrderField> = {
  select: 'p.id AS p_id, p.full_name, p.staff_type',
  from: 'person p',
  alias: 'p',
  where: {
    id: { sql: 'p.id', kind: 'id' },
    fullName: { sql: 'p.full_name', kind: 'string' },
    staffType: { sql: 'p.staff_type', kind: 'enum', pgType: 'staff_type' },
  },
  orderBy: {
    [PersonOrderField.FULL_NAME]: 'p.full_name',
    [PersonOrderField.STAFF_TYPE]: 'p.staff_type',
  },
  defaultOrder: 'p.full_name',
};

/** One page of the people the caller may see (`scope`, from the people policy), by name, with the total; archived people are left out. */
export async function listPeople(
  em: EntityManager,
  filter: PeopleListFilter,
  scope: Scope,
  asOf: string,
  offset: number,
  limit: number,
): Promise<{ people: Person[]; total: number }> {
  const params = new SqlParams();
  const where: string[] = [scopeSql(scope, 'p', params), 'p.archived_at IS NULL'];
  if (filter.unitIds) {
    const day = params.add(asOf);
    where.push(
      `EXISTS (SELECT 1 FROM appointment a WHERE a.person_id = p.id AND a.unit_id = ANY(${params.add(filter.unitIds)}::uuid[])
               AND a.valid_from <= ${day}::date AND (a.valid_to IS NULL OR a.valid_to > ${day}::date))`,
    );
  }
  if (filter.staffType) where.push(`p.staff_type = ${params.add(filter.staffType)}::staff_type`);
  const search = filter.search?.trim();
  if (search) where.push(`congvu_fold(p.full_name) LIKE '%' || ${likeLiteralFolded(params.add(search))} || '%'`);
  const { rows, total } = await pagedQuery(em, listSql(PEOPLE, where, params, filter), offset, limit);
  return { people: rows.map(personFromRow), total };
}

/** Which of these people the caller may see (`scope`, from the people policy). */
export async function visiblePeople(em: EntityManager, ids: readonly string[], scope: Scope): Promise<Set<string>> {
  const params: unknown[] = [ids];
  const rows = await queryRows<{ id: string }>(
    em,
    `SELECT p.id FROM person p WHERE p.id = ANY($1::uuid[]) AND ${appendScope(scope, 'p', params)}`,
    params,
  );
  return new Set(rows.map((row) => row.id));
}
