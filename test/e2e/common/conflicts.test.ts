import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import { AppError } from '../../../src/common/errors.js';
import { Position } from '../../../src/people/people.enums.js';
import { makeHead, makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : undefined);

describe('a constraint violation is CONFLICT whichever service hits it (inTransaction)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('accounts: a taken username', async () => {
    await makeUser(t.db, 'trung', [Role.VIEWER]);
    const error = await t.services.auth
      .createUser({ username: 'trung', password: 'mat-khau-du-dai', roles: [Role.VIEWER] })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe('CONFLICT');
    expect((error as AppError).message).toBe('Tên đăng nhập đã tồn tại.');
  });

  it('appointments: a second head of a unit on the same days (R3)', async () => {
    const unit = await makeUnit(t.db);
    await makeHead(t.db, unit);
    const other = await makePerson(t.db);
    const error = await t.services.people
      .appoint({ personId: other.id, unitId: unit.id, position: Position.HEAD, from: '2024-01-01' })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe('CONFLICT');
  });
});
