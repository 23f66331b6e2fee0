import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import { makePerson, makeUser } from '../../factories/scenario.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../support/test-app.js';

const ME = `{ me { username roles person { fullName } } }`;
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username } } }`;

describe('login, tokens and logout', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-02T08:00:00+07:00') });
    await makeUser(t.db, 'canbo', [], await makePerson(t.db, 'Trần Thị Cán Bộ'));
    await makeUser(t.db, 'xem', [Role.VIEWER]);
  });
  afterAll(() => t.close());

  it('logs in, answers me, and keeps only a hash of the token', async () => {
    const result = await t.gql(LOGIN, { u: 'canbo', p: TEST_PASSWORD });
    const { token, expiresAt } = result.data?.login;
    expect(new Date(expiresAt).toISOString()).toBe('2026-03-02T09:00:00.000Z');
    expect((await t.gql(ME, {}, token)).data?.me).toEqual({
      username: 'canbo',
      roles: [],
      person: { fullName: 'Trần Thị Cán Bộ' },
    });
    const stored = await t.db.query(`SELECT token_hash FROM auth_token`);
    expect(stored.map((row: { token_hash: string }) => row.token_hash)).not.toContain(token);
  });

  it('answers a wrong password and an unknown user the same way', async () => {
    const wrongPassword = await t.gql(LOGIN, { u: 'canbo', p: 'sai-mat-khau' });
    const unknownUser = await t.gql(LOGIN, { u: 'khong-ton-tai', p: TEST_PASSWORD });
    expect(wrongPassword.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(unknownUser.errors).toEqual(wrongPassword.errors);
  });

  it('answers UNAUTHENTICATED without a token, with a bad token, after logout and after expiry', async () => {
    expect((await t.gql(ME)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(`{ units { totalCount } }`, {}, 'not-a-token')).errors?.[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );

    const token = await t.login('canbo');
    expect((await t.gql(`mutation { logout }`, {}, token)).data?.logout).toBe(true);
    expect((await t.gql(ME, {}, token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

    const expiring = await t.login('canbo');
    t.clock.now = new Date(t.clock.now.getTime() + 8 * 3_600_000 + 1_000);
    try {
      expect((await t.gql(ME, {}, expiring)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      t.clock.now = new Date('2026-03-02T08:00:00+07:00');
    }
  });

  it('records the last use of a token', async () => {
    const token = await t.login('canbo');
    t.clock.now = new Date('2026-03-02T10:30:00+07:00');
    try {
      await t.gql(ME, {}, token);
      const [row] = await t.db.query(`SELECT max(last_used_at) AS last FROM auth_token`);
      expect(new Date(row.last).toISOString()).toBe('2026-03-02T03:30:00.000Z');
    } finally {
      t.clock.now = new Date('2026-03-02T08:00:00+07:00');
    }
  });

  it('writes a token’s use at most once a minute (a read stays a read)', async () => {
    const token = await t.login('canbo');
    const lastUse = async () =>
      new Date((await t.db.query(`SELECT max(last_used_at) AS last FROM auth_token`))[0].last).toISOString();
    try {
      t.clock.now = new Date('2026-03-02T11:00:00+07:00');
      await t.gql(ME, {}, token);
      expect(await lastUse()).toBe('2026-03-02T04:00:00.000Z');
      t.clock.now = new Date('2026-03-02T11:00:59+07:00');
      await t.gql(ME, {}, token);
      expect(await lastUse()).toBe('2026-03-02T04:00:00.000Z');
      t.clock.now = new Date('2026-03-02T11:01:00+07:00');
      await t.gql(ME, {}, token);
      expect(await lastUse()).toBe('2026-03-02T04:01:00.000Z');
    } finally {
      t.clock.now = new Date('2026-03-02T08:00:00+07:00');
    }
  });

  it('deactivating a user ends their tokens at once', async () => {
    const user = await makeUser(t.db, 'tam-thoi', []);
    const token = await t.login('tam-thoi');
    await t.services.auth.setActive(user.id, false);
    expect((await t.gql(ME, {}, token)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(LOGIN, { u: 'tam-thoi', p: TEST_PASSWORD })).errors?.[0].extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('a viewer calling a write gets FORBIDDEN and nothing is written', async () => {
    const token = await t.login('xem');
    const before = await t.db.query(`SELECT count(*) FROM unit`);
    const result = await t.gql(
      `mutation { createUnit(input: { code: "V1", name: "Phường Xem", kind: WARD, validFrom: "2026-01-01" }) { id } }`,
      {},
      token,
    );
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(await t.db.query(`SELECT count(*) FROM unit`)).toEqual(before);
  });
});
