import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import { Role } from '../../../src/auth/auth.enums.js';
import { actingAs } from '../../../src/common/audit-context.js';
import { Person } from '../../../src/people/person.entity.js';
import { makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { adminAgent } from '../../support/admin.js';
import { adminQuery, withDatabase } from '../../support/test-database.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const run = promisify(execFile);

type Row = {
  table_name: string;
  row_id: string;
  action: string;
  before: any;
  after: any;
  actor_user_id: string | null;
  request_id: string | null;
  origin: string | null;
};

describe('the audit trail, written by the database', () => {
  let t: TestApp;
  let officer: { id: string };

  const trail = (table: string, rowId: string): Promise<Row[]> =>
    t.db.query(`SELECT * FROM audit_log WHERE table_name = $1 AND row_id = $2 ORDER BY id`, [table, rowId]);

  beforeAll(async () => {
    t = await createTestApp();
    officer = await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
  });
  afterAll(() => t.close());

  it('a GraphQL mutation leaves one row with the caller, the request id and before/after', async () => {
    const unit = await makeUnit(t.db, { name: 'Phường Cũ' });
    const token = await t.login('noivu');
    const result = await t.gql(
      `mutation($id: ID!) { updateUnit(id: $id, input: { name: "Phường Mới" }) { name } }`,
      { id: unit.id },
      token,
    );
    expect(result.errors).toBeUndefined();

    const [change] = (await trail('unit', unit.id)).filter((row) => row.action === 'UPDATE');
    expect(change).toMatchObject({
      actor_user_id: officer.id,
      origin: 'graphql',
      before: { name: 'Phường Cũ' },
      after: { name: 'Phường Mới' },
    });
    expect(change.request_id).toEqual(expect.any(String));

    const read = await t.gql(
      `query($id: String!) { auditTrail(table: "unit", rowId: $id) { totalCount nodes { action actorUserId origin before after } } }`,
      { id: unit.id },
      token,
    );
    expect(read.data?.auditTrail.nodes.map((n: { action: string }) => n.action)).toEqual(['INSERT', 'UPDATE']);
    expect(read.data?.auditTrail.nodes[1]).toMatchObject({
      actorUserId: officer.id,
      origin: 'graphql',
      after: { name: 'Phường Mới' },
    });
    await makeUser(t.db, 'xem', [Role.VIEWER]);
    const refused = await t.gql(`{ auditTrail(table: "unit") { totalCount } }`, {}, await t.login('xem'));
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('the request id a client sends is the one recorded', async () => {
    const unit = await makeUnit(t.db);
    const token = await t.login('noivu');
    const { default: request } = await import('supertest');
    await request(t.app)
      .post('/graphql')
      .set('authorization', `Bearer ${token}`)
      .set('x-request-id', 'yeu-cau-42')
      .send({
        query: `mutation($id: ID!) { updateUnit(id: $id, input: { name: "Phường Có Mã" }) { name } }`,
        variables: { id: unit.id },
      })
      .expect(200);
    expect((await trail('unit', unit.id)).at(-1)).toMatchObject({
      request_id: 'yeu-cau-42',
      actor_user_id: officer.id,
    });
  });

  it('an edit in the panel leaves one row naming the signed-in user', async () => {
    const person = await makePerson(t.db, 'Nguyễn Văn Trước');
    const agent = await adminAgent(t, 'noivu');
    const response = await agent
      .post(`/admin/api/resources/Person/records/${person.id}/edit`)
      .type('form')
      .send({ fullName: 'Nguyễn Văn Sau', staffType: person.staffType });
    expect(response.body.notice).toMatchObject({ type: 'success' });

    const [change] = (await trail('person', person.id)).filter((row) => row.action === 'UPDATE');
    expect(change).toMatchObject({
      actor_user_id: officer.id,
      origin: 'admin',
      before: { full_name: 'Nguyễn Văn Trước' },
      after: { full_name: 'Nguyễn Văn Sau' },
    });
    expect(change.request_id).toBe(response.headers['x-request-id']);
  });

  it('a command-line job is named as its door, and a password hash never enters the trail', async () => {
    await run(process.execPath, ['dist/src/cli/create-admin.js', '--username', 'quantri'], {
      env: {
        ...process.env,
        DATABASE_URL: t.url,
        CONGVU_ADMIN_PASSWORD: 'mat-khau-rat-dai-123',
        NODE_ENV: 'development',
        LOG_LEVEL: 'silent',
      },
    });
    const [{ id }] = await t.db.query(`SELECT id FROM app_user WHERE username = 'quantri'`);
    const [created] = await trail('app_user', id);
    expect(created).toMatchObject({
      action: 'INSERT',
      actor_user_id: null,
      origin: 'cli:create-admin',
      after: { username: 'quantri', roles: ['SYSTEM_ADMIN'] },
    });
    expect(created.request_id).toEqual(expect.any(String));
    const everything = JSON.stringify(
      await t.db.query(`SELECT before, after FROM audit_log WHERE table_name = 'app_user'`),
    );
    expect(everything).not.toContain('password_hash');
    expect(everything).not.toContain('$argon2');
  });

  it('a rolled-back change leaves no row, and no actor outlives its transaction on a pooled connection', async () => {
    const person = await makePerson(t.db, 'Trần Thị Huỷ');
    const before = await trail('person', person.id);
    await expect(
      actingAs({ userId: officer.id, requestId: 'rollback', origin: 'graphql' }, () =>
        t.db.transaction(async (em) => {
          await em.update(Person, { id: person.id }, { fullName: 'Không Lưu' });
          throw new Error('abandoned');
        }),
      ),
    ).rejects.toThrow('abandoned');
    expect(await trail('person', person.id)).toEqual(before);
    expect(await t.db.query(`SELECT 1 FROM audit_log WHERE request_id = 'rollback'`)).toEqual([]);

    await t.db.transaction((em) => em.update(Person, { id: person.id }, { fullName: 'Không Ai Ký' }));
    expect((await trail('person', person.id)).at(-1)).toMatchObject({
      actor_user_id: null,
      request_id: null,
      origin: null,
    });
  });

  it('the trail is append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    await makePerson(t.db);
    await expect(t.db.query(`UPDATE audit_log SET actor_user_id = NULL`)).rejects.toThrow('append-only');
    await expect(t.db.query(`DELETE FROM audit_log`)).rejects.toThrow('append-only');
    await expect(t.db.query(`TRUNCATE audit_log`)).rejects.toThrow('append-only');
  });

  it("the application role of the README's set-up may insert audit rows but not change or remove them", async () => {
    const serverUrl = process.env.CONGVU_TEST_SERVER_URL as string;
    const role = `congvu_app_${randomBytes(4).toString('hex')}`;
    const database = new URL(t.url).pathname.slice(1);
    await adminQuery(serverUrl, `CREATE ROLE ${role} LOGIN`);
    const owner = new pg.Client({ connectionString: withDatabase(serverUrl, database) });
    await owner.connect();
    const app = new pg.Client({
      connectionString: withDatabase(Object.assign(new URL(serverUrl), { username: role }).toString(), database),
    });
    try {
      await owner.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
      await owner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
      await owner.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
      await owner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${role}`);
      await app.connect();
      const [{ id }] = (
        await app.query(
          `INSERT INTO person (full_name, staff_type) VALUES ('Vai Trò Ứng Dụng', 'CONG_CHUC') RETURNING id`,
        )
      ).rows;
      expect((await app.query(`SELECT action FROM audit_log WHERE row_id = $1`, [id])).rows).toEqual([
        { action: 'INSERT' },
      ]);
      await expect(app.query(`UPDATE audit_log SET origin = 'x' WHERE row_id = $1`, [id])).rejects.toThrow(
        'permission denied',
      );
      await expect(app.query(`DELETE FROM audit_log WHERE row_id = $1`, [id])).rejects.toThrow('permission denied');
    } finally {
      await app.end().catch(() => undefined);
      await owner.query(`DROP OWNED BY ${role}`);
      await owner.end();
      await adminQuery(serverUrl, `DROP ROLE ${role}`);
    }
  });
});

describe('the audit trail in the panel', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    await makeUser(t.db, 'quantri', [Role.SYSTEM_ADMIN]);
  });
  afterAll(() => t.close());

  it("a record's 'Lịch sử thay đổi' opens its entries, read-only, for Home Affairs only", async () => {
    const person = await makePerson(t.db, 'Người Có Lịch Sử');
    const agent = await adminAgent(t, 'noivu');
    await agent
      .post(`/admin/api/resources/Person/records/${person.id}/edit`)
      .type('form')
      .send({ fullName: 'Người Đã Đổi Tên', staffType: person.staffType });

    const history = await agent.get(`/admin/api/resources/Person/records/${person.id}/history`);
    expect(history.body.redirectUrl).toContain('/admin/resources/AuditEntry?filters.tableName=person');
    const list = await agent.get(
      `/admin/api/resources/AuditEntry/actions/list?filters.tableName=person&filters.rowId=${person.id}`,
    );
    expect(list.body.records.map((r: { params: { action: string } }) => r.params.action).sort()).toEqual([
      'INSERT',
      'UPDATE',
    ]);
    const entry = list.body.records.find((r: { params: { action: string } }) => r.params.action === 'UPDATE');
    expect(entry.params).toMatchObject({
      'before.full_name': 'Người Có Lịch Sử',
      'after.full_name': 'Người Đã Đổi Tên',
      origin: 'admin',
      row: 'Người Đã Đổi Tên',
    });
    // the panel names the row; its id and the ids it points at stay in GraphQL's auditTrail
    expect(Object.keys(entry.params).filter((key) => /^(before|after)\.(id|.+_id)$/.test(key))).toEqual([]);
    expect(entry.recordActions.map((a: { name: string }) => a.name)).toEqual(['show']);

    const admin = await adminAgent(t, 'quantri');
    expect((await admin.get('/admin/api/resources/AuditEntry/actions/list')).body.notice?.message).toBe(
      'forbiddenError',
    );
  });

  it('the trail in the database matches the tables the application says it records', async () => {
    const { AUDITED_TABLES } = await import('../../../src/audit/audit.policy.js');
    const rows: Array<{ table: string }> = await t.db.query(
      `SELECT DISTINCT tgrelid::regclass::text AS table FROM pg_trigger WHERE tgname = 'audit'`,
    );
    expect(rows.map((r) => r.table).sort()).toEqual([...AUDITED_TABLES].sort());
  });
});
