import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Express } from 'express';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { createApp } from '../../../src/app.js';
import { Role } from '../../../src/auth/auth.enums.js';
import { buildAppSchema } from '../../../src/schema.js';
import { makeUser } from '../../factories/scenario.js';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../support/test-app.js';

/** NODE_ENV=production behind a TLS proxy: the panel's cookie is Secure, and set only when the proxy is believed. */
describe('production behind a TLS proxy (TRUST_PROXY)', () => {
  let t: TestApp;
  const stops: Array<() => Promise<void>> = [];

  const productionApp = async (trustProxy: string | false): Promise<Express> => {
    const built = await createApp({
      db: t.db,
      schema: await buildAppSchema(),
      config: { tokenTtlHours: 8, production: true, sessionSecret: randomBytes(32).toString('hex'), trustProxy },
    });
    stops.push(built.stop);
    return built.app;
  };
  const login = (app: Express, headers: Record<string, string> = {}) =>
    request(app).post('/admin/login').set(headers).type('form').send({ email: 'noivu', password: TEST_PASSWORD });

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
  });
  afterAll(async () => {
    for (const stop of stops) await stop();
    await t.close();
  });

  it('behind a proxy on loopback (the default) that says https, the login sets a Secure, HttpOnly, SameSite cookie', async () => {
    const app = await productionApp('loopback');
    const response = await login(app, { 'x-forwarded-proto': 'https' });
    expect(response.status).toBe(302);
    const cookie = String(response.headers['set-cookie'] ?? '');
    expect(cookie).toMatch(/congvu_admin=/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(response.headers['strict-transport-security']).toBeDefined();
  });

  it('with TRUST_PROXY=false the same request gets no cookie: nobody could sign in (why the setting exists)', async () => {
    const app = await productionApp(false);
    const response = await login(app, { 'x-forwarded-proto': 'https' });
    expect(response.headers['set-cookie'] ?? []).toEqual([]);
  });
});
