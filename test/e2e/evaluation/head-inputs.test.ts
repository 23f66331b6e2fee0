import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DisciplineCase } from '../../../src/inspection/discipline-case.entity.js';
import { DisciplineForm, InspectionKind, InspectionMethod } from '../../../src/inspection/inspection.enums.js';
import { Role } from '../../../src/auth/auth.enums.js';
import type { Person } from '../../../src/people/person.entity.js';
import { SatisfactionResult } from '../../../src/satisfaction/satisfaction-result.entity.js';
import { SatisfactionSource } from '../../../src/satisfaction/satisfaction.enums.js';
import { evaluationOf, OPEN, rankedCity, rateThrough, type Org } from '../../factories/evaluation.js';
import { feedbackItem, feedbackRecord } from '../../factories/feedback.js';
import { makeHead, makeUser } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const qd20 = (score: number) => ({ generalScore: 30, taskScore: score - 30 });
const INPUTS = `query($u: ID!, $p: ID!) { headInputs(unitId: $u, periodId: $p) { feedbackDue feedbackOnTime feedbackOverdue onTimeRate deductions maxAllowedLevel } }`;

describe('the 1022 record weighs on a head’s quarter (rows 25–28, 30) through rateEvaluation', () => {
  let t: TestApp;
  let org: Org;
  let periodId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-10-02T09:00:00+07:00') });
    org = await rankedCity(t);
    periodId = (await t.gql(OPEN, { input: { kind: 'QUARTER', year: 2026, quarter: 3 } }, org.tokens.noivu)).data
      ?.openEvaluationPeriod.id;
    for (const ward of org.wards) {
      await t.db.manager.save(
        SatisfactionResult.create({
          unitId: ward.id,
          periodId,
          source: SatisfactionSource.CITY_INDEX,
          sampleSize: 300,
          percent: 95,
          components: null,
        }),
      );
    }
    await feedbackRecord(t, org.wards[0].id, { onTime: 28, overdue: 12 }); // row 27
    await feedbackRecord(t, org.wards[1].id, { onTime: 36, overdue: 4 }); // row 26
    // the third ward has nothing due (row 28)
  });
  afterAll(() => t.close());

  it('row 30: 12 overdue at quarter end: −10 points and capped at GOOD, so 95 becomes 85, GOOD', async () => {
    const inputs = (await t.gql(INPUTS, { u: org.wards[0].id, p: periodId }, org.tokens.binhtan)).data?.headInputs;
    expect(inputs).toEqual({
      feedbackDue: 40,
      feedbackOnTime: 28,
      feedbackOverdue: 12,
      onTimeRate: 70,
      deductions: 10,
      maxAllowedLevel: 'GOOD',
    });
    const result = await rateThrough(
      t,
      periodId,
      org.people.bhha,
      { self: org.tokens.bhha, rater: org.tokens.binhtan },
      qd20(95),
    );
    expect(result).toMatchObject({ score: 85, level: 'GOOD' });
    expect(result.explanation.join('\n')).toContain('12 trễ hạn cuối kỳ');
  });

  it('row 26: 4 overdue, 90% on time: −4 points, no cap', async () => {
    const inputs = (await t.gql(INPUTS, { u: org.wards[1].id, p: periodId }, org.tokens.binhtan)).data?.headInputs;
    expect(inputs).toMatchObject({ feedbackOverdue: 4, onTimeRate: 90, deductions: 4, maxAllowedLevel: null });
    const result = await rateThrough(
      t,
      periodId,
      org.people.ward2,
      { self: org.tokens.ward2, rater: org.tokens.binhtan },
      qd20(95),
    );
    expect(result).toMatchObject({ score: 91, level: 'EXCELLENT' });
  });

  it('row 28: nothing due: no deduction, no cap', async () => {
    const inputs = (await t.gql(INPUTS, { u: org.wards[2].id, p: periodId }, org.tokens.binhtan)).data?.headInputs;
    expect(inputs).toEqual({
      feedbackDue: 0,
      feedbackOnTime: 0,
      feedbackOverdue: 0,
      onTimeRate: null,
      deductions: 0,
      maxAllowedLevel: null,
    });
    const result = await rateThrough(
      t,
      periodId,
      org.people.ward3,
      { self: org.tokens.ward3, rater: org.tokens.binhtan },
      qd20(95),
    );
    expect(result).toMatchObject({ score: 95, level: 'EXCELLENT' });
  });
});

