import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { UnitKind } from '../../../src/hierarchy/hierarchy.enums.js';
import { Position, StaffType } from '../../../src/people/people.enums.js';
import type { Unit } from '../../../src/hierarchy/unit.entity.js';
import type { Person } from '../../../src/people/person.entity.js';
import { appoint, makeHead, makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import {
  APPROVE,
  evaluationOf,
  OPEN,
  rankedCity,
  rateThrough,
  reviewedGroup,
  type Org,
} from '../../factories/evaluation.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const APPROVE_GROUP = `mutation($p: ID!, $u: ID!) { approveEvaluations(periodId: $p, raterUnitId: $u) { id status } }`;
/** ND335 products summing to 70, giving a task result of `result` ≥ 52.5 (the rest late, at 75%). */
const nd335 = (general: number, result = 70) => {
  const late = (70 - result) * 4;
  return {
    generalScore: general,
    products:
      late > 0
        ? [
            { name: 'Sản phẩm chính', points: 70 - late },
            { name: 'Sản phẩm chậm', points: late, late: true },
          ]
        : [{ name: 'Sản phẩm chính', points: 70 }],
  };
};

async function statusOf(t: TestApp, id: string): Promise<string> {
  return (await t.db.query(`SELECT status FROM evaluation WHERE id = $1`, [id]))[0].status;
}

describe('a year under ND335: unit ratio, quota, dependencies, appeals', () => {
  let t: TestApp;
  let org: Org;
  let periodId: string;
  let division: Unit;
  let chief: Person;
  let good: Person;
  let weak: Person;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-12-10T09:00:00+07:00') });
    org = await rankedCity(t);
    // a division of the district whose head is a civil servant: an ND335 head (rows 16–17)
    division = await makeUnit(t.db, { name: 'Phòng Nội vụ', kind: UnitKind.DIVISION, parent: org.district });
    chief = await makePerson(t.db, 'Trưởng Phòng Nội Vụ', StaffType.CONG_CHUC);
    await appoint(t.db, chief, division, Position.HEAD, { from: '2024-01-01' });
    [good, weak] = [await makePerson(t.db, 'Chuyên Viên Giỏi'), await makePerson(t.db, 'Chuyên Viên Yếu')];
    for (const person of [good, weak]) await appoint(t.db, person, division, Position.STAFF, { from: '2024-01-01' });
    for (const [name, person] of [
      ['truongphong', chief],
      ['cvgioi', good],
      ['cvyeu', weak],
    ] as const)
      await makeUser(t.db, name, [], person);

    const opened = await t.gql(OPEN, { input: { kind: 'YEAR', year: 2026 } }, org.tokens.noivu);
    periodId = opened.data?.openEvaluationPeriod.id;
  });
  afterAll(() => t.close());

  it('uses ND335 for civil servants and ND90_48 for cadres in 2026 (R7)', async () => {
    const rows = await t.db.query(
      `SELECT staff_type, rule_set FROM evaluation WHERE period_id = $1 GROUP BY 1, 2 ORDER BY 1`,
      [periodId],
    );
    expect(rows).toEqual([
      { staff_type: 'CAN_BO', rule_set: 'ND90_48' },
      { staff_type: 'CONG_CHUC', rule_set: 'ND335' },
    ]);
  });

  it('a head is scored with the unit ratio, and waits for the people they rate (R8, R18; rows 16–17)', async () => {
    const [chiefToken, goodToken, weakToken] = [
      await t.login('truongphong'),
      await t.login('cvgioi'),
      await t.login('cvyeu'),
    ];
    await rateThrough(t, periodId, good, { self: goodToken, rater: chiefToken }, nd335(15));
    const allLateAndBelow = {
      generalScore: 10,
      products: [{ name: 'Báo cáo', points: 70, late: true, belowQuality: true }],
    };
    const weakResult = await rateThrough(t, periodId, weak, { self: weakToken, rater: chiefToken }, allLateAndBelow);
    expect(weakResult.level).toBe('NOT_COMPLETED');

    const head = await rateThrough(t, periodId, chief, { self: chiefToken, rater: org.tokens.binhtan }, nd335(27, 68));
    expect(head).toMatchObject({ score: 61, level: 'COMPLETED' });
    expect(head.explanation.join('\n')).toContain('Tỷ lệ đơn vị 50%');

    const chiefEvaluation = await evaluationOf(t, periodId, chief.id);
    const early = await t.gql(
      APPROVE,
      { id: chiefEvaluation.id, version: chiefEvaluation.version },
      org.tokens.binhtan,
    );
    expect(early.errors?.[0].extensions.code).toBe('INVALID_STATE');
    expect(early.errors?.[0].message).toContain('Chuyên Viên Giỏi');
    expect(early.errors?.[0].message).toContain('Chuyên Viên Yếu');

    const staffGroup = await t.gql(APPROVE_GROUP, { p: periodId, u: division.id }, chiefToken);
    expect(staffGroup.errors).toBeUndefined();
    expect(staffGroup.data?.approveEvaluations).toHaveLength(2);
    const approved = await t.gql(
      APPROVE,
      { id: chiefEvaluation.id, version: chiefEvaluation.version },
      org.tokens.binhtan,
    );
    expect(approved.data?.approveEvaluation.status).toBe('APPROVED');
  });

  it('the quota counts the group as rated: 25 GOOD and 6 EXCELLENT reviewed refuse every approval (rows 36, 37); at 30 GOOD all go, in any order (rows 38, 40)', async () => {
    const ward = org.wards[0];
    await reviewedGroup(t, periodId, ward, org.people.bhha, Array(25).fill('GOOD'));
    const excellent = await reviewedGroup(t, periodId, ward, org.people.bhha, Array(6).fill('EXCELLENT'));
    const first = await t.gql(APPROVE, { id: excellent[0], version: 3 }, org.tokens.bhha);
    expect(first.errors?.[0].extensions).toMatchObject({
      code: 'QUOTA_EXCEEDED',
      group: { periodId, raterUnitId: ward.id, unitName: ward.name },
      counts: { excellent: 6, good: 25 },
      limit: 5,
    });
    expect(first.errors?.[0].extensions.excellent).toHaveLength(6);
    expect(first.errors?.[0].message).toContain('Xếp loại xuất sắc trong nhóm');
    expect(await statusOf(t, excellent[0])).toBe('REVIEWED');

    await reviewedGroup(t, periodId, ward, org.people.bhha, Array(5).fill('GOOD'));
    for (const id of [...excellent].reverse()) {
      const allowed = await t.gql(APPROVE, { id, version: 3 }, org.tokens.bhha);
      expect(allowed.data?.approveEvaluation.status).toBe('APPROVED');
    }
  });

  it('issue 10: 5 GOOD and 2 EXCELLENT all reviewed — approving either EXCELLENT is QUOTA_EXCEEDED (limit 1)', async () => {
    const ward = org.wards[1];
    await reviewedGroup(t, periodId, ward, org.people.ward2, Array(5).fill('GOOD'));
    const excellent = await reviewedGroup(t, periodId, ward, org.people.ward2, Array(2).fill('EXCELLENT'));
    for (const id of excellent) {
      const refused = await t.gql(APPROVE, { id, version: 3 }, org.tokens.ward2);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'QUOTA_EXCEEDED',
        counts: { excellent: 2, good: 5 },
        limit: 1,
      });
    }
  });

  it('concurrent approvals in a group that holds the quota all go through; in one that breaks it none does', async () => {
    const ward = await makeUnit(t.db, { name: 'Phường Đồng Thời', parent: org.district });
    const head = await makeHead(t.db, ward, { from: '2024-01-01' });
    await makeUser(t.db, 'dongthoi', [], head);
    const token = await t.login('dongthoi');
    const concurrently = (ids: string[]) =>
      Promise.all(
        ids.map((id) =>
          request(t.app)
            .post('/graphql')
            .set('authorization', `Bearer ${token}`)
            .send({ query: APPROVE, variables: { id, version: 3 } }),
        ),
      );
    const broken = await reviewedGroup(t, periodId, ward, head, Array(8).fill('EXCELLENT'));
    const refused = (await concurrently(broken)).map((response) => response.body.errors?.[0].extensions.code ?? 'OK');
    expect(refused).toEqual(Array(8).fill('QUOTA_EXCEEDED'));
    const goods = await reviewedGroup(t, periodId, ward, head, Array(40).fill('GOOD'));
    const codes = (await concurrently([...broken, ...goods.slice(0, 10)])).map(
      (response) => response.body.errors?.[0].extensions.code ?? 'OK',
    );
    expect(codes).toEqual(Array(18).fill('OK'));
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM evaluation WHERE rater_unit_id = $1 AND period_id = $2 AND level = 'EXCELLENT' AND status = 'APPROVED'`,
      [ward.id, periodId],
    );
    expect(count).toBe(8);
  });

  it('approving a whole group checks the quota once for all, all or nothing; an exception lifts it (row 39)', async () => {
    const ward = org.wards[2];
    const ids = [
      ...(await reviewedGroup(t, periodId, ward, org.people.ward3, Array(4).fill('GOOD'))),
      ...(await reviewedGroup(t, periodId, ward, org.people.ward3, ['EXCELLENT'])),
    ];
    const refused = await t.gql(APPROVE_GROUP, { p: periodId, u: ward.id }, org.tokens.ward3);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'QUOTA_EXCEEDED', limit: 0 });
    for (const id of ids) expect(await statusOf(t, id)).toBe('REVIEWED');

    await t.db.query(
      `INSERT INTO quota_exception (period_id, rater_unit_id, reason) VALUES ($1, $2, 'Đơn vị có thành tích đột xuất')`,
      [periodId, ward.id],
    );
    const approved = await t.gql(APPROVE_GROUP, { p: periodId, u: ward.id }, org.tokens.ward3);
    expect(approved.data?.approveEvaluations).toHaveLength(5);
  });

  it('an appeal is decided by the rater’s own rater, who may revise; after 90 days it is too late', async () => {
    const result = await rateThrough(
      t,
      periodId,
      org.people.canbo,
      { self: org.tokens.canbo, rater: org.tokens.bhha },
      nd335(15, 60),
      { approve: true },
    );
    expect(result.level).toBe('GOOD');
    const notified = await t.gql(
      `mutation($p: ID!, $u: ID!) { notifyEvaluations(periodId: $p, unitId: $u) }`,
      { p: periodId, u: org.wards[0].id },
      org.tokens.bhha,
    );
    expect(notified.data?.notifyEvaluations).toBeGreaterThanOrEqual(1);
    const { id } = await evaluationOf(t, periodId, org.people.canbo.id);
    const appealed = await t.gql(
      `mutation($id: ID!) { appealEvaluation(id: $id, reason: "Chưa tính sản phẩm quý 4") { status } }`,
      { id },
      org.tokens.canbo,
    );
    expect(appealed.data?.appealEvaluation.status).toBe('APPEALED');

    const DECIDE = `mutation($id: ID!, $input: DecideAppealInput!) { decideAppeal(id: $id, input: $input) { status score level } }`;
    const revised = { uphold: false, parts: nd335(20, 62), reason: 'Bổ sung sản phẩm quý 4 đã hoàn thành' };
    const byRater = await t.gql(DECIDE, { id, input: revised }, org.tokens.bhha);
    expect(byRater.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const byRatersRater = await t.gql(DECIDE, { id, input: revised }, org.tokens.binhtan);
    expect(byRatersRater.data?.decideAppeal).toEqual({ status: 'REVISED', score: 82, level: 'GOOD' });

    const late = (await reviewedGroup(t, periodId, org.wards[0], org.people.bhha, ['GOOD']))[0];
    const lateUser = (await t.db.query(`SELECT person_id FROM evaluation WHERE id = $1`, [late]))[0].person_id;
    await makeUser(t.db, 'muon', [], { id: lateUser } as never);
    await t.gql(APPROVE, { id: late, version: 3 }, org.tokens.bhha);
    await t.gql(
      `mutation($p: ID!, $u: ID!) { notifyEvaluations(periodId: $p, unitId: $u) }`,
      { p: periodId, u: org.wards[0].id },
      org.tokens.bhha,
    );
    t.clock.now = new Date('2027-03-11T09:00:00+07:00');
    try {
      const lateToken = await t.login('muon');
      const tooLate = await t.gql(
        `mutation($id: ID!) { appealEvaluation(id: $id, reason: "x") { status } }`,
        { id: late },
        lateToken,
      );
      expect(tooLate.errors?.[0].extensions.code).toBe('DEADLINE_PASSED');
    } finally {
      t.clock.now = new Date('2026-12-10T09:00:00+07:00');
    }
  });

  it('shows a person their own result, their rater and the rater’s superiors; others get NOT_FOUND and viewers aggregates', async () => {
    const { id } = await evaluationOf(t, periodId, org.people.canbo.id);
    const QUERY = `query($id: ID!) { evaluation(id: $id) { level person { fullName } } }`;
    for (const who of ['canbo', 'bhha', 'binhtan', 'chutich', 'noivu'] as const) {
      expect((await t.gql(QUERY, { id }, org.tokens[who])).data?.evaluation.level).toBe('GOOD');
    }
    for (const who of ['ward2', 'xem'] as const) {
      expect((await t.gql(QUERY, { id }, org.tokens[who])).errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
    const list = await t.gql(
      `query($p: ID!) { evaluations(filter: { periodId: $p }) { totalCount } }`,
      { p: periodId },
      org.tokens.xem,
    );
    expect(list.data?.evaluations.totalCount).toBe(0);
    const LEVELS = `query($p: ID!, $u: ID!) { levelCounts(periodId: $p, unitId: $u) { level count } }`;
    const small = await t.gql(LEVELS, { p: periodId, u: org.city.id }, org.tokens.xem);
    expect(small.data?.levelCounts.every((row: { count: number | null }) => row.count === null)).toBe(true);
    const large = await t.gql(LEVELS, { p: periodId, u: org.wards[0].id }, org.tokens.xem);
    expect(large.data?.levelCounts.find((row: { level: string }) => row.level === 'GOOD').count).toBeGreaterThanOrEqual(
      30,
    );
  });

  it('R16: Home Affairs reopens an approved result with a reason; an appeal can be upheld by the rater’s rater', async () => {
    const chiefToken = await t.login('truongphong');
    const good_ = await evaluationOf(t, periodId, good.id);
    const REOPEN = `mutation($id: ID!, $r: String!) { reopenEvaluation(id: $id, reason: $r) { status } }`;
    expect(
      (await t.gql(REOPEN, { id: good_.id, r: 'Sai sót số liệu' }, org.tokens.binhtan)).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
    expect((await t.gql(REOPEN, { id: good_.id, r: '  ' }, org.tokens.noivu)).errors?.[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await t.gql(REOPEN, { id: good_.id, r: 'Sai sót số liệu' }, org.tokens.noivu)).data?.reopenEvaluation.status,
    ).toBe('REVIEWED');

    const RETURN = `mutation($id: ID!, $r: String!) { returnEvaluation(id: $id, reason: $r) { status } }`;
    expect((await t.gql(RETURN, { id: good_.id, r: '' }, chiefToken)).errors?.[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      (await t.gql(RETURN, { id: good_.id, r: 'Bổ sung minh chứng' }, chiefToken)).data?.returnEvaluation.status,
    ).toBe('SELF_ASSESSED');

    await t.gql(
      `mutation($p: ID!, $u: ID!) { notifyEvaluations(periodId: $p, unitId: $u) }`,
      { p: periodId, u: division.id },
      chiefToken,
    );
    const weak_ = await evaluationOf(t, periodId, weak.id);
    await t.gql(
      `mutation($id: ID!) { appealEvaluation(id: $id, reason: "Chưa tính báo cáo tháng 12") { status } }`,
      { id: weak_.id },
      await t.login('cvyeu'),
    );
    const upheld = await t.gql(
      `mutation($id: ID!) { decideAppeal(id: $id, input: { uphold: true, reason: "Kết quả phù hợp" }) { status level } }`,
      { id: weak_.id },
      org.tokens.binhtan,
    );
    expect(upheld.data?.decideAppeal).toEqual({ status: 'UPHELD', level: 'NOT_COMPLETED' });
  });

  it('R18 for ND90_48: a district head’s approval waits for the sub-unit heads they rate', async () => {
    const criteria = {
      tasksOnTimePercent: 100,
      tasksExceededPercent: 20,
      targetsMetPercent: 100,
      targetsExceededPercent: 20,
      subunitsCompletedPercent: 100,
      subunitsGoodPercent: 80,
    };
    const { id } = await evaluationOf(t, periodId, org.people.binhtan.id);
    const self = await t.gql(
      `mutation($id: ID!, $c: CriteriaInput!) { selfAssess(input: { evaluationId: $id, criteria: $c, narrative: "x" }) { version } }`,
      { id, c: criteria },
      org.tokens.binhtan,
    );
    const rated = await t.gql(
      `mutation($id: ID!, $v: Int!, $c: CriteriaInput!) { rateEvaluation(input: { evaluationId: $id, version: $v, criteria: $c, comment: "x" }) { version level } }`,
      { id, v: self.data?.selfAssess.version, c: criteria },
      org.tokens.chutich,
    );
    expect(rated.data?.rateEvaluation.level).toBe('GOOD');
    const early = await t.gql(APPROVE, { id, version: rated.data?.rateEvaluation.version }, org.tokens.chutich);
    expect(early.errors?.[0].extensions.code).toBe('INVALID_STATE');
    expect(early.errors?.[0].message).toContain('Chủ Tịch Bình Trị Đông');
  });
});
