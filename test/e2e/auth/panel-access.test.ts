import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { accessCity, SECRETS, type AccessRows } from '../../factories/access-city.js';
import { adminAgent } from '../../support/admin.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../support/test-app.js';

/** The holes found in the panel's JSON API, each closed and held by its own test. */
describe('the admin panel keeps the same rules as GraphQL', () => {
  let t: TestApp;
  let rows: AccessRows;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    ({ rows, ids } = await accessCity(t));
  });
  afterAll(() => t.close());

  it('populated references carry no contact of an item the caller may not see (R23)', async () => {
    for (const who of ['xem', 'chutich', 'quan', 'cuu']) {
      const body = JSON.stringify(
        (await (await adminAgent(t, who)).get('/admin/api/resources/FeedbackAssignment/actions/list?perPage=500')).body,
      );
      expect(body).not.toContain(SECRETS.ownPhone);
      expect(body).not.toContain(SECRETS.foreignPhone);
    }
    const staff = (
      await (await adminAgent(t, 'canbo')).get('/admin/api/resources/FeedbackAssignment/actions/list?perPage=500')
    ).body;
    expect(staff.records).toHaveLength(1);
    expect(staff.records[0].populated.itemId.params.contactPhone).toBe(SECRETS.ownPhone);
  });

  it('a filter on a column that is not offered is ignored: a phone cannot be guessed digit by digit', async () => {
    const agent = await adminAgent(t, 'quan');
    const all = await agent.get('/admin/api/resources/FeedbackItem/actions/list');
    const guessed = await agent.get(
      `/admin/api/resources/FeedbackItem/actions/list?filters.contactPhone=${SECRETS.ownPhone.slice(0, 6)}`,
    );
    const wrong = await agent.get('/admin/api/resources/FeedbackItem/actions/list?filters.contactPhone=0000');
    expect(all.body.meta.total).toBe(2);
    expect(guessed.body.meta.total).toBe(all.body.meta.total);
    expect(wrong.body.meta.total).toBe(all.body.meta.total);
  });

  it('no response carries a password hash, populated users included', async () => {
    const agent = await adminAgent(t, 'member');
    for (const resource of ['BoardMember', 'InitiativeVote', 'FeedbackAssignment', 'Reorganisation']) {
      const list = await agent.get(`/admin/api/resources/${resource}/actions/list?perPage=500`);
      expect(JSON.stringify(list.body)).not.toContain('$argon2');
    }
    const board = await agent.get('/admin/api/resources/BoardMember/actions/list');
    const user = board.body.records[0].populated.userId.params;
    expect(Object.keys(user).sort()).toEqual(['id', 'username']);
    const asAdmin = await (await adminAgent(t, 'admin')).get(`/admin/api/resources/User/records/${rows.User.own}/show`);
    expect(asAdmin.body.record.params.username).toBe('canbo');
    expect(asAdmin.body.record.params.passwordHash).toBeUndefined();
  });

  it('sealed votes stay sealed through search and filters, as in list and show (R27)', async () => {
    const chair = await adminAgent(t, 'chair');
    const search = await chair.get(
      `/admin/api/resources/InitiativeVote/actions/search?filters.initiativeId=${rows.Initiative.own}`,
    );
    expect(search.body.records).toEqual([]);
    const filtered = await chair.get(
      `/admin/api/resources/InitiativeVote/actions/list?filters.initiativeId=${rows.Initiative.own}`,
    );
    expect(filtered.body.records).toEqual([]);
    expect(JSON.stringify(filtered.body)).not.toContain(SECRETS.sealedComment);
    const member = await adminAgent(t, 'member');
    expect(
      (await member.get(`/admin/api/resources/InitiativeVote/records/${rows.InitiativeVote.own}/show`)).body.record
        .params.comment,
    ).toBe(SECRETS.sealedComment);
  });

  it("a ward's staff member lists the ward's people only; a head the people under them", async () => {
    const names = async (who: string) =>
      (await (await adminAgent(t, who)).get('/admin/api/resources/Person/actions/list?perPage=500')).body.records
        .map((r: { params: { fullName: string } }) => r.params.fullName)
        .sort();
    expect(await names('canbo')).toEqual(['Chủ Tịch Phường Một', 'Công Chức Phường Một']);
    expect(await names('quan')).toEqual(
      [
        'Chủ Tịch Phường Một',
        'Chủ Tịch Quận Ma Trận',
        'Công Chức Phường Hai',
        'Công Chức Phường Một',
        'Tân Chủ Tịch Phường Hai',
      ].sort(),
    );
    expect(await names('xem')).toEqual([]);
  });

  it('a form writes only the fields it shows: createdAt and ids posted alongside are ignored', async () => {
    const agent = await adminAgent(t, 'noivu');
    const created = await agent.post('/admin/api/resources/Person/actions/new').type('form').send({
      fullName: 'Người Mới Nhập',
      staffType: 'CONG_CHUC',
      createdAt: '2001-01-01T00:00:00Z',
      id: '00000000-0000-0000-0000-000000000001',
    });
    expect(created.body.notice.type).toBe('success');
    const [person] = await t.db.query(`SELECT id, created_at FROM person WHERE full_name = 'Người Mới Nhập'`);
    expect(person.id).not.toBe('00000000-0000-0000-0000-000000000001');
    expect(new Date(person.created_at).getUTCFullYear()).toBeGreaterThan(2001);
    const edited = await agent
      .post(`/admin/api/resources/Person/records/${person.id}/edit`)
      .type('form')
      .send({ fullName: 'Người Mới Sửa', createdAt: '2001-01-01T00:00:00Z' });
    expect(edited.body.notice.type).toBe('success');
    const [after] = await t.db.query(`SELECT full_name, created_at FROM person WHERE id = $1`, [person.id]);
    expect(after.full_name).toBe('Người Mới Sửa');
    expect(new Date(after.created_at).getTime()).toBe(new Date(person.created_at).getTime());
  });

  it('the home page shows each person what they act on first, and the board’s figures only to the board and the city', async () => {
    const home = async (who: string) =>
      (await (await adminAgent(t, who)).get('/admin/api/dashboard')).body as {
        tasks: Array<{ label: string; count: number; href: string }>;
        board: { pending: number } | null;
        periods?: Array<{ total: number; blocking: number }> | null;
      };
    const counts = (tasks: Array<{ label: string; count: number }>) =>
      Object.fromEntries(tasks.map((task) => [task.label, task.count]));
    expect(counts((await home('canbo')).tasks)).toEqual({ 'Phiếu của tôi chờ tự đánh giá': 1 });
    expect(counts((await home('phuong')).tasks)).toEqual({ 'Chờ tôi đánh giá': 0, 'Phiếu của tôi chờ tự đánh giá': 1 });
    const noivu = await home('noivu');
    expect(Object.keys(counts(noivu.tasks))).toEqual([
      'Phiếu chưa phê duyệt trong các kỳ đang mở',
      'Phản ánh 1022 quá hạn',
    ]);
    expect(noivu.board).not.toBeNull();
    expect(counts((await home('chutich')).tasks)).toMatchObject({ 'Sáng kiến chờ quyết định': 0 });
    expect((await home('member')).board?.pending).toBe(1);
    // a viewer: no tasks, no office tables, no board — the city's figures only
    expect(await home('xem')).toMatchObject({ tasks: [], board: null, periods: null, overdue: null, onTime: [] });
    expect(await home('canbo')).toMatchObject({
      periods: null,
      overdue: null,
      levels: null,
      onTime: null,
      board: null,
    });
    expect((await home('noivu')).periods).toEqual([
      expect.objectContaining({ total: expect.any(Number), blocking: expect.any(Number) }),
    ]);
  });

  it('a head whose appointment ended today neither rates nor approves their former unit (R5 on the day of the step)', async () => {
    await t.db.query(`UPDATE evaluation SET status = 'SELF_ASSESSED' WHERE id = $1`, [ids.foreignEvaluation]);
    const [stored] = await t.db.query(
      `SELECT e.version, p.full_name FROM evaluation e JOIN person p ON p.id = e.rater_person_id WHERE e.id = $1`,
      [ids.foreignEvaluation],
    );
    expect(stored.full_name).toBe('Nguyên Chủ Tịch Phường Hai');
    const rate = await t.gql(
      `mutation($input: RateEvaluationInput!) { rateEvaluation(input: $input) { status } }`,
      {
        input: {
          evaluationId: ids.foreignEvaluation,
          version: stored.version,
          comment: 'Tốt',
          parts: { generalScore: 27, taskScore: 60 },
        },
      },
      await t.login('cuu'),
    );
    expect(rate.errors?.[0].extensions.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
    expect((await t.db.query(`SELECT status FROM evaluation WHERE id = $1`, [ids.foreignEvaluation]))[0].status).toBe(
      'SELF_ASSESSED',
    );

    const [newHead] = await t.db.query(`SELECT id FROM person WHERE full_name = 'Tân Chủ Tịch Phường Hai'`);
    await t.db.query(
      `INSERT INTO app_user (username, password_hash, roles, person_id) SELECT 'moi', password_hash, '{}', $1 FROM app_user WHERE username = 'canbo'`,
      [newHead.id],
    );
    const rated = await t.gql(
      `mutation($input: RateEvaluationInput!) { rateEvaluation(input: $input) { status rater { fullName } } }`,
      {
        input: {
          evaluationId: ids.foreignEvaluation,
          version: stored.version,
          comment: 'Tốt',
          parts: { generalScore: 27, taskScore: 60 },
        },
      },
      await t.login('moi'),
    );
    expect(rated.data?.rateEvaluation).toEqual({ status: 'REVIEWED', rater: { fullName: 'Tân Chủ Tịch Phường Hai' } });
  });
});

