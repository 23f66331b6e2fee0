import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PeriodKind } from '../../../src/evaluation/evaluation.enums.js';
import { evaluationOf, rankedCity, type Org } from '../../factories/evaluation.js';
import { adminAgent } from '../../support/admin.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/**
 * The rating pages' JSON door (/admin/api/pages/...): the same services and policies as GraphQL — a page read
 * only by those it is for, a step taken only by who may take it, a refusal in the service's words, nothing written.
 */
describe('rating pages over HTTP', () => {
  let t: TestApp;
  let org: Org;
  let periodId: string;

  beforeAll(async () => {
    t = await createTestApp();
    t.clock.now = new Date('2026-11-20T09:00:00+07:00');
    org = await rankedCity(t);
    ({
      period: { id: periodId },
    } = await t.services.periods.open({ kind: PeriodKind.QUARTER, year: 2026, quarter: 4 }, null));
  });
  afterAll(() => t.close());

  const status = async (id: string) =>
    (await t.db.query(`SELECT status, version FROM evaluation WHERE id = $1`, [id]))[0];

  it('canbo self-assesses from Phiếu của tôi; another head can neither list nor rate it, bhha can', async () => {
    const evaluation = await evaluationOf(t, periodId, org.people.canbo.id);
    const canbo = await adminAgent(t, 'canbo');
    const mine = await canbo.get('/admin/api/pages/myEvaluation');
    expect(mine.body.ok).toBe(true);
    expect(mine.body.items.map((item: { id: string }) => item.id)).toEqual([evaluation.id]);

    const sent = await canbo.post('/admin/api/pages/myEvaluation').send({
      action: 'selfAssess',
      evaluationId: evaluation.id,
      parts: JSON.stringify({ generalScore: '27,5', taskScore: '60' }),
      narrative: 'Hoàn thành.',
    });
    expect(sent.body).toEqual({ ok: true, message: 'Đã gửi phiếu tự đánh giá.' });
    expect(await status(evaluation.id)).toMatchObject({ status: 'SELF_ASSESSED' });
    // the audit trail names canbo and the panel for the page's write
    const [audited] = await t.db.query(
      `SELECT u.username, a.origin FROM audit_log a JOIN app_user u ON u.id = a.actor_user_id
        WHERE a.table_name = 'evaluation' AND a.row_id = $1 AND a.action = 'UPDATE' ORDER BY a.id DESC LIMIT 1`,
      [evaluation.id],
    );
    expect(audited).toEqual({ username: 'canbo', origin: 'admin' });

    const other = await adminAgent(t, 'ward2');
    const listed = await other.get('/admin/api/pages/toRate');
    expect(
      listed.body.groups.flatMap((group: { items: Array<{ id: string }> }) => group.items.map((item) => item.id)),
    ).not.toContain(evaluation.id);
    const { version } = await status(evaluation.id);
    const refused = await other.post('/admin/api/pages/toRate').send({
      action: 'rate',
      evaluationId: evaluation.id,
      version,
      parts: JSON.stringify({ generalScore: '30', taskScore: '70' }),
      comment: 'Tốt.',
    });
    expect(refused.body).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await status(evaluation.id)).toEqual({ status: 'SELF_ASSESSED', version });
    const inputs = await other.get('/admin/api/pages/toRate').query({ headInputsOf: evaluation.id });
    expect(inputs.body).toMatchObject({ ok: false, code: 'NOT_FOUND' });

    const bhha = await adminAgent(t, 'bhha');
    const rated = await bhha.post('/admin/api/pages/toRate').send({
      action: 'rate',
      evaluationId: evaluation.id,
      version,
      parts: JSON.stringify({ generalScore: '27,5', taskScore: '60' }),
      comment: 'Tốt.',
    });
    expect(rated.body).toEqual({ ok: true, message: 'Đã ghi kết quả đánh giá, xếp loại.' });
    const [row] = await t.db.query(`SELECT status, score::float AS score FROM evaluation WHERE id = $1`, [
      evaluation.id,
    ]);
    expect(row).toEqual({ status: 'REVIEWED', score: 87.5 });
  });

  it('a score the rule set refuses comes back in the service’s words, and nothing is written', async () => {
    const evaluation = await evaluationOf(t, periodId, org.people.bhha.id);
    const bhha = await adminAgent(t, 'bhha');
    const before = await status(evaluation.id);
    const refused = await bhha.post('/admin/api/pages/myEvaluation').send({
      action: 'selfAssess',
      evaluationId: evaluation.id,
      parts: JSON.stringify({ generalScore: '31', taskScore: 'bảy mươi' }),
      narrative: '',
    });
    expect(refused.body).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
    expect(refused.body.message).not.toBe('');
    expect(await status(evaluation.id)).toEqual(before);
    const garbled = await bhha
      .post('/admin/api/pages/myEvaluation')
      .send({ action: 'selfAssess', evaluationId: evaluation.id, parts: '{"generalScore":', narrative: '' });
    expect(garbled.status).toBe(200);
    expect(garbled.body).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
    expect(await status(evaluation.id)).toEqual(before);
    // products that are no list: refused in words, not a 500
    const notAList = await bhha.post('/admin/api/pages/myEvaluation').send({
      action: 'selfAssess',
      evaluationId: evaluation.id,
      parts: JSON.stringify({ generalScore: '20', products: 'x' }),
      narrative: 'Tự nhận xét.',
    });
    expect(notAList.status).toBe(200);
    expect(notAList.body).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
    expect(await status(evaluation.id)).toEqual(before);
    // the texts keep GraphQL's lengths (SelfAssessInput): none, or more than 20,000 characters, is refused
    for (const narrative of ['', 'x'.repeat(20_001)]) {
      const text = await bhha.post('/admin/api/pages/myEvaluation').send({
        action: 'selfAssess',
        evaluationId: evaluation.id,
        parts: JSON.stringify({ generalScore: '25', taskScore: '60' }),
        narrative,
      });
      expect(text.body).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
      expect(text.body.message).toContain('narrative');
    }
    expect(await status(evaluation.id)).toEqual(before);
  });

  it('scores sent as JSON numbers by an API caller are taken as typed ones', async () => {
    const evaluation = await evaluationOf(t, periodId, org.people.ward3.id);
    const ward3 = await adminAgent(t, 'ward3');
    const sent = await ward3.post('/admin/api/pages/myEvaluation').send({
      action: 'selfAssess',
      evaluationId: evaluation.id,
      parts: JSON.stringify({ generalScore: 25, taskScore: 60.5 }),
      narrative: 'Hoàn thành.',
    });
    expect(sent.body).toEqual({ ok: true, message: 'Đã gửi phiếu tự đánh giá.' });
    const [row] = await t.db.query(`SELECT status, self_score::float AS score FROM evaluation WHERE id = $1`, [
      evaluation.id,
    ]);
    expect(row).toEqual({ status: 'SELF_ASSESSED', score: 85.5 });
  });

  it('period control is for the office: canbo and the viewer are refused, Home Affairs sees the progress', async () => {
    for (const username of ['canbo', 'xem']) {
      const agent = await adminAgent(t, username);
      expect((await agent.get('/admin/api/pages/periodControl')).body).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(
        (await agent.post('/admin/api/pages/periodControl').send({ action: 'close', periodId })).body,
      ).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect((await t.db.query(`SELECT status FROM evaluation_period WHERE id = $1`, [periodId]))[0].status).toBe('OPEN');
    const office = await adminAgent(t, 'noivu');
    const progress = await office.get('/admin/api/pages/periodControl').query({ periodId });
    expect(progress.body.canManage).toBe(true);
    const ward = progress.body.progress.find((row: { raterUnitId: string }) => row.raterUnitId === org.wards[0]?.id);
    expect(ward).toMatchObject({ total: 1, reviewed: 1, blocking: 1 });
    const closing = await office.post('/admin/api/pages/periodControl').send({ action: 'close', periodId });
    expect(closing.body).toMatchObject({ ok: false, code: 'INVALID_STATE' });
    expect(closing.body.details.waiting).toEqual(
      expect.arrayContaining([{ unitName: 'Phường Bình Hưng Hoà A', pending: 1 }]),
    );
  });

  it('the viewer has no rating pages: no person, nothing to rate', async () => {
    const xem = await adminAgent(t, 'xem');
    expect((await xem.get('/admin/api/pages/toRate')).body).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
