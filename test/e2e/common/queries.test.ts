import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AppError } from '../../../src/common/errors.js';
import { affectedRows, queryOne, queryOneOrNotFound, queryRows } from '../../../src/common/queries.js';
import { UnitKind } from '../../../src/hierarchy/hierarchy.enums.js';
import type { Unit } from '../../../src/hierarchy/unit.entity.js';
import { makeUnit } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

describe('queryRows / queryOne: typed raw reads', () => {
  let t: TestApp;
  let ward: Unit;

  beforeAll(async () => {
    t = await createTestApp();
    ward = await makeUnit(t.db, { name: 'Phường Đọc', kind: UnitKind.WARD });
    await makeUnit(t.db, { name: 'Quận Đọc', kind: UnitKind.DISTRICT });
  });
  afterAll(() => t.close());

  it('returns the rows the caller declares, enum values travelling as parameters', async () => {
    const rows = await queryRows<{ name: string; kind: UnitKind }>(
      t.db.manager,
      `SELECT name, kind FROM unit WHERE kind = ANY($1::unit_kind[]) ORDER BY name`,
      [[UnitKind.WARD]],
    );
    expect(rows).toEqual([{ name: 'Phường Đọc', kind: UnitKind.WARD }]);
  });

  it('queryOne answers the first row, or null for none', async () => {
    const one = await queryOne<{ name: string }>(t.db.manager, `SELECT name FROM unit WHERE id = $1`, [ward.id]);
    expect(one).toEqual({ name: 'Phường Đọc' });
    expect(await queryOne(t.db.manager, `SELECT name FROM unit WHERE code = $1`, ['—'])).toBeNull();
  });

  it('queryOneOrNotFound answers NOT_FOUND naming the label', async () => {
    const error = await queryOneOrNotFound(
      t.db.manager,
      `SELECT name FROM unit WHERE code = $1`,
      ['—'],
      ['đơn vị', 'Unit'],
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('NOT_FOUND');
    expect((error as AppError).message).toBe('Không tìm thấy đơn vị.');
  });

  it('affectedRows counts the rows a set-based write touched, and runs only inside a transaction', async () => {
    const touched = await t.db.transaction((em) =>
      affectedRows(em, `UPDATE unit SET name = name WHERE kind = ANY($1::unit_kind[])`, [
        [UnitKind.WARD, UnitKind.DISTRICT],
      ]),
    );
    expect(touched).toBe(2);
    await expect(affectedRows(t.db.manager, `UPDATE unit SET name = name`)).rejects.toThrow(/inside a transaction/);
  });
});
