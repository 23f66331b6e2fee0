import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/role.js';
import { Position } from '../../../src/people/people-enums.js';
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
    const opened = await noivu.post('/admin/api/resources/EvaluationPeriod/actions/new').type('form').send({ kind: 'QUARTER', year: '2026', quarter: '3' });
    expect(opened.body.notice).toEqual({ type: 'success', message: 'successfullyCreated' });
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM evaluation`);
    expect(count).toBe(2);

    const again = await noivu.post('/admin/api/resources/EvaluationPeriod/actions/new').type('form').send({ kind: 'QUARTER', year: '2026', quarter: '3' });
    expect(again.body.notice.type).toBe('error');
    expect((await t.db.query(`SELECT count(*)::int AS count FROM evaluation_period`))[0].count).toBe(1);

    const list = await noivu.get('/admin/api/resources/Evaluation/actions/list');
    expect(list.body.records).toHaveLength(2);
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
    const refused = await noivu.post('/admin/api/resources/IncomeCoefficient/actions/new').type('form').send({ unitId: unit.id, periodId: period.id, k: '2' });
    expect(refused.body.record.errors.k.message).toContain('1.8');
    expect((await t.db.query(`SELECT count(*)::int AS count FROM income_coefficient`))[0].count).toBe(0);
    const accepted = await noivu.post('/admin/api/resources/IncomeCoefficient/actions/new').type('form').send({ unitId: unit.id, periodId: period.id, k: '1.2' });
    expect(accepted.body.notice.type).toBe('success');
  });

  it('edits a setting as JSON, refusing text that is not JSON', async () => {
    const noivu = await adminAgent(t, 'noivu');
    const bad = await noivu.post('/admin/api/resources/Setting/records/evaluation.appealDays/edit').type('form').send({ value: 'chín mươi' });
    expect(bad.body.record.errors.value.message).toContain('JSON');
    const good = await noivu.post('/admin/api/resources/Setting/records/evaluation.appealDays/edit').type('form').send({ value: '60' });
    expect(good.body.notice.type).toBe('success');
    expect((await t.db.query(`SELECT value FROM setting WHERE key = 'evaluation.appealDays'`))[0].value).toBe(60);
  });

  it('the payouts CSV of an open quarter is refused in the panel too', async () => {
    const noivu = await adminAgent(t, 'noivu');
    const [period] = await t.db.query(`SELECT id FROM evaluation_period`);
    const response = await noivu.get(`/admin/exports/payouts/${period.id}.csv`);
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('INVALID_STATE');
  });
});
