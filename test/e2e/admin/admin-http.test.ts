import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Role } from '../../../src/auth/auth.enums.js';
import { makeHead, makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { adminAgent } from '../../support/admin.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

describe('admin panel over HTTP', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    await makeUser(t.db, 'xem', [Role.VIEWER]);
  });
  afterAll(() => t.close());

  it('logs in with the same users and passwords as GraphQL, and keeps the session in PostgreSQL', async () => {
    const agent = await adminAgent(t, 'noivu');
    const page = await agent.get('/admin');
    expect(page.status).toBe(200);
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM admin_session`);
    expect(count).toBeGreaterThan(0);
  });

  it('refuses a wrong password', async () => {
    const response = await request(t.app).post('/admin/login').type('form').send({ email: 'noivu', password: 'sai' });
    expect(response.status).toBe(200);
    expect(response.text).toContain('Sai tên đăng nhập hoặc mật khẩu');
  });

  it('an overlapping head entered in the panel shows the error and saves nothing', async () => {
    const agent = await adminAgent(t, 'noivu');
    const ward = await makeUnit(t.db, { name: 'Phường Bảng Quản Trị' });
    await makeHead(t.db, ward, { from: '2024-01-01' });
    const second = await makePerson(t.db, 'Người Nhập Trùng');
    const before = await t.db.query(`SELECT count(*) FROM appointment`);

    const response = await agent.post('/admin/api/resources/Appointment/actions/new').type('form').send({
      personId: second.id,
      unitId: ward.id,
      position: 'HEAD',
      acting: 'false',
      'validity.validFrom': '2025-01-01',
    });
    expect(response.status).toBe(200);
    expect(response.body.notice).toEqual({ type: 'error', message: expect.stringContaining('đã có người đứng đầu') });
    expect(await t.db.query(`SELECT count(*) FROM appointment`)).toEqual(before);

    const ok = await agent.post('/admin/api/resources/Appointment/actions/new').type('form').send({
      personId: second.id,
      unitId: ward.id,
      position: 'DEPUTY',
      acting: 'false',
      'validity.validFrom': '2025-01-01',
    });
    expect(ok.body.notice).toEqual({ type: 'success', message: 'successfullyCreated' });
    expect(Number((await t.db.query(`SELECT count(*) FROM appointment`))[0].count)).toBe(Number(before[0].count) + 1);
  });

  it('a move entered in the panel goes through the service: under its own descendant is refused', async () => {
    const agent = await adminAgent(t, 'noivu');
    const top = await makeUnit(t.db, { code: 'TREN', name: 'Quận Trên' });
    const child = await makeUnit(t.db, { name: 'Phường Dưới', parent: top });
    const before = await t.db.query(
      `SELECT (SELECT count(*) FROM unit_link) AS links, (SELECT count(*) FROM reorganisation) AS log`,
    );
    const response = await agent
      .post('/admin/api/resources/Reorganisation/actions/new')
      .type('form')
      .send({ kind: 'MOVE', unitCodes: 'TREN', targetUnitId: child.id, effectiveDate: '2025-01-01' });
    expect(response.body.notice.type).toBe('error');
    expect(response.body.record.errors.parentId.message).toContain('cấp dưới');
    expect(
      await t.db.query(
        `SELECT (SELECT count(*) FROM unit_link) AS links, (SELECT count(*) FROM reorganisation) AS log`,
      ),
    ).toEqual(before);
  });

  it('a merge entered in the panel closes the sources, moves their children and is logged with its author', async () => {
    const agent = await adminAgent(t, 'noivu');
    const district = await makeUnit(t.db, { name: 'Quận Sáp Nhập' });
    await makeUnit(t.db, { code: 'SN-A', name: 'Phường Sáp A', parent: district });
    const b = await makeUnit(t.db, { code: 'SN-B', name: 'Phường Sáp B', parent: district });
    const quarter = await makeUnit(t.db, { name: 'Khu phố B1', parent: b });
    const target = await makeUnit(t.db, {
      code: 'SN-AB',
      name: 'Phường Sáp AB',
      parent: district,
      validFrom: '2025-07-01',
    });

    const response = await agent.post('/admin/api/resources/Reorganisation/actions/new').type('form').send({
      kind: 'MERGE',
      unitCodes: 'SN-A, SN-B',
      targetUnitId: target.id,
      effectiveDate: '2025-07-01',
      note: 'Nghị quyết số 1',
    });
    expect(response.body.notice).toEqual({ type: 'success', message: 'successfullyCreated' });
    const closed = await t.db.query(
      `SELECT code, valid_to, merged_into_id FROM unit WHERE code IN ('SN-A', 'SN-B') ORDER BY code`,
    );
    expect(closed).toEqual([
      { code: 'SN-A', valid_to: '2025-07-01', merged_into_id: target.id },
      { code: 'SN-B', valid_to: '2025-07-01', merged_into_id: target.id },
    ]);
    const [link] = await t.db.query(
      `SELECT parent_id FROM unit_link WHERE unit_id = $1 AND valid_from = '2025-07-01'`,
      [quarter.id],
    );
    expect(link.parent_id).toBe(target.id);
    const [log] = await t.db.query(
      `SELECT r.kind, r.summary, r.note, u.username FROM reorganisation r JOIN app_user u ON u.id = r.created_by_user_id ORDER BY r.created_at DESC LIMIT 1`,
    );
    expect(log).toEqual({
      kind: 'MERGE',
      summary: 'Hợp nhất Phường Sáp A (SN-A), Phường Sáp B (SN-B) vào Phường Sáp AB (SN-AB) từ ngày 2025-07-01',
      note: 'Nghị quyết số 1',
      username: 'noivu',
    });
  });

  it('an unknown code in a reorganisation names the field, nothing saved', async () => {
    const agent = await adminAgent(t, 'noivu');
    const target = await makeUnit(t.db);
    const response = await agent
      .post('/admin/api/resources/Reorganisation/actions/new')
      .type('form')
      .send({ kind: 'MERGE', unitCodes: 'KHONG-CO', targetUnitId: target.id, effectiveDate: '2025-07-01' });
    expect(response.body.notice.type).toBe('error');
    expect(response.body.record.errors.unitCodes.message).toContain('KHONG-CO');
  });

  it('a duplicate unit code entered in the panel is a CONFLICT message, nothing saved', async () => {
    const agent = await adminAgent(t, 'noivu');
    await makeUnit(t.db, { code: 'ADM-1' });
    const before = await t.db.query(`SELECT count(*) FROM unit`);
    const response = await agent
      .post('/admin/api/resources/Unit/actions/new')
      .type('form')
      .send({ code: 'ADM-1', name: 'Phường Trùng', kind: 'WARD', 'validity.validFrom': '2024-01-01' });
    expect(response.body.notice).toEqual({ type: 'error', message: expect.stringContaining('Mã đơn vị') });
    expect(await t.db.query(`SELECT count(*) FROM unit`)).toEqual(before);
  });

  it('a viewer may read units but not change them', async () => {
    const agent = await adminAgent(t, 'xem');
    const list = await agent.get('/admin/api/resources/Unit/actions/list');
    expect(list.status).toBe(200);
    expect(Array.isArray(list.body.records)).toBe(true);
    const before = await t.db.query(`SELECT count(*) FROM unit`);
    const create = await agent
      .post('/admin/api/resources/Unit/actions/new')
      .type('form')
      .send({ code: 'XEM-1', name: 'Phường Xem', kind: 'WARD', 'validity.validFrom': '2024-01-01' });
    expect(create.body.notice).toEqual({ type: 'error', message: 'forbiddenError' });
    expect(await t.db.query(`SELECT count(*) FROM unit`)).toEqual(before);
    const users = await agent.get('/admin/api/resources/User/actions/list');
    expect(users.body.records ?? []).toEqual([]);
    expect(users.body.notice).toEqual({ type: 'error', message: 'forbiddenError' });
  });

  it('never shows a password hash', async () => {
    const agent = await adminAgent(t, 'noivu');
    await makeUser(t.db, 'quantri', [Role.SYSTEM_ADMIN]);
    const admin = await adminAgent(t, 'quantri');
    const users = await admin.get('/admin/api/resources/User/actions/list');
    expect(users.status).toBe(200);
    expect(JSON.stringify(users.body)).not.toContain('$argon2');
    expect((await agent.get('/admin/api/resources/User/actions/list')).body.notice.message).toBe('forbiddenError');
    const shown = await admin.get(`/admin/api/resources/User/records/${users.body.records[0].id}/show`);
    expect(shown.body.record.params.username).toBeTruthy();
    expect(JSON.stringify(shown.body)).not.toContain('$argon2');
  });

  it("a password set in the panel is hashed and works for GraphQL; deactivating there ends the user's tokens", async () => {
    await makeUser(t.db, 'quantri2', [Role.SYSTEM_ADMIN]);
    const admin = await adminAgent(t, 'quantri2');
    const created = await admin
      .post('/admin/api/resources/User/actions/new')
      .type('form')
      .send({ username: 'moi', password: 'mat-khau-moi-1', 'roles.0': 'VIEWER', active: 'true' });
    expect(created.body.notice.type).toBe('success');
    const [row] = await t.db.query(`SELECT id, password_hash FROM app_user WHERE username = 'moi'`);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const token = await t.login('moi', 'mat-khau-moi-1');

    const edited = await admin
      .post(`/admin/api/resources/User/records/${row.id}/edit`)
      .type('form')
      .send({ username: 'moi', 'roles.0': 'VIEWER', active: 'false' });
    expect(edited.body.notice.type).toBe('success');
    expect((await t.gql(`{ me { username } }`, {}, token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