describe('a unit with a titular and an acting head in the quarter: each head’s inputs are their own (R4, R14)', () => {
  let t: TestApp;
  let org: Org;
  let periodId: string;
  let acting: Person;
  let actingToken: string;
  const DISCIPLINE = `query($u: ID!, $p: ID!) { headInputs(unitId: $u, periodId: $p) { disciplineInEffect } }`;
  const OWN = `query($id: ID!) { evaluation(id: $id) { inputs { disciplineInEffect } } }`;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-10-02T09:00:00+07:00') });
    org = await rankedCity(t);
    // The acting head of An Lạc (beside its titular head ward3) is reprimanded inside the quarter.
    acting = await makeHead(t.db, org.wards[2], { acting: true, from: '2026-07-01' });
    await makeUser(t.db, 'quyen', [Role.VIEWER], acting);
    actingToken = await t.login('quyen');
    await t.db.manager.save(
      DisciplineCase.create({
        personId: acting.id,
        form: DisciplineForm.REPRIMAND,
        openedOn: '2026-07-01',
        decidedOn: '2026-08-10',
      }),
    );
    periodId = (await t.gql(OPEN, { input: { kind: 'QUARTER', year: 2026, quarter: 3 } }, org.tokens.noivu)).data
      ?.openEvaluationPeriod.id;
  });
  afterAll(() => t.close());

  it('the unit’s headInputs are the titular head’s (R4), whatever order the evaluations were stored in', async () => {
    const answer = await t.gql(DISCIPLINE, { u: org.wards[2].id, p: periodId }, org.tokens.noivu);
    expect(answer.data?.headInputs).toEqual({ disciplineInEffect: false });
  });

  it('each head’s evaluation shows its own inputs', async () => {
    const titular = await evaluationOf(t, periodId, org.people.ward3.id);
    const actingOne = await evaluationOf(t, periodId, acting.id);
    const own = async (id: string) => (await t.gql(OWN, { id }, org.tokens.noivu)).data?.evaluation.inputs;
    expect(await own(titular.id)).toEqual({ disciplineInEffect: false });
    expect(await own(actingOne.id)).toEqual({ disciplineInEffect: true });
  });

  it('rating takes each head’s own discipline: the acting head is NOT_COMPLETED, the titular head is not', async () => {
    const rater = org.tokens.binhtan;
    const titular = await rateThrough(t, periodId, org.people.ward3, { self: org.tokens.ward3, rater }, qd20(95));
    expect(titular).toMatchObject({ score: 95, level: 'EXCELLENT' });
    const actingResult = await rateThrough(t, periodId, acting, { self: actingToken, rater }, qd20(95));
    expect(actingResult).toMatchObject({ level: 'NOT_COMPLETED' });
  });
});

describe('while a quarter runs, only what is past its date by today weighs on its head (R14, R20)', () => {
  let t: TestApp;
  let org: Org;
  let periodId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-08-20T09:00:00+07:00') });
    org = await rankedCity(t);
    periodId = (await t.gql(OPEN, { input: { kind: 'QUARTER', year: 2026, quarter: 3 } }, org.tokens.noivu)).data
      ?.openEvaluationPeriod.id;
    const ward = org.wards[0].id;
    await feedbackRecord(t, ward, { onTime: 1, overdue: 2 }); // due 10 August: 2 overdue today
    for (let i = 0; i < 3; i += 1) {
      await feedbackItem(t, ward, {
        receivedAt: '2026-08-18T09:00:00+07:00',
        dueAt: '2026-08-25T23:59:59.999+07:00',
        status: 'IN_PROGRESS',
        repliedAt: null,
      });
    }
    const kiemtra = await makeUser(t.db, 'kiemtra', [Role.INSPECTOR]);
    const inspection = await t.services.inspections.schedule({
      kind: InspectionKind.THEMATIC,
      method: InspectionMethod.CAMERA,
      unitId: ward,
      startsOn: '2026-08-01',
      teamUserIds: [kiemtra.id],
      leadUserId: kiemtra.id,
    });
    for (const due of ['2026-08-15', '2026-09-15'])
      await t.db.query(
        `INSERT INTO finding (inspection_id, text, responsible_unit_id, due_date) VALUES ($1, 'Tồn tại', $2, $3)`,
        [inspection.id, ward, due],
      );
  });
  afterAll(() => t.close());

  it('counts the items and the finding past their date, not those due later in the quarter', async () => {
    const inputs = (
      await t.gql(
        `query($u: ID!, $p: ID!) { headInputs(unitId: $u, periodId: $p) { feedbackDue feedbackOverdue openOverdueFindings deductions } }`,
        { u: org.wards[0].id, p: periodId },
        org.tokens.binhtan,
      )
    ).data?.headInputs;
    expect(inputs).toEqual({ feedbackDue: 3, feedbackOverdue: 2, openOverdueFindings: 1, deductions: 4 });
  });
});