describe('panel sessions follow the user', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await accessCity(t);
  });
  afterAll(() => t.close());

  it('a demoted Home Affairs user loses the panel at the next click', async () => {
    const agent = await adminAgent(t, 'noivu');
    const units = '/admin/api/resources/Unit/actions/new';
    const before = await agent
      .post(units)
      .type('form')
      .send({ code: 'TRUOC', name: 'Phường Trước', kind: 'WARD', 'validity.validFrom': '2026-01-01' });
    expect(before.body.notice.type).toBe('success');
    await t.db.query(`UPDATE app_user SET roles = '{}' WHERE username = 'noivu'`);
    const after = await agent
      .post(units)
      .type('form')
      .send({ code: 'SAU', name: 'Phường Sau', kind: 'WARD', 'validity.validFrom': '2026-01-01' });
    expect(after.body.notice).toMatchObject({ type: 'error', message: 'forbiddenError' });
    expect(await t.db.query(`SELECT code FROM unit WHERE code IN ('TRUOC', 'SAU') ORDER BY code`)).toEqual([
      { code: 'TRUOC' },
    ]);
  });

  it('deactivating a user in the panel ends their panel sessions and their GraphQL tokens', async () => {
    const victim = await adminAgent(t, 'phuong');
    const token = await t.login('phuong');
    expect((await victim.get('/admin/api/resources/Unit/actions/list')).status).toBe(200);
    const [user] = await t.db.query(`SELECT id FROM app_user WHERE username = 'phuong'`);
    const admin = await adminAgent(t, 'admin');
    const saved = await admin
      .post(`/admin/api/resources/User/records/${user.id}/edit`)
      .type('form')
      .send({ username: 'phuong', active: 'false' });
    expect(saved.body.notice.type).toBe('success');
    expect(
      await t.db.query(`SELECT count(*)::int AS n FROM admin_session WHERE sess -> 'adminUser' ->> 'id' = $1`, [
        user.id,
      ]),
    ).toEqual([{ n: 0 }]);
    const after = await victim.get('/admin/api/resources/Unit/actions/list');
    expect(after.status).toBe(302);
    expect(after.headers.location).toBe('/admin/login');
    expect((await t.gql('{ me { username } }', {}, token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a user deactivated behind the panel’s back is signed out at the next request', async () => {
    const agent = await adminAgent(t, 'canbo');
    await t.db.query(`UPDATE app_user SET active = false WHERE username = 'canbo'`);
    const after = await agent.get('/admin/api/resources/Unit/actions/list');
    expect(after.status).toBe(302);
    expect(after.headers.location).toBe('/admin/login');
  });

  it('the session id changes at login (no fixation): an id known before the login is worthless after it', async () => {
    const sessionCookie = (response: request.Response) =>
      (response.headers['set-cookie'] as unknown as string[] | undefined)
        ?.find((c) => c.startsWith('congvu_admin='))
        ?.split(';')[0];
    const agent = request.agent(t.app);
    const known = sessionCookie(
      await agent.post('/admin/login').type('form').send({ email: 'quan', password: TEST_PASSWORD }),
    );
    expect(known).toBeDefined();
    const fresh = sessionCookie(
      await agent.post('/admin/login').type('form').send({ email: 'chair', password: TEST_PASSWORD }),
    );
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(known);
    const withKnown = await request(t.app)
      .get('/admin/api/resources/Unit/actions/list')
      .set('cookie', known as string);
    expect(withKnown.status).toBe(302);
    expect((await agent.get('/admin/api/resources/Unit/actions/list')).status).toBe(200);
  });

  it('roles on a session are those of the database, not of the login', async () => {
    const agent = await adminAgent(t, 'xem');
    const refused = await agent.get('/admin/api/resources/DisciplineCase/actions/list');
    expect(refused.body.notice?.message).toBe('forbiddenError');
    await t.db.query(`UPDATE app_user SET roles = ARRAY['HOME_AFFAIRS']::user_role[] WHERE username = 'xem'`);
    const list = await agent.get('/admin/api/resources/DisciplineCase/actions/list');
    expect(list.body.notice?.message).not.toBe('forbiddenError');
    expect(list.body.records).toHaveLength(1);
  });
});
