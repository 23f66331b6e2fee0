import { expect } from '@jest/globals';
import request from 'supertest';
import { TEST_PASSWORD, type TestApp } from './test-app.js';

/** A browser-like agent logged into the admin panel (its cookie kept between requests). */
export async function adminAgent(t: TestApp, username: string) {
  const agent = request.agent(t.app);
  const response = await agent.post('/admin/login').type('form').send({ email: username, password: TEST_PASSWORD });
  expect(response.status).toBe(302);
  expect(response.headers.location).toBe('/admin');
  return agent;
}
