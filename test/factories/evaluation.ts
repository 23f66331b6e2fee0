import type { DataSource } from 'typeorm';
import { Role } from '../../src/auth/auth.enums.js';
import { UnitKind } from '../../src/hierarchy/hierarchy.enums.js';
import type { Unit } from '../../src/hierarchy/unit.entity.js';
import { Position, StaffType } from '../../src/people/people.enums.js';
import type { Person } from '../../src/people/person.entity.js';
import type { TestApp } from '../support/test-app.js';
import { appoint, makePerson, makeUnit, makeUser } from './scenario.js';

export interface Org {
  city: Unit;
  district: Unit;
  wards: Unit[];
  people: Record<'chutich' | 'binhtan' | 'bhha' | 'ward2' | 'ward3' | 'canbo', Person>;
  tokens: Record<'noivu' | 'chutich' | 'binhtan' | 'bhha' | 'ward2' | 'ward3' | 'canbo' | 'xem', string>;
}

async function person(db: DataSource, name: string, unit: Unit, position: Position, staffType = StaffType.CONG_CHUC) {
  const p = await makePerson(db, name, staffType);
  await appoint(db, p, unit, position, { from: '2024-01-01' });
  return p;
}

/**
 * The demo's rating chain in miniature: the city head (chutich) rates the district head (binhtan), who rates
 * the ward heads (bhha, ward2, ward3), who rate their staff (canbo in bhha's ward).
 */
export async function rankedCity(t: TestApp): Promise<Org> {
  const { db } = t;
  const city = await makeUnit(db, { name: 'Thành phố Hồ Chí Minh', kind: UnitKind.CITY });
  const district = await makeUnit(db, { name: 'Quận Bình Tân', kind: UnitKind.DISTRICT, parent: city });
  const wards = [
    await makeUnit(db, { name: 'Phường Bình Hưng Hoà A', parent: district }),
    await makeUnit(db, { name: 'Phường Bình Trị Đông', parent: district }),
    await makeUnit(db, { name: 'Phường An Lạc', parent: district }),
  ];
  const people = {
    chutich: await person(db, 'Chủ Tịch Thành Phố', city, Position.HEAD, StaffType.CAN_BO),
    binhtan: await person(db, 'Chủ Tịch Bình Tân', district, Position.HEAD, StaffType.CAN_BO),
    bhha: await person(db, 'Chủ Tịch Bình Hưng Hoà A', wards[0], Position.HEAD, StaffType.CAN_BO),
    ward2: await person(db, 'Chủ Tịch Bình Trị Đông', wards[1], Position.HEAD, StaffType.CAN_BO),
    ward3: await person(db, 'Chủ Tịch An Lạc', wards[2], Position.HEAD, StaffType.CAN_BO),
    canbo: await person(db, 'Công Chức Địa Chính', wards[0], Position.STAFF),
  };
  await makeUser(db, 'noivu', [Role.HOME_AFFAIRS]);
  await makeUser(db, 'xem', [Role.VIEWER]);
  await makeUser(db, 'chutich', [Role.CITY_LEADER], people.chutich);
  for (const name of ['binhtan', 'bhha', 'ward2', 'ward3', 'canbo'] as const)
    await makeUser(db, name, [], people[name]);
  const tokens = {} as Org['tokens'];
  for (const name of ['noivu', 'xem', 'chutich', 'binhtan', 'bhha', 'ward2', 'ward3', 'canbo'] as const)
    tokens[name] = await t.login(name);
  return { city, district, wards, people, tokens };
}

export const OPEN = `mutation($input: OpenPeriodInput!) { openEvaluationPeriod(input: $input) { id name startsOn endsOn deadline status } }`;
export const SELF = `mutation($input: SelfAssessInput!) { selfAssess(input: $input) { id status version selfScore } }`;
export const RATE = `mutation($input: RateEvaluationInput!) { rateEvaluation(input: $input) { id status version score computedLevel level explanation } }`;
export const APPROVE = `mutation($id: ID!, $version: Int!) { approveEvaluation(id: $id, version: $version) { id status version level } }`;

export async function evaluationOf(
  t: TestApp,
  periodId: string,
  personId: string,
): Promise<{ id: string; version: number }> {
  const [row] = await t.db.query(`SELECT id, version FROM evaluation WHERE period_id = $1 AND person_id = $2`, [
    periodId,
    personId,
  ]);
  if (!row) throw new Error(`no evaluation for ${personId}`);
  return row;
}

/** Self-assess, rate and (optionally) approve one evaluation over GraphQL; returns the last answer's evaluation. */
export async function rateThrough(
  t: TestApp,
  periodId: string,
  person: Person,
  tokens: { self: string; rater: string },
  parts: Record<string, unknown>,
  options: { approve?: boolean; level?: string; reason?: string; selfParts?: Record<string, unknown> } = {},
) {
  const { id } = await evaluationOf(t, periodId, person.id);
  const self = await t.gql(
    SELF,
    { input: { evaluationId: id, parts: options.selfParts ?? parts, narrative: 'Tự nhận xét' } },
    tokens.self,
  );
  if (self.errors) throw new Error(`selfAssess: ${JSON.stringify(self.errors)}`);
  const rated = await t.gql(
    RATE,
    {
      input: {
        evaluationId: id,
        version: self.data?.selfAssess.version,
        parts,
        comment: 'Nhận xét của cấp trên',
        level: options.level,
        reason: options.reason,
      },
    },
    tokens.rater,
  );
  if (rated.errors) throw new Error(`rateEvaluation: ${JSON.stringify(rated.errors)}`);
  if (!options.approve) return rated.data?.rateEvaluation;
  const approved = await t.gql(APPROVE, { id, version: rated.data?.rateEvaluation.version }, tokens.rater);
  if (approved.errors) throw new Error(`approveEvaluation: ${JSON.stringify(approved.errors)}`);
  return { ...rated.data?.rateEvaluation, ...approved.data?.approveEvaluation };
}

/**
 * A group already rated and waiting for approval: people appointed in `unit`, each with a REVIEWED evaluation
 * of the given level, rated by `rater` (the head of `unit`). State for quota tests; the approvals go through
 * the API.
 */
export async function reviewedGroup(
  t: TestApp,
  periodId: string,
  unit: Unit,
  rater: Person,
  levels: Array<'EXCELLENT' | 'GOOD' | 'COMPLETED' | 'NOT_COMPLETED'>,
): Promise<string[]> {
  const ids: string[] = [];
  for (const [index, level] of levels.entries()) {
    const person = await makePerson(t.db, `Công chức ${unit.name} ${level} ${index + 1}`);
    await appoint(t.db, person, unit, Position.STAFF, { from: '2024-01-01' });
    const [row] = await t.db.query(
      `INSERT INTO evaluation (period_id, person_id, unit_id, position, staff_type, rule_set, rater_person_id, rater_unit_id, status, level, computed_level, score, version)
       VALUES ($1, $2, $3, 'STAFF', 'CONG_CHUC', 'ND335', $4, $3, 'REVIEWED', $5, $5, 90, 3) RETURNING id`,
      [periodId, person.id, unit.id, rater.id, level],
    );
    ids.push(row.id);
  }
  return ids;
}
