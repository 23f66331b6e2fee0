import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import request from 'supertest';
import { LOGIN_FAILURE_LIMIT } from '../../../src/auth/auth.service.js';
import { Role } from '../../../src/auth/auth.enums.js';
import { logger } from '../../../src/common/logger.js';
import { makeUser } from '../../factories/scenario.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../support/test-app.js';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
type App = TestApp['app'];

/** Login throttling, kept in PostgreSQL: the same for GraphQL and the panel's form, across instances. */
describe('login throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    for (const name of ['nannhan', 'bencanh', 'hai', 'panel', 'ghi']) await makeUser(t.db, name, [Role.VIEWER]);
  });
  afterAll(() => t.close());

  /** A GraphQL login from a client address (the app believes X-Forwarded-For from a loopback proxy). */
  const login = (app: App, username: string, password: string, address: string) =>
    request(app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('x-forwarded-for', address)
      .send({ query: LOGIN, variables: { u: username, p: password } });
  const code = (response: request.Response) => response.body.errors?.[0]?.extensions.code ?? 'OK';

  it(`refuses attempt ${LOGIN_FAILURE_LIMIT + 1} within the window without checking the password, even the right one; other users go on`, async () => {
    for (let i = 0; i < LOGIN_FAILURE_LIMIT; i += 1)
      expect(code(await login(t.app, 'nannhan', `sai-${i}`, `192.0.2.${i}`))).toBe('UNAUTHENTICATED');
    const refused = await login(t.app, 'nannhan', TEST_PASSWORD, '192.0.2.100');
    expect(code(refused)).toBe('UNAUTHENTICATED');
    expect(refused.body.errors[0].message).toBe(
      (await login(t.app, 'khongcoai', 'x', '192.0.2.101')).body.errors[0].message,
    );
    // a refusal never reaches the password check, which records every failed check
    expect(code(await login(t.app, 'nannhan', 'sai-nua', '192.0.2.102'))).toBe('UNAUTHENTICATED');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM login_failure WHERE username = 'nannhan'`)).toEqual([
      { n: LOGIN_FAILURE_LIMIT },
    ]);
    expect(code(await login(t.app, 'bencanh', TEST_PASSWORD, '192.0.2.0'))).toBe('OK');
  });

  it('opens again once the window has passed', async () => {
    const start = t.clock.now;
    t.clock.now = new Date(start.getTime() + 16 * 60_000);
    try {
      expect(code(await login(t.app, 'nannhan', TEST_PASSWORD, '192.0.2.200'))).toBe('OK');
    } finally {
      t.clock.now = start;
    }
  });

  it('holds across two instances of the app on one database, and for the panel’s form too', async () => {
    const twin = await t.twin();
    for (let i = 0; i < LOGIN_FAILURE_LIMIT / 2; i += 1) {
      expect(code(await login(t.app, 'hai', 'sai', `198.51.100.${i}`))).toBe('UNAUTHENTICATED');
      expect(code(await login(twin.app, 'hai', 'sai', `198.51.100.${50 + i}`))).toBe('UNAUTHENTICATED');
    }
    expect(code(await login(twin.app, 'hai', TEST_PASSWORD, '198.51.100.99'))).toBe('UNAUTHENTICATED');
    const panel = await request(t.app)
      .post('/admin/login')
      .set('x-forwarded-for', '198.51.100.98')
      .type('form')
      .send({ email: 'hai', password: TEST_PASSWORD });
    expect(panel.status).toBe(200);
    expect(panel.text).toContain('Sai tên đăng nhập hoặc mật khẩu');
    const panelOk = await request(twin.app)
      .post('/admin/login')
      .set('x-forwarded-for', '198.51.100.97')
      .type('form')
      .send({ email: 'panel', password: TEST_PASSWORD });
    expect(panelOk.status).toBe(302);
  });

  it('counts failures per address too: many names from one address are refused, other addresses are not', async () => {
    for (let i = 0; i < LOGIN_FAILURE_LIMIT; i += 1) await login(t.app, `ten-${i}`, 'sai', '203.0.113.5');
    expect(code(await login(t.app, 'panel', TEST_PASSWORD, '203.0.113.5'))).toBe('UNAUTHENTICATED');
    expect(code(await login(t.app, 'panel', TEST_PASSWORD, '203.0.113.6'))).toBe('OK');
  });

  it('a burst of parallel attempts gets no more password checks than the limit', async () => {
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login(t.app, 'ghi-song-song', `sai-${i}`, `198.18.0.${i}`)),
    );
    expect(burst.map(code)).toEqual(Array(30).fill('UNAUTHENTICATED'));
    const [{ checked }] = await t.db.query(
      `SELECT count(*)::int AS checked FROM login_failure WHERE username = 'ghi-song-song'`,
    );
    expect(checked).toBeLessThanOrEqual(LOGIN_FAILURE_LIMIT);
  });

  it('logs every failure and refusal with the username, the address and the request id, never the password', async () => {
    const warn = jest.spyOn(logger, 'warn');
    const secret = 'mat-khau-bi-mat-123';
    for (let i = 0; i < LOGIN_FAILURE_LIMIT + 1; i += 1) {
      await login(t.app, 'ghi', secret, '203.0.113.77').set('x-request-id', `req-${i}`);
    }
    const logged = warn.mock.calls.map(([fields, message]) => ({
      fields: fields as unknown as Record<string, string>,
      message,
    }));
    warn.mockRestore();
    expect(logged.filter((entry) => entry.message === 'login failed')).toHaveLength(LOGIN_FAILURE_LIMIT);
    expect(logged.filter((entry) => entry.message === 'login refused: too many failures')).toHaveLength(1);
    expect(logged[0].fields).toEqual({ username: 'ghi', address: '203.0.113.77', requestId: 'req-0' });
    expect(JSON.stringify(logged)).not.toContain(secret);
  });
});
