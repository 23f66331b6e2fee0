import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import { Position } from '../../../src/people/people.enums.js';
import { appoint, makeHead, makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { adminAgent } from '../../support/admin.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

describe('evaluation in the admin panel', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-10-02T09:00:00+07:00') });
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    await makeUser(t.db, 'xem', [Role.VIEWER]);
    const ward = await makeUnit(t.db, { name: 'Phường Quản Trị' });
    await makeHead(t.db, ward, { from: '2024-01-01' });
    await appoint(t.db, await makePerson(t.db), ward, Position.STAFF, { from: '2024-01-01' });
  });
  afterAll(() => t.close());

  it('Home Affairs opens a quarter through the service; a viewer cannot see individual evaluations', async () => {
    const noivu = await adminAgent(t, 'noivu');
    const opened = await noivu
      .post('/admin/api/resources/EvaluationPeriod/actions/new')
      .type('form')
      .send({ kind: 'QUARTER', year: '2026', quarter: '3' });
    expect(opened.body.notice).toEqual({ type: 'success', message: 'successfullyCreated' });
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM evaluation`);
    expect(count).toBe(2);

    const again = await noivu
      .post('/admin/api/resources/EvaluationPeriod/actions/new')
      .type('form')
      .send({ kind: 'QUARTER', year: '2026', quarter: '3' });
    expect(again.body.notice.type).toBe('error');
    expect((await t.db.query(`SELECT count(*)::int AS count FROM evaluation_period`))[0].count).toBe(1);

    const list = await noivu.get('/admin/api/resources/Evaluation/actions/list');
    expect(list.body.records).toHaveLength(2);
    // the period is named, not shown by its id
    expect(list.body.records[0].populated.periodId.title).toBe('Quý 3/2026');
    const viewer = await adminAgent(t, 'xem');
    const hidden = await viewer.get('/admin/api/resources/Evaluation/actions/list');
    expect(hidden.body.notice).toEqual({ type: 'error', message: 'forbiddenError' });
  });

  it('closing a period with evaluations still open shows why and changes nothing', async () => {
    const noivu = await adminAgent(t, 'noivu');
    const [period] = await t.db.query(`SELECT id FROM evaluation_period`);
    // the panel's button calls the action with GET once confirmed
    const response = await noivu.get(`/admin/api/resources/EvaluationPeriod/records/${period.id}/close`);
    expect(response.body.notice).toEqual({ type: 'error', message: expect.stringContaining('chưa được phê duyệt') });
    expect(response.body.notice.message).toMatch(/Các nhóm đánh giá còn phiếu chờ: .+ \(\d+\)/);
    expect((await t.db.query(`SELECT status FROM evaluation_period`))[0].status).toBe('OPEN');
  });

  it('refuses a coefficient k above 1.8', async () => {
    const noivu = await adminAgent(t, 'noivu');
    const [period] = await t.db.query(`SELECT id FROM evaluation_period`);
    const [unit] = await t.db.query(`SELECT id FROM unit LIMIT 1`);
    const refused = await noivu
      .post('/admin/api/resources/IncomeCoefficient/actions/new')
      .type('form')
      .send({ unitId: unit.id, periodId: period.id, k: '2' });
    expect(refused.body.record.errors.k.message).toContain('1.8');
    expect((await t.db.query(`SELECT count(*)::int AS count FROM income_coefficient`))[0].count).toBe(0);
    const accepted = await noivu
      .post('/admin/api/resources/IncomeCoefficient/actions/new')
      .type('form')
      .send({ unitId: unit.id, periodId: period.id, k: '1.2' });
    expect(accepted.body.notice.type).toBe('success');
  });

  it('edits a setting as JSON, refusing text that is not JSON', async () => {
    const noivu = await adminAgent(t, 'noivu');
    const bad = await noivu
      .post('/admin/api/resources/Setting/records/evaluation.appealDays/edit')
      .type('form')
      .send({ value: 'chín mươi' });
    expect(bad.body.record.errors.value.message).toContain('JSON');
    const good = await noivu
      .post('/admin/api/resources/Setting/records/evaluation.appealDays/edit')
      .type('form')
      .send({ value: '60' });
    expect(good.body.notice.type).toBe('success');
    expect((await t.db.query(`SELECT value FROM setting WHERE key = 'evaluation.appealDays'`))[0].value).toBe(60);
  });

  it('refuses a setting whose JSON does not keep the shape of its default, saying why in Vietnamese', async () => {
    const noivu = await adminAgent(t, 'noivu');
    const stored = () =>
      t.db.query(
        `SELECT key, value FROM setting WHERE key IN ('evaluation.appealDays', 'headInputs.feedback') ORDER BY key`,
      );
    const before = await stored();
    const edit = (key: string, value: string) =>
      noivu.post(`/admin/api/resources/Setting/records/${key}/edit`).type('form').send({ value });
    const text = await edit('evaluation.appealDays', '"chín mươi"');
    expect(text.body.record.errors.value.message).toBe('Giá trị phải là một số không âm');
    const level = await edit(
      'headInputs.feedback',
      '{"pointsPerOverdueItem": 1, "maxDeduction": 10, "onTimeCapBelowPercent": 90, "capLevel": "TỐT"}',
    );
    expect(level.body.record.errors.value.message).toContain('Giá trị "capLevel" phải là một trong "EXCELLENT"');
    expect(await stored()).toEqual(before);
  });

  it('the payouts CSV of an open quarter is refused in the panel too', async () => {
    const noivu = await adminAgent(t, 'noivu');
    const [period] = await t.db.query(`SELECT id FROM evaluation_period`);
    const response = await noivu.get(`/admin/exports/payouts/${period.id}.csv`);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('INVALID_STATE');
  });

  it('a staff member self-assesses through the panel form, "8,5" accepted; a stranger is not offered the form', async () => {
    const ward = await makeUnit(t.db, { name: 'Phường Tự Đánh Giá' });
    await makeHead(t.db, ward, { from: '2024-01-01' });
    const staff = await makePerson(t.db, 'Công Chức Tự Đánh Giá');
    await appoint(t.db, staff, ward, Position.STAFF, { from: '2024-01-01' });
    await makeUser(t.db, 'tudanhgia', [], staff);
    const { period } = await t.services.periods.open({ kind: 'QUARTER' as never, year: 2026, quarter: 4 }, null);
    const [evaluation] = await t.db.query(`SELECT id FROM evaluation WHERE period_id = $1 AND person_id = $2`, [
      period.id,
      staff.id,
    ]);
    const agent = await adminAgent(t, 'tudanhgia');
    const saved = await agent
      .post(`/admin/api/resources/Evaluation/records/${evaluation.id}/edit`)
      .type('form')
      .send({ generalScore: '28,5', taskScore: '60', narrative: 'Hoàn thành các nhiệm vụ được giao' });
    expect(saved.body.notice.type).toBe('success');
    expect(
      (await t.db.query(`SELECT status, self_score::float AS score FROM evaluation WHERE id = $1`, [evaluation.id]))[0],
    ).toEqual({ status: 'SELF_ASSESSED', score: 88.5 });
    const bad = await agent
      .post(`/admin/api/resources/Evaluation/records/${evaluation.id}/edit`)
      .type('form')
      .send({ generalScore: '45', taskScore: '60', narrative: 'x' });
    expect(bad.body.notice.type).toBe('error');
    const stranger = await adminAgent(t, 'noivu');
    const refused = await stranger
      .post(`/admin/api/resources/Evaluation/records/${evaluation.id}/edit`)
      .type('form')
      .send({ comment: 'x' });
    expect(refused.body.notice?.message).toBe('forbiddenError');
  });
});
