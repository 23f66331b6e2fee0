import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { LEVEL_LABELS_VI } from '../../../src/evaluation/evaluation-enums.js';
import { accessCity, type AccessRows } from '../../factories/access-city.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/** Issue 12, item 3: what dashboard developers expect of every list and of the API as a whole. */
describe('where, orderBy, node, enum labels, rankings and the explorer', () => {
  let t: TestApp;
  let rows: AccessRows;
  let ids: Record<string, string>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    ({ rows, ids } = await accessCity(t));
    for (const who of ['canbo', 'noivu', 'xem']) tokens[who] = await t.login(who);
  }, 120_000);
  afterAll(() => t.close());

  const UNITS = `query($where: UnitWhere, $orderBy: [UnitOrderBy!]) {
    units(where: $where, orderBy: $orderBy) { totalCount nodes { name kind } } }`;
  const unitNames = async (where: unknown, orderBy?: unknown) => {
    const result = await t.gql(UNITS, { where, orderBy }, tokens.xem);
    expect(result.errors).toBeUndefined();
    return (result.data?.units.nodes as Array<{ name: string }>).map((unit) => unit.name);
  };

  it('units: text ignoring diacritics and case, in, not, or, and a multi-column orderBy', async () => {
    expect(await unitNames({ name: { contains: 'phuong mot' } })).toEqual(['Phường Một Ma Trận']);
    expect(await unitNames({ name: { startsWith: 'SỞ' } }, [{ field: 'NAME', direction: 'DESC' }])).toEqual([
      'Sở Tư pháp Ma Trận',
      'Sở Khoa học Ma Trận',
    ]);
    expect(
      await unitNames({ kind: { in: ['WARD', 'DISTRICT'] }, not: { name: { contains: 'hai' } } }, [
        { field: 'KIND' },
        { field: 'NAME' },
      ]),
    ).toEqual(['Quận Ma Trận', 'Phường Một Ma Trận']);
    expect(
      await unitNames({ or: [{ kind: { equals: 'CITY' } }, { parentId: { equals: ids.w1 } }, { code: { in: [] } }] }),
    ).toEqual(['Thành phố Ma Trận']);
    const total = await t.gql(UNITS, { where: { parentId: { isNull: false } } }, tokens.xem);
    expect(total.data?.units.totalCount).toBe(5);
  });

  it('evaluations: where narrows the caller’s scope and never widens it', async () => {
    const QUERY = `query($where: EvaluationWhere) { evaluations(where: $where, orderBy: [{ field: PERSON_NAME }]) {
      totalCount nodes { id } } }`;
    const both = { or: [{ id: { equals: ids.ownEvaluation } }, { id: { equals: ids.foreignEvaluation } }] };
    const seen = async (who: string, where: unknown) => {
      const result = await t.gql(QUERY, { where }, tokens[who]);
      expect(result.errors).toBeUndefined();
      return (result.data?.evaluations.nodes as Array<{ id: string }>).map((node) => node.id).sort();
    };
    expect(await seen('canbo', both)).toEqual([ids.ownEvaluation]);
    expect(await seen('canbo', { not: { id: { equals: ids.ownEvaluation } } })).toEqual([]);
    expect(await seen('noivu', both)).toEqual([ids.ownEvaluation, ids.foreignEvaluation].sort());
    expect(await seen('noivu', { id: { in: ['not-an-id', ids.foreignEvaluation] } })).toEqual([ids.foreignEvaluation]);
  });

  it('keeps the statements of a list constant with a where and an orderBy', async () => {
    const count = async (where: unknown) => {
      const before = t.queries.count;
      await t.gql(`query($where: UnitWhere) { units(where: $where, orderBy: [{ field: CODE }]) { totalCount } }`, {
        where,
      });
      return t.queries.count - before;
    };
    const plain = await count(null);
    expect(await count({ and: [{ name: { contains: 'ma tran' } }, { or: [{ kind: { equals: 'WARD' } }] }] })).toBe(
      plain,
    );
  });

  it('refuses a where nested too deep', async () => {
    let where: Record<string, unknown> = { name: { contains: 'a' } };
    for (let i = 0; i < 10; i++) where = { not: where };
    const result = await t.gql(
      `query($where: UnitWhere) { units(where: $where) { totalCount } }`,
      { where },
      tokens.xem,
    );
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  const NODE = `query($id: ID!) { node(id: $id) { __typename id ... on Evaluation { status } ... on Unit { name } } }`;

  it('node(id:) answers what the type’s own query answers: the evaluation to Home Affairs, NOT_FOUND to a ward’s staff', async () => {
    const foreign = ids.foreignEvaluation;
    const officer = await t.gql(NODE, { id: foreign }, tokens.noivu);
    expect(officer.data?.node).toMatchObject({ __typename: 'Evaluation', id: foreign });
    const staff = await t.gql(NODE, { id: foreign }, tokens.canbo);
    expect(staff.data?.node).toBeNull();
    expect(staff.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const own = await t.gql(NODE, { id: ids.ownEvaluation }, tokens.canbo);
    expect(own.data?.node).toMatchObject({ __typename: 'Evaluation' });
    expect((await t.gql(NODE, { id: ids.w1 }, tokens.canbo)).data?.node).toEqual({
      __typename: 'Unit',
      id: ids.w1,
      name: 'Phường Một Ma Trận',
    });
    const person = await t.gql(NODE, { id: rows.Person.foreign }, tokens.canbo);
    expect(person.errors?.[0].extensions.code).toBe('NOT_FOUND');
    for (const id of ['nonsense', '00000000-0000-4000-8000-000000000000']) {
      expect((await t.gql(NODE, { id }, tokens.noivu)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
  });

  it('enumLabels gives the panel’s Vietnamese labels', async () => {
    const result = await t.gql(`{ enumLabels(enum: "RatingLevel") { enum value label } }`, {}, tokens.xem);
    expect(result.data?.enumLabels).toEqual(
      Object.entries(LEVEL_LABELS_VI).map(([value, label]) => ({ enum: 'RatingLevel', value, label })),
    );
    const all = await t.gql(`{ enumLabels { enum } }`, {}, tokens.xem);
    expect(new Set((all.data?.enumLabels as Array<{ enum: string }>).map((row) => row.enum))).toContain(
      'FeedbackStatus',
    );
  });

  it('rankings give equal values the same rank (SQL RANK())', async () => {
    const [w2] = await t.db.query(`SELECT id FROM unit WHERE name = 'Phường Hai Ma Trận'`);
    const [district] = await t.db.query(`SELECT id FROM unit WHERE name = 'Quận Ma Trận'`);
    await t.db.query(
      `INSERT INTO satisfaction_result (unit_id, period_id, source, sample_size, percent)
       VALUES ($1, $3, 'SIPAS', 80, 91), ($2, $3, 'SIPAS', 50, 70)`,
      [w2.id, district.id, ids.periodId],
    );
    const result = await t.gql(
      `query($periodId: ID!) { unitRanking(periodId: $periodId, by: SATISFACTION) { rank value unit { name } } }`,
      { periodId: ids.periodId },
      tokens.xem,
    );
    expect(result.data?.unitRanking).toEqual([
      { rank: 1, value: 91, unit: { name: 'Phường Một Ma Trận' } },
      { rank: 1, value: 91, unit: { name: 'Phường Hai Ma Trận' } },
      { rank: 3, value: 70, unit: { name: 'Quận Ma Trận' } },
    ]);
  });

  it('serves GraphiQL at /graphql in development, every script and style from this server', async () => {
    const page = await request(t.app).get('/graphql').set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.type).toBe('text/html');
    const assets = [...page.text.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const asset of assets) {
      expect(asset.startsWith('/graphql/')).toBe(true);
      const file = await request(t.app).get(asset);
      expect(file.status).toBe(200);
      expect(file.body.length || file.text.length).toBeGreaterThan(100);
    }
    expect(page.text).not.toMatch(/https?:\/\//);
    const json = await request(t.app).post('/graphql').send({ query: '{ __typename }' });
    expect(json.body).toEqual({ data: { __typename: 'Query' } });
  });
});
