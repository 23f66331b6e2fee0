import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Position, StaffType } from '../../../src/people/people.enums.js';
import { evaluationOf, OPEN, RATE, rankedCity, SELF, type Org } from '../../factories/evaluation.js';
import { appoint, makePerson, makeUser } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/** Issue 10's rules at their edges, through the API. */
describe('the rules at their edges, through GraphQL', () => {
  let t: TestApp;
  let org: Org;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-12-20T09:00:00+07:00') });
    org = await rankedCity(t);
  });
  afterAll(() => t.close());

  it('R10: appointed on 1 September, a whole month of Q3: rated, and the explanation says 1,00 month', async () => {
    const newcomer = await makePerson(t.db, 'Công Chức Mới Về', StaffType.CONG_CHUC);
    await appoint(t.db, newcomer, org.wards[0], Position.STAFF, { from: '2026-09-01' });
    await makeUser(t.db, 'moive', [], newcomer);
    const opened = await t.gql(OPEN, { input: { kind: 'QUARTER', year: 2026, quarter: 3 } }, org.tokens.noivu);
    const periodId = opened.data?.openEvaluationPeriod.id as string;
    const { id } = await evaluationOf(t, periodId, newcomer.id);
    const parts = { generalScore: 27, taskScore: 60 };
    const self = await t.gql(
      SELF,
      { input: { evaluationId: id, parts, narrative: 'Tháng đầu' } },
      await t.login('moive'),
    );
    const rated = await t.gql(
      RATE,
      { input: { evaluationId: id, version: self.data?.selfAssess.version, comment: 'Tốt', parts } },
      org.tokens.bhha,
    );
    expect(rated.data?.rateEvaluation.level).toBe('GOOD');
    expect(rated.data?.rateEvaluation.explanation[0]).toContain('1,00 tháng');
  });

  it('R11: an ND90_48 head with all tasks on time but none exceeded is GOOD, not EXCELLENT; corruption in the unit → NOT_COMPLETED', async () => {
    const opened = await t.gql(OPEN, { input: { kind: 'YEAR', year: 2026 } }, org.tokens.noivu);
    const periodId = opened.data?.openEvaluationPeriod.id as string;
    const unitFigures = {
      targetsMetPercent: 100,
      targetsExceededPercent: 60,
      subunitsCompletedPercent: 100,
      subunitsGoodPercent: 100,
    };
    const rateHead = async (head: 'bhha' | 'ward2', criteria: Record<string, unknown>) => {
      const { id } = await evaluationOf(t, periodId, org.people[head].id);
      const self = await t.gql(
        SELF,
        { input: { evaluationId: id, criteria, narrative: 'Tự nhận xét' } },
        org.tokens[head],
      );
      expect(self.errors).toBeUndefined();
      const rated = await t.gql(
        RATE,
        { input: { evaluationId: id, version: self.data?.selfAssess.version, comment: 'Nhận xét', criteria } },
        org.tokens.binhtan,
      );
      return rated.data?.rateEvaluation as { ruleSet: string; level: string; explanation: string[] };
    };
    const good = await rateHead('bhha', { ...unitFigures, tasksOnTimePercent: 100, tasksExceededPercent: 0 });
    expect(good.level).toBe('GOOD');
    const corrupt = await rateHead('ward2', {
      ...unitFigures,
      tasksOnTimePercent: 100,
      tasksExceededPercent: 80,
      corruptionInUnit: true,
    });
    expect(corrupt.level).toBe('NOT_COMPLETED');
    expect(corrupt.explanation.join('\n')).toContain('tham nhũng');
  });
});
