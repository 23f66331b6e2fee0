import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import { PeriodKind } from '../../../src/evaluation/evaluation.enums.js';
import { UnitKind } from '../../../src/hierarchy/hierarchy.enums.js';
import { Position } from '../../../src/people/people.enums.js';
import { feedbackRecord } from '../../factories/feedback.js';
import { appoint, makeHead, makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/** "No N+1": SQL statements per request stay the same as the page and the city grow. */
describe('SQL statements per request', () => {
  let t: TestApp;
  let token: string;
  let cityId: string;
  let districtId: string;
  let periodId: string;

  /** A ward with a head, two staff and a 1022 record. */
  async function addWard(parentId: string, n: number): Promise<void> {
    const ward = await makeUnit(t.db, { name: `Phường ${n}`, parent: { id: parentId } as never });
    await makeHead(t.db, ward);
    for (let i = 0; i < 2; i += 1) await appoint(t.db, await makePerson(t.db), ward, Position.STAFF);
    await feedbackRecord(t, ward.id, { onTime: 2, overdue: 1 });
  }

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-10-02T09:00:00+07:00') });
    const city = await makeUnit(t.db, { name: 'Thành phố', kind: UnitKind.CITY });
    const district = await makeUnit(t.db, { name: 'Quận', kind: UnitKind.DISTRICT, parent: city });
    cityId = city.id;
    districtId = district.id;
    for (let n = 1; n <= 2; n += 1) await addWard(district.id, n);
    await makeUser(t.db, 'noivu-statements', [Role.HOME_AFFAIRS]);
    token = await t.login('noivu-statements');
  });
  afterAll(() => t.close());

  async function statements(query: string, variables: Record<string, unknown>): Promise<number> {
    const before = t.queries.count;
    const result = await t.gql(query, variables, token);
    expect(result.errors).toBeUndefined();
    return t.queries.count - before;
  }

  const DASHBOARD = `query($u: ID!, $p: ID!) { dashboard(unitId: $u, periodId: $p, lineage: true) {
    unit { name } evaluatedCount pendingCount onTimeRate satisfactionPercent overdueFeedback openFindings levelCounts { level count } initiativesByStatus { status count } } }`;
  const STATS = `query($u: ID!) { feedbackStats(unitId: $u, from: "2026-01-01", to: "2026-12-31", includeSubunits: true, lineage: true) { due onTime overdueAtEnd satisfactionPercent } }`;
  const EVALUATIONS = `query($p: ID!, $n: Int) { evaluations(first: $n, filter: { periodId: $p }) { totalCount nodes { status person { fullName } unit { name parent { name } } } } }`;

  it('a dashboard and feedbackStats: the same for a city of 2 wards and of 12', async () => {
    periodId = (await t.services.periods.open({ kind: PeriodKind.YEAR, year: 2026 }, null)).period.id;
    const small = [await statements(DASHBOARD, { u: cityId, p: periodId }), await statements(STATS, { u: cityId })];
    for (let n = 3; n <= 12; n += 1) await addWard(districtId, n);
    await t.db.query(`UPDATE evaluation SET status = 'APPROVED', level = 'GOOD'`);
    const large = [await statements(DASHBOARD, { u: cityId, p: periodId }), await statements(STATS, { u: cityId })];
    expect(large).toEqual(small);
    // a dashboard: the token; the period, the unit and its subtree; the lineage; the counts with the 1022 summaries
    expect(large[0]).toBe(4);
    // and without lineage: the token, the scope, the figures — as the hand-written server of the benchmark
    expect(await statements(DASHBOARD.replace(', lineage: true', ''), { u: cityId, p: periodId })).toBe(3);
  });

  it('a page of evaluations with person, unit and parent: the same for 2 rows and for 30', async () => {
    const quarter = (await t.services.periods.open({ kind: PeriodKind.QUARTER, year: 2026, quarter: 3 }, null)).period
      .id;
    const small = await statements(EVALUATIONS, { p: quarter, n: 2 });
    const large = await statements(EVALUATIONS, { p: quarter, n: 30 });
    expect(large).toBe(small);
    expect((await t.gql(EVALUATIONS, { p: quarter, n: 30 }, token)).data?.evaluations.nodes).toHaveLength(30);
  });

  it('a page of evaluations with person, unit and period: two statements, the caller with the token and the rest beside the rows', async () => {
    const query = `query($p: ID!) { evaluations(first: 30, filter: { periodId: $p }) { totalCount nodes { status person { fullName } unit { name } period { name } } } }`;
    expect(await statements(query, { p: periodId })).toBe(2);
  });

  it('a page of units with parent and head: the token, the page, the parents, the heads', async () => {
    const query = `{ units(first: 50) { nodes { name parent { name } head { fullName } headWarning } } }`;
    expect(await statements(query, {})).toBe(4);
  });
});
