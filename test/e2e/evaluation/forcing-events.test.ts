import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PeriodKind } from '../../../src/evaluation/evaluation.enums.js';
import { evaluationOf, rankedCity, type Org } from '../../factories/evaluation.js';
import { adminAgent } from '../../support/admin.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const RECORD = `mutation($input: RecordForcingEventInput!) { recordForcingEvent(input: $input) { id kind occurredOn } }`;
const SELF = `mutation($input: SelfAssessInput!) { selfAssess(input: $input) { version } }`;
const RATE = `mutation($input: RateEvaluationInput!) { rateEvaluation(input: $input) { level explanation } }`;

/** R13: prosecution, detention and degradation force NOT_COMPLETED for the one YEAR and the one QUARTER they fall in. */
describe('forcing events beyond discipline (R13)', () => {
  let t: TestApp;
  let org: Org;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-11-10T09:00:00+07:00') });
    org = await rankedCity(t);
  });
  afterAll(() => t.close());

  const rateStaff = async (periodId: string) => {
    const evaluation = await evaluationOf(t, periodId, org.people.canbo.id);
    const self = await t.gql(
      SELF,
      { input: { evaluationId: evaluation.id, parts: { generalScore: 28, taskScore: 66 }, narrative: 'Hoàn thành' } },
      org.tokens.canbo,
    );
    const input = {
      evaluationId: evaluation.id,
      version: self.data?.selfAssess.version,
      comment: 'Tốt',
      parts: { generalScore: 28, taskScore: 66 },
    };
    return (await t.gql(RATE, { input }, org.tokens.bhha)).data?.rateEvaluation as {
      level: string;
      explanation: string[];
    };
  };

  it('Home Affairs records a degradation finding; only its quarter is forced; anybody else is refused; bad input names the fields', async () => {
    const refused = await t.gql(
      RECORD,
      { input: { personId: org.people.canbo.id, kind: 'DEGRADATION', occurredOn: '2026-10-20', document: 'x' } },
      org.tokens.bhha,
    );
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const bad = await t.gql(
      RECORD,
      { input: { personId: org.people.canbo.id, kind: 'DEGRADATION', occurredOn: '2026-10-20', document: '  ' } },
      org.tokens.noivu,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'document' }] });
    const recorded = await t.gql(
      RECORD,
      {
        input: {
          personId: org.people.canbo.id,
          kind: 'DEGRADATION',
          occurredOn: '2026-10-20',
          document: 'Kết luận số 12-KL/ĐU ngày 20/10/2026',
        },
      },
      org.tokens.noivu,
    );
    expect(recorded.data?.recordForcingEvent).toMatchObject({ kind: 'DEGRADATION', occurredOn: '2026-10-20' });

    const q4 = (await t.services.periods.open({ kind: PeriodKind.QUARTER, year: 2026, quarter: 4 }, null)).period.id;
    const forced = await rateStaff(q4);
    expect(forced.level).toBe('NOT_COMPLETED');
    expect(forced.explanation.join('\n')).toContain('Kết luận suy thoái');
    expect(forced.explanation.join('\n')).toContain('12-KL/ĐU');

    const q3 = (await t.services.periods.open({ kind: PeriodKind.QUARTER, year: 2026, quarter: 3 }, null)).period.id;
    expect((await rateStaff(q3)).level).not.toBe('NOT_COMPLETED');
  });

  it('the panel records one through the service; bad input shows the fields and saves nothing; others are refused', async () => {
    const before = await t.db.query(`SELECT count(*)::int AS n FROM forcing_event`);
    const noivu = await adminAgent(t, 'noivu');
    const bad = await noivu
      .post('/admin/api/resources/ForcingEvent/actions/new')
      .type('form')
      .send({ personId: org.people.bhha.id, kind: 'DETENTION', occurredOn: '', document: '' });
    expect(bad.body.notice.type).toBe('error');
    expect(Object.keys(bad.body.record.errors).sort()).toEqual(['document', 'occurredOn']);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM forcing_event`)).toEqual(before);
    const ok = await noivu.post('/admin/api/resources/ForcingEvent/actions/new').type('form').send({
      personId: org.people.bhha.id,
      kind: 'DETENTION',
      occurredOn: '2026-11-02',
      document: 'Lệnh tạm giữ số 5',
    });
    expect(ok.body.notice).toEqual({ type: 'success', message: 'successfullyCreated' });
    expect(
      await t.db.query(
        `SELECT kind, created_by_user_id IS NOT NULL AS stamped FROM forcing_event WHERE document = 'Lệnh tạm giữ số 5'`,
      ),
    ).toEqual([{ kind: 'DETENTION', stamped: true }]);
    const head = await adminAgent(t, 'binhtan');
    const refused = await head
      .post('/admin/api/resources/ForcingEvent/actions/new')
      .type('form')
      .send({ personId: org.people.bhha.id, kind: 'DETENTION', occurredOn: '2026-11-03', document: 'x' });
    expect(refused.body.notice.message).toBe('forbiddenError');
  });
});
