import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { LEVEL_LABELS_VI } from '../../../src/evaluation/evaluation.enums.js';
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
  });
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

  it.each([
    ['feedbackItems', 'FeedbackWhere', 'FeedbackItem'],
    ['inspections', 'InspectionWhere', 'Inspection'],
  ])('%s: where narrows the caller’s scope and never widens it', async (list, input, resource) => {
    const QUERY = `query($where: ${input}) { ${list}(where: $where) { totalCount nodes { id } } }`;
    const { own, foreign } = rows[resource] as { own: string; foreign: string };
    const both = { or: [{ id: { equals: own } }, { id: { in: [foreign] } }] };
    const seen = async (who: string, where: unknown) => {
      const result = await t.gql(QUERY, { where }, tokens[who]);
      expect(result.errors).toBeUndefined();
      return (result.data?.[list].nodes as Array<{ id: string }>).map((node) => node.id).sort();
    };
    expect(await seen('canbo', both)).toEqual([own]);
    expect(await seen('canbo', { not: { id: { equals: own } } })).toEqual([]);
    expect(await seen('noivu', both)).toEqual([own, foreign].sort());
  });

  it('feedbackItems and initiatives: the plain filter and where together, with ranges and orderBy', async () => {
    const items = await t.gql(
      `query($where: FeedbackWhere) { feedbackItems(filter: { overdue: false }, where: $where,
        orderBy: [{ field: RECEIVED_AT, direction: DESC }]) { totalCount } }`,
      { where: { receivedAt: { onOrAfterDay: '2026-01-01' }, status: { notIn: ['CLOSED'] } } },
      tokens.noivu,
    );
    expect(items.errors).toBeUndefined();
    expect(items.data?.feedbackItems.totalCount).toBe(2);
    const initiatives = await t.gql(
      `{ initiatives(where: { title: { contains: "" }, year: { gte: 2026, lte: 2026 } },
         orderBy: [{ field: TITLE }, { field: CREATED_AT, direction: DESC }]) { totalCount nodes { id } } }`,
      {},
      tokens.canbo,
    );
    expect(initiatives.errors).toBeUndefined();
    expect(initiatives.data?.initiatives.nodes).toEqual([{ id: rows.Initiative.own }]);
  });

  it('people, periods, notifications, the audit trail and plans take where and orderBy too', async () => {
    const ask = async (query: string, who = 'noivu') => {
      const result = await t.gql(query, {}, tokens[who]);
      expect(result.errors).toBeUndefined();
      return result.data as Record<string, { totalCount: number; nodes: Array<Record<string, unknown>> }>;
    };
    const people = await ask(`{ people(where: { fullName: { contains: "${'x'}" }, staffType: { notIn: [VIEN_CHUC] } },
      orderBy: [{ field: FULL_NAME, direction: DESC }]) { totalCount } }`);
    expect(people.people.totalCount).toBe(0);
    const own = await ask(
      `{ people(where: { id: { in: ["${rows.Person.own as string}", "${rows.Person.foreign as string}"] } }) {
      nodes { id } } }`,
      'canbo',
    );
    expect(own.people.nodes).toEqual([{ id: rows.Person.own }]);
    const periods = await ask(`{ evaluationPeriods(kind: QUARTER, where: { year: { equals: 2026 }, quarter: { in: [4] },
      status: { equals: OPEN } }, orderBy: [{ field: ENDS_ON, direction: DESC }]) { totalCount nodes { id } } }`);
    expect(periods.evaluationPeriods.nodes).toEqual([{ id: ids.periodId }]);
    const inbox =
      await ask(`{ notifications(where: { read: { equals: false }, createdAt: { onOrAfterDay: "2026-01-01" } },
      orderBy: [{ field: KIND }]) { totalCount } }`);
    expect(inbox.notifications.totalCount).toBeGreaterThanOrEqual(0);
    const trail = await ask(`{ auditTrail(table: "unit", where: { action: { in: ["INSERT"] } },
      orderBy: [{ field: AT, direction: DESC }]) { totalCount } }`);
    expect(trail.auditTrail.totalCount).toBe(6);
    const plans =
      await ask(`{ reorganisationPlans(where: { title: { contains: "sap nhap" }, effectiveDate: { gte: "2027-01-01" } },
      orderBy: [{ field: TITLE }]) { nodes { id } } }`);
    expect(plans.reorganisationPlans.nodes).toEqual([{ id: rows.ReorganisationPlan.own }]);
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
    const item = rows.FeedbackItem.foreign as string;
    expect((await t.gql(NODE, { id: item }, tokens.noivu)).data?.node).toEqual({
      __typename: 'FeedbackItem',
      id: item,
    });
    expect((await t.gql(NODE, { id: item }, tokens.canbo)).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const initiative = await t.gql(NODE, { id: rows.Initiative.own }, tokens.canbo);
    expect(initiative.data?.node).toEqual({ __typename: 'Initiative', id: rows.Initiative.own });
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
    // a kind asked for ranks its units only
    const kindsRanked = async (kind: string) =>
      (
        (
          await t.gql(
            `query($periodId: ID!, $kind: UnitKind) { unitRanking(periodId: $periodId, by: SATISFACTION, kind: $kind) { unit { kind } } }`,
            { periodId: ids.periodId, kind },
            tokens.xem,
          )
        ).data?.unitRanking as Array<{ unit: { kind: string } }>
      ).map((row) => row.unit.kind);
    expect(await kindsRanked('WARD')).toEqual(['WARD', 'WARD']);
    expect(await kindsRanked('DISTRICT')).toEqual(['DISTRICT']);
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
