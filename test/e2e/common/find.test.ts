import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AppError } from '../../../src/common/errors.js';
import { findOrNotFound } from '../../../src/common/find.js';
import { Unit } from '../../../src/hierarchy/unit.entity.js';
import { makeUnit } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

describe('findOrNotFound', () => {
  let t: TestApp;
  let ward: Unit;

  beforeAll(async () => {
    t = await createTestApp();
    ward = await makeUnit(t.db, { name: 'Phường Tìm' });
  });
  afterAll(() => t.close());

  it('finds a row by id', async () => {
    expect((await findOrNotFound(t.db.manager, Unit, ward.id, ['đơn vị', 'Unit'])).name).toBe('Phường Tìm');
  });

  it.each([
    ['missing', '00000000-0000-4000-8000-000000000000'],
    ['malformed', 'not-an-id'],
  ])('a %s id answers NOT_FOUND naming the label', async (_kind, id) => {
    const error = await findOrNotFound(t.db.manager, Unit, id, ['đơn vị', 'Unit']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('NOT_FOUND');
    expect((error as AppError).message).toBe('Không tìm thấy đơn vị.');
    expect((error as AppError).extensions.messageEn).toBe('Unit not found.');
  });

  it('locks the row for update when asked, inside a transaction', async () => {
    const found = await t.db.transaction((em) => findOrNotFound(em, Unit, ward.id, ['đơn vị', 'Unit'], { lock: true }));
    expect(found.id).toBe(ward.id);
  });
});
