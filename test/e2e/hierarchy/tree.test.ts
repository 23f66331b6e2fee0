import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import { UnitKind } from '../../../src/hierarchy/hierarchy.enums.js';
import { Position } from '../../../src/people/people.enums.js';
import { appoint, makeHead, makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const TREE = `query($id: ID!, $asOf: Date) {
  unit(id: $id, asOf: $asOf) { name validTo mergedInto { name } parent { name } children { name } }
}`;

async function snapshot(t: TestApp) {
  return t.db.query(`SELECT
    (SELECT count(*) FROM unit) AS units,
    (SELECT json_agg(l ORDER BY l.id) FROM unit_link l) AS links,
    (SELECT json_agg(a ORDER BY a.id) FROM appointment a) AS appointments`);
}

describe('the dated tree (R1, R2) over GraphQL', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    token = await t.login('noivu');
  });
  afterAll(() => t.close());

  it('keeps the tree of the day before a merge, and moves children to the target from the merge day', async () => {
    const district = await makeUnit(t.db, { name: 'Quận Cũ', kind: UnitKind.DISTRICT });
    const wardA = await makeUnit(t.db, { name: 'Phường A', parent: district });
    const wardB = await makeUnit(t.db, { name: 'Phường B', parent: district });
    const quarterOfA = await makeUnit(t.db, { name: 'Khu phố 1', kind: UnitKind.DIVISION, parent: wardA });
    const headOfA = await makeHead(t.db, wardA);
    const staffOfA = await makePerson(t.db, 'Nhân viên Phường A');
    await appoint(t.db, staffOfA, wardA, Position.STAFF);

    const merged = await t.gql(
      `mutation($input: MergeUnitsInput!) { mergeUnits(input: $input) { id name parent { name } children { name } } }`,
      {
        input: {
          sourceIds: [wardA.id, wardB.id],
          newTarget: { code: 'AB', name: 'Phường AB', kind: 'WARD', parentId: district.id, validFrom: '2025-01-01' },
          date: '2025-01-01',
        },
      },
      token,
    );
    expect(merged.errors).toBeUndefined();
    const target = merged.data?.mergeUnits;
    expect(target).toMatchObject({ name: 'Phường AB', parent: { name: 'Quận Cũ' }, children: [{ name: 'Khu phố 1' }] });

    const before = await t.gql(TREE, { id: district.id, asOf: '2024-12-31' }, token);
    expect(before.data?.unit.children.map((c: { name: string }) => c.name)).toEqual(['Phường A', 'Phường B']);
    const after = await t.gql(TREE, { id: district.id, asOf: '2025-01-01' }, token);
    expect(after.data?.unit.children.map((c: { name: string }) => c.name)).toEqual(['Phường AB']);

    const oldA = await t.gql(TREE, { id: wardA.id, asOf: '2024-12-31' }, token);
    expect(oldA.data?.unit).toMatchObject({
      validTo: '2025-01-01',
      mergedInto: { name: 'Phường AB' },
      children: [{ name: 'Khu phố 1' }],
    });
    const quarter = await t.gql(TREE, { id: quarterOfA.id, asOf: '2025-06-01' }, token);
    expect(quarter.data?.unit.parent).toEqual({ name: 'Phường AB' });

    const [headEnd] = await t.db.query(`SELECT valid_to FROM appointment WHERE person_id = $1`, [headOfA.id]);
    expect(headEnd.valid_to).toBe('2025-01-01');
    const staffNow = await t.db.query(
      `SELECT unit_id, valid_from FROM appointment WHERE person_id = $1 ORDER BY valid_from`,
      [staffOfA.id],
    );
    expect(staffNow.map((row: { unit_id: string }) => row.unit_id)).toEqual([wardA.id, target.id]);
  });

  it('moves a unit from a date on and keeps where it was before', async () => {
    const first = await makeUnit(t.db, { name: 'Quận Một', kind: UnitKind.DISTRICT });
    const second = await makeUnit(t.db, { name: 'Quận Hai', kind: UnitKind.DISTRICT });
    const ward = await makeUnit(t.db, { name: 'Phường Di Chuyển', parent: first });
    const moved = await t.gql(
      `mutation($id: ID!, $parentId: ID!) { moveUnit(id: $id, parentId: $parentId, from: "2025-07-01") { parent { name } } }`,
      { id: ward.id, parentId: second.id },
      token,
    );
    expect(moved.data?.moveUnit.parent).toEqual({ name: 'Quận Hai' });
    expect((await t.gql(TREE, { id: ward.id, asOf: '2025-06-30' }, token)).data?.unit.parent).toEqual({
      name: 'Quận Một',
    });
    expect((await t.gql(TREE, { id: ward.id, asOf: '2025-07-01' }, token)).data?.unit.parent).toEqual({
      name: 'Quận Hai',
    });
    const oldParent = await t.gql(TREE, { id: first.id, asOf: '2025-07-01' }, token);
    expect(oldParent.data?.unit.children).toEqual([]);
    const [log] = await t.db.query(
      `SELECT kind, effective_date, unit_ids, target_unit_id, summary FROM reorganisation WHERE $1 = ANY(unit_ids)`,
      [ward.id],
    );
    expect(log).toEqual({
      kind: 'MOVE',
      effective_date: '2025-07-01',
      unit_ids: [ward.id],
      target_unit_id: second.id,
      summary: expect.stringContaining('Chuyển Phường Di Chuyển'),
    });
  });

  it('refuses to move a unit under its own descendant, and changes nothing', async () => {
    const top = await makeUnit(t.db, { name: 'Cấp trên', kind: UnitKind.DISTRICT });
    const middle = await makeUnit(t.db, { name: 'Cấp giữa', parent: top });
    const bottom = await makeUnit(t.db, { name: 'Cấp dưới', kind: UnitKind.DIVISION, parent: middle });
    const before = await snapshot(t);
    const result = await t.gql(
      `mutation($id: ID!, $parentId: ID!) { moveUnit(id: $id, parentId: $parentId, from: "2025-01-01") { id } }`,
      { id: top.id, parentId: bottom.id },
      token,
    );
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'parentId' })]);
    expect(await snapshot(t)).toEqual(before);
  });

  it('refuses a code already used by a unit valid on the same days (CONFLICT), and allows it once that unit closed', async () => {
    const parent = await makeUnit(t.db, { name: 'Quận Mã', kind: UnitKind.DISTRICT });
    await makeUnit(t.db, { code: 'DUP-1', parent });
    const create = (validFrom: string) =>
      t.gql(
        `mutation($input: CreateUnitInput!) { createUnit(input: $input) { code validFrom } }`,
        { input: { code: 'DUP-1', name: 'Phường Trùng Mã', kind: 'WARD', parentId: parent.id, validFrom } },
        token,
      );
    const before = await snapshot(t);
    const duplicate = await create('2024-01-01');
    expect(duplicate.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(duplicate.errors?.[0].message).toContain('Mã đơn vị');
    expect(await snapshot(t)).toEqual(before);

    await t.db.query(`UPDATE unit SET valid_to = '2025-01-01' WHERE code = 'DUP-1'`);
    const reused = await create('2025-01-01');
    expect(reused.errors).toBeUndefined();
    expect(reused.data?.createUnit).toEqual({ code: 'DUP-1', validFrom: '2025-01-01' });
  });

  it('lists a unit in a unit(code) lookup only on the days it is valid', async () => {
    await makeUnit(t.db, { code: 'LATE', name: 'Phường Mới Lập', validFrom: '2025-07-01' });
    const early = await t.gql(`{ unit(code: "LATE", asOf: "2025-06-30") { name } }`, {}, token);
    expect(early.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const later = await t.gql(`{ unit(code: "LATE", asOf: "2025-07-01") { name } }`, {}, token);
    expect(later.data?.unit).toEqual({ name: 'Phường Mới Lập' });
  });

  it('a page of units answers parent and head as each unit read alone does (R1, R4), on any day', async () => {
    const city = await makeUnit(t.db, { name: 'TP Trang', kind: UnitKind.CITY });
    const district = await makeUnit(t.db, { name: 'Quận Trang', kind: UnitKind.DISTRICT, parent: city });
    const both = await makeUnit(t.db, { name: 'Phường Trang Hai Thủ trưởng', parent: district });
    const actingOnly = await makeUnit(t.db, { name: 'Phường Trang Quyền', parent: district });
    const headless = await makeUnit(t.db, { name: 'Phường Trang Trống', parent: district });
    await makeHead(t.db, city);
    await appoint(t.db, await makePerson(t.db, 'Trưởng chính thức'), both, Position.HEAD, { from: '2025-01-01' });
    await appoint(t.db, await makePerson(t.db, 'Quyền trưởng'), both, Position.HEAD, { acting: true });
    await makeHead(t.db, actingOnly, { acting: true });
    await makeHead(t.db, headless, { to: '2024-06-01' });
    const UNITS = `query($asOf: Date) { units(first: 500, asOf: $asOf, filter: { search: "Trang" }) {
      nodes { id name parent { name } head { fullName } headWarning } } }`;
    const ONE = `query($id: ID!, $asOf: Date) { unit(id: $id, asOf: $asOf) { id name parent { name } head { fullName } headWarning } }`;
    for (const [asOf, headOfBoth] of [
      ['2024-03-01', 'Quyền trưởng'],
      ['2026-03-01', 'Trưởng chính thức'],
    ] as const) {
      const page = (await t.gql(UNITS, { asOf }, token)).data?.units.nodes as Array<{ id: string; head: unknown }>;
      expect(page).toHaveLength(5);
      expect(page).toContainEqual(expect.objectContaining({ head: { fullName: headOfBoth } }));
      const alone = await Promise.all(
        page.map(async ({ id }) => (await t.gql(ONE, { id, asOf }, token)).data?.unit as unknown),
      );
      expect(page).toEqual(alone);
    }
    const today = (await t.gql(UNITS, {}, token)).data?.units.nodes as Array<{ name: string; head: unknown }>;
    expect(Object.fromEntries(today.map((unit) => [unit.name, unit.head]))).toEqual({
      'TP Trang': { fullName: 'Thủ trưởng TP Trang' },
      'Quận Trang': null,
      'Phường Trang Hai Thủ trưởng': { fullName: 'Trưởng chính thức' },
      'Phường Trang Quyền': { fullName: 'Thủ trưởng Phường Trang Quyền' },
      'Phường Trang Trống': null,
    });
  });
});
