import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DisciplineCase } from '../../../src/inspection/discipline-case.entity.js';
import { DisciplineForm } from '../../../src/inspection/inspection.enums.js';
import { IncomeCoefficient } from '../../../src/income/income-coefficient.entity.js';
import { PersonPay } from '../../../src/income/person-pay.entity.js';
import { SatisfactionResult } from '../../../src/satisfaction/satisfaction-result.entity.js';
import { SatisfactionSource } from '../../../src/satisfaction/satisfaction.enums.js';
import { Position } from '../../../src/people/people.enums.js';
import { Person } from '../../../src/people/person.entity.js';
import { appoint, makeHead, makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import {
  APPROVE,
  evaluationOf,
  OPEN,
  RATE,
  rankedCity,
  rateThrough,
  reviewedGroup,
  SELF,
  type Org,
} from '../../factories/evaluation.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const qd20 = (score: number) => ({ generalScore: Math.min(30, score), taskScore: score - Math.min(30, score) });

describe('a quarter: chutich rates binhtan, binhtan rates the ward heads, bhha rates canbo', () => {
  let t: TestApp;
  let org: Org;
  let periodId: string;
  let payees: Array<{ id: string; name: string }>;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-10-02T09:00:00+07:00') });
    org = await rankedCity(t);
    // Three paid staff in the third ward: the people of vectors row 47.
    payees = [];
    for (const [name, salary] of [
      ['Nguyễn Văn A', 10_000_000],
      ['Trần Thị B', 12_000_000],
      ['Lê Văn C', 8_000_000],
    ] as const) {
      const person = await makePerson(t.db, name);
      await appoint(t.db, person, org.wards[2], Position.STAFF, { from: '2024-01-01' });
      await t.db.manager.save(
        PersonPay.create({ personId: person.id, monthlySalary: salary, fixedMonthlyAmount: null }),
      );
      payees.push({ id: person.id, name });
    }
    await t.db.manager.save(
      DisciplineCase.create({
        personId: org.people.ward2.id,
        form: DisciplineForm.REPRIMAND,
        openedOn: '2026-07-01',
        decidedOn: '2026-08-10',
      }),
    );
    const opened = await t.gql(OPEN, { input: { kind: 'QUARTER', year: 2026, quarter: 3 } }, org.tokens.noivu);
    expect(opened.errors).toBeUndefined();
    periodId = opened.data?.openEvaluationPeriod.id;
    await t.db.manager.save(
      SatisfactionResult.create({
        unitId: org.wards[0].id,
        periodId,
        source: SatisfactionSource.CITY_INDEX,
        sampleSize: 400,
        percent: 85,
        components: null,
      }),
    );
    await t.db.manager.save(IncomeCoefficient.create({ unitId: org.wards[2].id, periodId, k: 0.5 }));
  });
  afterAll(() => t.close());

  it('opens the quarter with one evaluation per person, the HCM_QD20 rule set and the raters of R5', async () => {
    expect(
      (
        await t.gql(
          `query($id: ID!) { evaluations(filter: { periodId: $id }) { totalCount } }`,
          { id: periodId },
          org.tokens.noivu,
        )
      ).data?.evaluations.totalCount,
    ).toBe(9);
    const rows = await t.db.query(
      `SELECT person_id, rater_person_id, rule_set, warnings FROM evaluation WHERE period_id = $1`,
      [periodId],
    );
    for (const row of rows) {
      expect(row.rule_set).toBe('HCM_QD20');
      const expected = await t.services.people.raterOf(row.person_id, '2026-09-30');
      expect(row.rater_person_id).toBe(expected.raterPersonId);
    }
    const cityHead = rows.find((row: { person_id: string }) => row.person_id === org.people.chutich.id);
    expect(cityHead.warnings[0]).toContain('ngoài hệ thống');
    const period = await t.gql(
      `{ evaluationPeriods(kind: QUARTER) { nodes { name startsOn endsOn deadline status } } }`,
      {},
      org.tokens.xem,
    );
    expect(period.data?.evaluationPeriods.nodes).toEqual([
      { name: 'Quý 3/2026', startsOn: '2026-07-01', endsOn: '2026-09-30', deadline: '2026-10-04', status: 'OPEN' },
    ]);
  });

  it('refuses a second period of the same kind over the same days (CONFLICT)', async () => {
    const again = await t.gql(OPEN, { input: { kind: 'QUARTER', year: 2026, quarter: 3 } }, org.tokens.noivu);
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(Number((await t.db.query(`SELECT count(*) FROM evaluation_period`))[0].count)).toBe(1);
  });

  it('refuses rating before the self-assessment (INVALID_STATE), a ward head rating a district head (NOT_FOUND: not theirs to see), bad parts (BAD_USER_INPUT)', async () => {
    const staff = await evaluationOf(t, periodId, org.people.canbo.id);
    const early = await t.gql(
      RATE,
      { input: { evaluationId: staff.id, version: staff.version, parts: qd20(80), comment: 'x' } },
      org.tokens.bhha,
    );
    expect(early.errors?.[0].extensions.code).toBe('INVALID_STATE');

    const districtHead = await evaluationOf(t, periodId, org.people.binhtan.id);
    const selfDone = await t.gql(
      SELF,
      { input: { evaluationId: districtHead.id, parts: qd20(90), narrative: 'Tự nhận xét' } },
      org.tokens.binhtan,
    );
    const wrongRater = await t.gql(
      RATE,
      {
        input: {
          evaluationId: districtHead.id,
          version: selfDone.data?.selfAssess.version,
          parts: qd20(80),
          comment: 'x',
        },
      },
      org.tokens.bhha,
    );
    expect(wrongRater.errors?.[0].extensions.code).toBe('NOT_FOUND');

    const outOfRange = await t.gql(
      SELF,
      { input: { evaluationId: staff.id, parts: { generalScore: 35, taskScore: 80 }, narrative: 'x' } },
      org.tokens.canbo,
    );
    expect(outOfRange.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(outOfRange.errors?.[0].extensions.fields.map((f: { field: string }) => f.field)).toEqual([
      'parts.generalScore',
      'parts.taskScore',
    ]);
    const [{ status }] = await t.db.query(`SELECT status FROM evaluation WHERE id = $1`, [staff.id]);
    expect(status).toBe('DRAFT');
  });

  it('bhha rates canbo, with history, and a stale version is refused with nothing written', async () => {
    const result = await rateThrough(
      t,
      periodId,
      org.people.canbo,
      { self: org.tokens.canbo, rater: org.tokens.bhha },
      qd20(88),
    );
    expect(result).toMatchObject({ status: 'REVIEWED', score: 88, level: 'GOOD' });
    const { id } = await evaluationOf(t, periodId, org.people.canbo.id);
    const stale = await t.gql(APPROVE, { id, version: result.version - 1 }, org.tokens.bhha);
    expect(stale.errors?.[0].extensions.code).toBe('STALE_VERSION');
    expect((await t.db.query(`SELECT status FROM evaluation WHERE id = $1`, [id]))[0].status).toBe('REVIEWED');
    const approved = await t.gql(APPROVE, { id, version: result.version }, org.tokens.bhha);
    expect(approved.data?.approveEvaluation.status).toBe('APPROVED');

    const seen = await t.gql(
      `query($id: ID!) { evaluation(id: $id) { history { action fromStatus toStatus actor late } } }`,
      { id },
      org.tokens.canbo,
    );
    expect(seen.data?.evaluation.history).toEqual([
      { action: 'SELF_ASSESS', fromStatus: 'DRAFT', toStatus: 'SELF_ASSESSED', actor: 'canbo', late: false },
      { action: 'RATE', fromStatus: 'SELF_ASSESSED', toStatus: 'REVIEWED', actor: 'bhha', late: false },
      { action: 'APPROVE', fromStatus: 'REVIEWED', toStatus: 'APPROVED', actor: 'bhha', late: false },
    ]);
  });

  it('the satisfaction gate drops bhha from EXCELLENT to GOOD (85% < 90%), and the head inputs say why', async () => {
    const result = await rateThrough(
      t,
      periodId,
      org.people.bhha,
      { self: org.tokens.bhha, rater: org.tokens.binhtan },
      qd20(95),
      { approve: true },
    );
    expect(result).toMatchObject({ score: 95, computedLevel: 'GOOD', level: 'GOOD', status: 'APPROVED' });
    expect(result.explanation.join('\n')).toContain('Sự hài lòng 85%');
    const inputs = await t.gql(
      `query($u: ID!, $p: ID!) { headInputs(unitId: $u, periodId: $p) { satisfactionPercent deductions maxAllowedLevel subunitLevelShares { level count } explanation } }`,
      { u: org.wards[0].id, p: periodId },
      org.tokens.binhtan,
    );
    expect(inputs.data?.headInputs).toMatchObject({
      satisfactionPercent: 85,
      deductions: 0,
      maxAllowedLevel: 'GOOD',
      subunitLevelShares: [{ level: 'GOOD', count: 1 }],
    });
    const hidden = await t.gql(
      `query($u: ID!, $p: ID!) { headInputs(unitId: $u, periodId: $p) { deductions } }`,
      { u: org.wards[0].id, p: periodId },
      org.tokens.canbo,
    );
    expect(hidden.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('a reprimand decided inside the quarter forces NOT_COMPLETED for the second ward head', async () => {
    const result = await rateThrough(
      t,
      periodId,
      org.people.ward2,
      { self: org.tokens.ward2, rater: org.tokens.binhtan },
      qd20(96),
      { approve: true },
    );
    expect(result).toMatchObject({ score: 96, level: 'NOT_COMPLETED' });
    expect(result.explanation.join('\n')).toContain('Kỷ luật khiển trách ngày 2026-08-10');
  });

  it('a rater may rate lower with a reason, never higher', async () => {
    const { id } = await evaluationOf(t, periodId, org.people.ward3.id);
    const self = await t.gql(SELF, { input: { evaluationId: id, parts: qd20(80), narrative: 'x' } }, org.tokens.ward3);
    const version = self.data?.selfAssess.version;
    const higher = await t.gql(
      RATE,
      { input: { evaluationId: id, version, parts: qd20(80), level: 'EXCELLENT', reason: 'x', comment: 'x' } },
      org.tokens.binhtan,
    );
    expect(higher.errors?.[0].extensions.fields[0].field).toBe('level');
    const noReason = await t.gql(
      RATE,
      { input: { evaluationId: id, version, parts: qd20(80), level: 'COMPLETED', comment: 'x' } },
      org.tokens.binhtan,
    );
    expect(noReason.errors?.[0].extensions.fields[0].field).toBe('reason');
    const lower = await t.gql(
      RATE,
      {
        input: {
          evaluationId: id,
          version,
          parts: qd20(80),
          level: 'COMPLETED',
          reason: 'Chậm triển khai',
          comment: 'x',
        },
      },
      org.tokens.binhtan,
    );
    expect(lower.data?.rateEvaluation).toMatchObject({ computedLevel: 'GOOD', level: 'COMPLETED' });
    await t.gql(APPROVE, { id, version: lower.data?.rateEvaluation.version }, org.tokens.binhtan);
  });

  it('a step after the deadline (4 October) is allowed and flagged as late', async () => {
    t.clock.now = new Date('2026-10-05T09:00:00+07:00');
    try {
      const token = await t.login('binhtan'); // the morning's token has expired by now
      const { id } = await evaluationOf(t, periodId, org.people.binhtan.id);
      const self = await t.gql(
        SELF,
        { input: { evaluationId: id, parts: qd20(90), narrative: 'Bổ sung minh chứng' } },
        token,
      );
      expect(self.data?.selfAssess.status).toBe('SELF_ASSESSED');
      const history = await t.gql(`query($id: ID!) { evaluation(id: $id) { history { action late } } }`, { id }, token);
      expect(history.data?.evaluation.history.at(-1)).toEqual({ action: 'SELF_ASSESS', late: true });
    } finally {
      t.clock.now = new Date('2026-10-02T09:00:00+07:00');
    }
  });

  it('row 41: a quarter has no quota — 10 EXCELLENT and 2 GOOD approved together', async () => {
    const division = await makeUnit(t.db, { name: 'Phòng Văn hoá', parent: org.district });
    const chief = await makeHead(t.db, division, { from: '2024-01-01' });
    await makeUser(t.db, 'vanhoa', [], chief);
    const ids = [
      ...(await reviewedGroup(t, periodId, division, chief, Array(10).fill('EXCELLENT'))),
      ...(await reviewedGroup(t, periodId, division, chief, ['GOOD', 'GOOD'])),
    ];
    const result = await t.gql(
      `mutation($p: ID!, $u: ID!) { approveEvaluations(periodId: $p, raterUnitId: $u) { status } }`,
      { p: periodId, u: division.id },
      await t.login('vanhoa'),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.approveEvaluations).toHaveLength(ids.length);
  });

  it('closes only when every rated evaluation is approved, then pays as row 47 and exports the CSV', async () => {
    const close = `mutation($id: ID!) { closeEvaluationPeriod(id: $id) { status } }`;
    const early = await t.gql(close, { id: periodId }, org.tokens.noivu);
    expect(early.errors?.[0].extensions.code).toBe('INVALID_STATE');

    for (const [index, score] of [95, 85, 60].entries()) {
      const payee = payees[index];
      await makeUser(t.db, `payee${index}`, [], await t.db.manager.findOneByOrFail(Person, { id: payee.id }));
      const token = await t.login(`payee${index}`);
      await rateThrough(
        t,
        periodId,
        { id: payee.id } as Person,
        { self: token, rater: org.tokens.ward3 },
        qd20(score),
        { approve: true },
      );
    }
    // binhtan self-assessed earlier in this file: chutich rates and approves from there.
    const districtHead = await evaluationOf(t, periodId, org.people.binhtan.id);
    const rated = await t.gql(
      RATE,
      { input: { evaluationId: districtHead.id, version: districtHead.version, parts: qd20(90), comment: 'x' } },
      org.tokens.chutich,
    );
    expect(
      (await t.gql(APPROVE, { id: districtHead.id, version: rated.data?.rateEvaluation.version }, org.tokens.chutich))
        .errors,
    ).toBeUndefined();

    const closed = await t.gql(close, { id: periodId }, org.tokens.noivu);
    expect(closed.errors).toBeUndefined();
    expect(closed.data?.closeEvaluationPeriod.status).toBe('CLOSED');
    const payouts = await t.db.query(`SELECT person_id, amount FROM payout WHERE period_id = $1`, [periodId]);
    const amountOf = (id: string) => Number(payouts.find((row: { person_id: string }) => row.person_id === id)?.amount);
    expect(payees.map((payee) => amountOf(payee.id))).toEqual([15_000_000, 14_400_000, 0]);

    const csv = await request(t.app)
      .get(`/exports/payouts/${periodId}.csv`)
      .set('authorization', `Bearer ${org.tokens.noivu}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'Mã đơn vị,Tên đơn vị,Mã cán bộ,Họ và tên,Xếp loại,Lương tháng hoặc mức khoán,Hệ số k,Hệ số xếp loại,Số tiền trước giới hạn,Tỷ lệ điều chỉnh,Số tiền',
    );
    expect(lines.find((line) => line.includes('Nguyễn Văn A'))).toMatch(
      /,EXCELLENT,10000000,0\.5,1,15000000,1,15000000$/,
    );
    const forbidden = await request(t.app)
      .get(`/exports/payouts/${periodId}.csv`)
      .set('authorization', `Bearer ${org.tokens.canbo}`);
    expect(forbidden.status).toBe(403);
  });

  it('a closed period accepts no step but appeals (INVALID_STATE)', async () => {
    const { id } = await evaluationOf(t, periodId, org.people.canbo.id);
    const result = await t.gql(
      `mutation($id: ID!) { returnEvaluation(id: $id, reason: "x") { id } }`,
      { id },
      org.tokens.bhha,
    );
    expect(result.errors?.[0].extensions.code).toBe('INVALID_STATE');
  });
});
