import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import { UnitKind } from '../../../src/hierarchy/hierarchy.enums.js';
import { Position } from '../../../src/people/people.enums.js';
import { appoint, makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { adminAgent } from '../../support/admin.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

type Listed = {
  records: Array<{
    id: string;
    title: string;
    params: Record<string, unknown>;
    populated: Record<string, { title: string } | null>;
  }>;
};

/** What the panel's server does for Vietnamese readers: titles that say which unit, forms as typed in Vietnamese. */
describe('the panel in Vietnamese: titles and forms', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    const city = await makeUnit(t.db, { name: 'Thành phố Thử', kind: UnitKind.CITY });
    for (const district of ['Quận 3', 'Quận 5']) {
      const parent = await makeUnit(t.db, { name: district, kind: UnitKind.DISTRICT, parent: city });
      const ward = await makeUnit(t.db, { name: 'Phường 01', parent });
      await appoint(t.db, await makePerson(t.db, `Cán bộ ${district}`), ward, Position.STAFF);
      for (let n = 2; n <= 12; n += 1) await makeUnit(t.db, { name: `Phường ${String(n).padStart(2, '0')}`, parent });
    }
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
  });
  afterAll(() => t.close());

  it('a unit is shown with its parent of today in pickers, lists and references; a district without the city', async () => {
    const agent = await adminAgent(t, 'noivu');
    const picked = await agent.get(`/admin/api/resources/Unit/actions/search/${encodeURIComponent('phuong 01')}`);
    expect(picked.body.records.map((r: { title: string }) => r.title)).toEqual(
      expect.arrayContaining(['Phường 01 — Quận 3', 'Phường 01 — Quận 5']),
    );
    const districts = await agent.get(`/admin/api/resources/Unit/actions/search/${encodeURIComponent('quan 3')}`);
    expect(districts.body.records.map((r: { title: string }) => r.title)).toEqual(['Quận 3']);

    const appointments: { body: Listed } = await agent.get('/admin/api/resources/Appointment/actions/list?perPage=50');
    expect(appointments.body.records.map((r) => r.populated.unitId?.title).sort()).toEqual([
      'Phường 01 — Quận 3',
      'Phường 01 — Quận 5',
    ]);
  });

  it('the parents of a page of units are read in one statement, however many units the page shows', async () => {
    const agent = await adminAgent(t, 'noivu');
    const statements = async (perPage: number) => {
      const before = t.queries.count;
      const list: { body: Listed } = await agent.get(`/admin/api/resources/Unit/actions/list?perPage=${perPage}`);
      expect(list.body.records).toHaveLength(perPage);
      expect(
        list.body.records
          .filter((r) => r.params.kind === 'WARD')
          .every((r) => / — Quận [35]$/.test(String(r.params.nameWithParent))),
      ).toBe(true);
      return t.queries.count - before;
    };
    expect(await statements(25)).toBe(await statements(2));
  });

  it('an optional date or choice left empty is saved as empty, not refused by PostgreSQL', async () => {
    const agent = await adminAgent(t, 'noivu');
    const person = await makePerson(t.db, 'Người Chưa Quyết Định');
    const response = await agent
      .post('/admin/api/resources/DisciplineCase/actions/new')
      .type('form')
      .send({ personId: person.id, form: '', openedOn: '2026-11-02', decidedOn: '', extended: 'false', note: '' });
    expect(response.status).toBe(200);
    expect(response.body.notice).toEqual({ type: 'success', message: 'successfullyCreated' });
    const [saved] = await t.db.query(
      `SELECT form, opened_on::text, decided_on FROM discipline_case WHERE person_id = $1`,
      [person.id],
    );
    expect(saved).toEqual({ form: null, opened_on: '2026-11-02', decided_on: null });
  });

  it('a form left empty is refused in Vietnamese, naming each field by its label (never a 500 from PostgreSQL)', async () => {
    const agent = await adminAgent(t, 'noivu');
    const unit = await agent
      .post('/admin/api/resources/Unit/actions/new')
      .type('form')
      .send({ code: 'P99', name: 'Phường 99', kind: 'WARD', 'validity.validFrom': '' });
    expect(unit.status).toBe(200);
    expect(unit.body.notice).toEqual({
      type: 'error',
      message: 'Dữ liệu chưa hợp lệ: Hiệu lực từ ngày — cần nhập ngày hợp lệ',
    });
    expect(unit.body.record.errors['validity.validFrom']).toEqual({ message: 'cần nhập ngày hợp lệ' });

    const [person] = await t.db.query(`SELECT id FROM person LIMIT 1`);
    const absence = await agent
      .post('/admin/api/resources/Absence/actions/new')
      .type('form')
      .send({ personId: person.id, kind: 'SICK', 'validity.validFrom': '', 'validity.validTo': '' });
    expect(absence.status).toBe(200);
    expect(absence.body.notice).toEqual({ type: 'error', message: 'thereWereValidationErrors' });
    expect(absence.body.record.errors).toEqual({
      'validity.validFrom': { message: 'Cần nhập mục này' },
      'validity.validTo': { message: 'Cần nhập mục này' },
    });
  });

  it('a decimal typed with a comma ("1,25") is the number 1.25, and is a number in the record', async () => {
    const agent = await adminAgent(t, 'noivu');
    const [unit] = await t.db.query(`SELECT id FROM unit WHERE name = 'Quận 3'`);
    const [period] = await t.db.query(
      `INSERT INTO evaluation_period (kind, year, quarter, starts_on, ends_on, deadline, status)
       VALUES ('QUARTER', 2026, 4, '2026-10-01', '2026-12-31', '2027-01-04', 'OPEN') RETURNING id`,
    );
    const response = await agent
      .post('/admin/api/resources/IncomeCoefficient/actions/new')
      .type('form')
      .send({ unitId: unit.id, periodId: period.id, k: '1,25' });
    expect(response.body.notice).toEqual({ type: 'success', message: 'successfullyCreated' });
    const [saved] = await t.db.query(`SELECT id, k::float AS k FROM income_coefficient WHERE unit_id = $1`, [unit.id]);
    expect(saved.k).toBe(1.25);
    const shown = await agent.get(`/admin/api/resources/IncomeCoefficient/records/${saved.id}/show`);
    expect(shown.body.record.params.k).toBe(1.25);
  });

  it('an amount typed with dots grouping thousands ("12.500.000") is that number; the other basis left empty is none', async () => {
    const agent = await adminAgent(t, 'noivu');
    const person = await makePerson(t.db, 'Người Hưởng Lương');
    const response = await agent
      .post('/admin/api/resources/PersonPay/actions/new')
      .type('form')
      .send({ personId: person.id, monthlySalary: '12.500.000', fixedMonthlyAmount: '' });
    expect(response.body.notice).toEqual({ type: 'success', message: 'successfullyCreated' });
    const [saved] = await t.db.query(
      `SELECT monthly_salary::float AS salary, fixed_monthly_amount AS fixed FROM person_pay WHERE person_id = $1`,
      [person.id],
    );
    expect(saved).toEqual({ salary: 12_500_000, fixed: null });
  });

  it('a setting is listed and titled by what it means, not by its key', async () => {
    const agent = await adminAgent(t, 'noivu');
    const list: { body: Listed } = await agent.get(
      `/admin/api/resources/Setting/actions/list?filters.description=${encodeURIComponent('he so k toi da')}`,
    );
    expect(list.body.records.map((r) => r.title)).toEqual(['Hệ số k tối đa của đơn vị']);
  });
});
