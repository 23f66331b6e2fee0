import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import { Role } from '../../../src/auth/auth.enums.js';
import { User } from '../../../src/auth/user.entity.js';
import { AppError } from '../../../src/common/errors.js';
import { inTransaction } from '../../../src/common/transaction.js';
import { Unit } from '../../../src/hierarchy/unit.entity.js';
import { makeUnit, makeUser } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/** The error a promise rejects with. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : undefined);

const txid = async (em: EntityManager): Promise<string> =>
  ((await em.query(`SELECT txid_current()::text AS id`)) as Array<{ id: string }>)[0].id;

describe('inTransaction: the one way to write', () => {
  let t: TestApp;
  let ward: Unit;
  const nameOfWard = async () => (await t.db.manager.findOneByOrFail(Unit, { id: ward.id })).name;
  const duplicate = (em: EntityManager) =>
    em.insert(User, { username: 'khoi', passwordHash: 'x', roles: [Role.VIEWER], active: true });

  beforeAll(async () => {
    t = await createTestApp();
    ward = await makeUnit(t.db, { name: 'Phường Khối' });
    await makeUser(t.db, 'khoi', [Role.VIEWER]);
  });
  afterAll(() => t.close());

  it('turns a unique violation into CONFLICT with the constraint’s message, given a data source or a manager', async () => {
    for (const db of [t.db, t.db.manager]) {
      const error = await failure(inTransaction(db, duplicate));
      expect(codeOf(error)).toBe('CONFLICT');
      expect((error as AppError).message).toBe('Tên đăng nhập đã tồn tại.');
    }
  });

  it('rolls back everything when the work throws, and passes the error on', async () => {
    const error = await failure(
      inTransaction(t.db, async (em) => {
        await em.update(Unit, { id: ward.id }, { name: 'Đổi tên' });
        throw new Error('stop');
      }),
    );
    expect((error as Error).message).toBe('stop');
    expect(await nameOfWard()).toBe('Phường Khối');
  });

  it('a nested call joins the outer transaction: one transaction, undone as one', async () => {
    const ids: string[] = [];
    const error = await failure(
      inTransaction(t.db, async (outer) => {
        ids.push(await txid(outer));
        await inTransaction(outer, async (inner) => {
          ids.push(await txid(inner));
          await inner.update(Unit, { id: ward.id }, { name: 'Đổi tên bên trong' });
        });
        await duplicate(outer);
      }),
    );
    expect(codeOf(error)).toBe('CONFLICT');
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    expect(await nameOfWard()).toBe('Phường Khối');
  });

  it('a violation inside a nested call is CONFLICT to the outer caller too, and nothing is written', async () => {
    const error = await failure(
      inTransaction(t.db, async (outer) => {
        await outer.update(Unit, { id: ward.id }, { name: 'Đổi tên bên ngoài' });
        await inTransaction(outer, duplicate);
      }),
    );
    expect(codeOf(error)).toBe('CONFLICT');
    expect(await nameOfWard()).toBe('Phường Khối');
  });

  it('commits what the work wrote and returns its result', async () => {
    const result = await inTransaction(t.db, async (em) => {
      await em.update(Unit, { id: ward.id }, { name: 'Phường Khối Mới' });
      return 'xong';
    });
    expect(result).toBe('xong');
    expect(await nameOfWard()).toBe('Phường Khối Mới');
  });
});
