import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SatisfactionResult } from '../../../src/satisfaction/satisfaction-result.entity.js';
import { SatisfactionSource } from '../../../src/satisfaction/satisfaction.enums.js';
import { OPEN, rankedCity, rateThrough, type Org } from '../../factories/evaluation.js';
import { feedbackRecord } from '../../factories/feedback.js';
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
