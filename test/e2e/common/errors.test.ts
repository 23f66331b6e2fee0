import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import { makeUnit, makeUser } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

describe('bad input gets a clear error and changes nothing', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    token = await t.login('noivu');
    for (let i = 0; i < 3; i += 1) await makeUnit(t.db);
  });
  afterAll(() => t.close());

  it.each([
    ['malformed', 'not-an-id'],
    ['unknown', '00000000-0000-4000-8000-000000000000'],
  ])('a %s id answers NOT_FOUND', async (_kind, id) => {
    const unit = await t.gql(`query($id: ID!) { unit(id: $id) { name } }`, { id }, token);
    expect(unit.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const person = await t.gql(`query($id: ID!) { person(id: $id) { fullName } }`, { id }, token);
    expect(person.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const appointment = await t.gql(
      `mutation($id: ID!) { endAppointment(id: $id, to: "2026-01-01") { to } }`,
      { id },
      token,
    );
    expect(appointment.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('a value PostgreSQL cannot store (a NUL character) answers BAD_USER_INPUT and writes nothing', async () => {
    const [{ before }] = await t.db.query(`SELECT count(*)::int AS before FROM unit`);
    const result = await t.gql(
      `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`,
      { input: { code: 'NUL1', name: 'Phường có\u0000', typeVi: '\u0000', kind: 'WARD', validFrom: '2026-01-01' } },
      token,
    );
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const [{ after }] = await t.db.query(`SELECT count(*)::int AS after FROM unit`);
    expect(after).toBe(before);
  });

  it('an invalid field answers BAD_USER_INPUT naming it, in Vietnamese with English beside', async () => {
    const result = await t.gql(
      `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`,
      { input: { code: 'có dấu cách', name: '', kind: 'WARD', validFrom: '2026-01-01' } },
      token,
    );
    const error = result.errors?.[0];
    expect(error?.extensions.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions.fields.map((f: { field: string }) => f.field).sort()).toEqual(['code', 'name']);
    expect(error?.message).toMatch(/^Dữ liệu không hợp lệ/);
    expect(error?.extensions.messageEn).toBeTruthy();
  });

  it('a malformed date or an unknown enum value answers BAD_USER_INPUT naming the field', async () => {
    const result = await t.gql(
      `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`,
      { input: { code: 'X1', name: 'Phường X', kind: 'WARD', validFrom: '2026-02-30' } },
      token,
    );
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields[0].field).toBe('input.validFrom');
    const badKind = await t.gql(
      `query($kind: UnitKind) { units(filter: { kind: $kind }) { totalCount } }`,
      { kind: 'PLANET' },
      token,
    );
    expect(badKind.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('pages: first over 500 answers BAD_USER_INPUT; cursors page through the list', async () => {
    const huge = await t.gql(`{ units(first: 100000) { totalCount } }`, {}, token);
    expect(huge.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(huge.errors?.[0].extensions.fields).toEqual([expect.objectContaining({ field: 'first' })]);

    const PAGE = `query($after: String) { units(first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const first = (await t.gql(PAGE, {}, token)).data?.units;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await t.gql(PAGE, { after: first.pageInfo.endCursor }, token)).data?.units;
    expect(second.nodes).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.nodes[0].id).not.toBe(first.nodes[0].id);
    expect((await t.gql(PAGE, { after: 'garbage' }, token)).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('an unexpected failure reaches the client as a generic message, never SQL', async () => {
    await t.db.query(`ALTER TABLE unit_link RENAME TO unit_link_away`);
    try {
      const result = await t.gql(`{ units(first: 1) { nodes { parent { name } } } }`, {}, token);
      expect(result.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(result.errors)).not.toMatch(/unit_link|relation|SELECT/);
    } finally {
      await t.db.query(`ALTER TABLE unit_link_away RENAME TO unit_link`);
    }
  });
});

describe('abusive documents are refused before any SQL', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t.db, 'xem', [Role.VIEWER]);
    token = await t.login('xem');
  });
  afterAll(() => t.close());

  it('refuses a query nested too deep', async () => {
    const deep = `{ units { nodes { ${'children { '.repeat(12)}name${' }'.repeat(12)} } } }`;
    const before = t.queries.count;
    const result = await t.gql(deep, {}, token);
    expect(result.errors?.[0].extensions.code).toBe('QUERY_TOO_DEEP');
    expect(t.queries.count - before).toBe(1);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { username }`).join(' ');
    const result = await t.gql(`{ ${aliases} }`, {}, token);
    expect(result.errors?.[0].extensions.code).toBe('TOO_MANY_ALIASES');
  });
});
