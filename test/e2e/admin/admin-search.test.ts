import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import { makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { adminAgent } from '../../support/admin.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/** Vietnamese search in the panel: list filters and reference pickers fold as GraphQL's search does. */
describe('searching the panel in Vietnamese', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await makeUnit(t.db, { name: 'Phường Bình Hưng Hoà A' });
    await makeUnit(t.db, { name: 'Phường 01' });
    await makeUnit(t.db, { name: 'Quận Bình Tân' });
    await makePerson(t.db, 'Nguyễn Thị Hoa');
    await makePerson(t.db, 'Trần Văn Nam');
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
  });
  afterAll(() => t.close());

  const names = (body: { records: Array<{ params: { name?: string; fullName?: string } }> }) =>
    body.records.map((r) => r.params.name ?? r.params.fullName).sort();

  it('a list filter without diacritics, in another case or tone-mark placement, finds the unit; the total agrees', async () => {
    const agent = await adminAgent(t, 'noivu');
    for (const typed of ['binh hung hoa', 'BÌNH HƯNG HÒA', 'Bình Hưng Hoà']) {
      const list = await agent.get(`/admin/api/resources/Unit/actions/list?filters.name=${encodeURIComponent(typed)}`);
      expect(names(list.body)).toEqual(['Phường Bình Hưng Hoà A']);
      expect(list.body.meta.total).toBe(1);
    }
    const zero = await agent.get(
      `/admin/api/resources/Unit/actions/list?filters.name=${encodeURIComponent('phuong 1')}`,
    );
    expect(names(zero.body)).toEqual(['Phường 01']);
  });

  it('LIKE wildcards are taken literally; a virtual column or a made-up path neither sorts nor filters (no 500)', async () => {
    const agent = await adminAgent(t, 'noivu');
    for (const typed of ['%', '_']) {
      const list = await agent.get(`/admin/api/resources/Unit/actions/list?filters.name=${encodeURIComponent(typed)}`);
      expect(list.body.records).toEqual([]);
    }
    const sorted = await agent.get('/admin/api/resources/Initiative/actions/list?sortBy=progress&direction=desc');
    expect(sorted.status).toBe(200);
    const [unit] = await t.db.query(`SELECT id FROM unit LIMIT 1`);
    const crafted = await agent.get(`/admin/api/resources/Unit/actions/list?filters.parentId.x=${unit.id}`);
    expect(crafted.status).toBe(200);
  });

  it('a text filter and a filter on the key itself hold together (the calendar: a range of days and a name)', async () => {
    const agent = await adminAgent(t, 'noivu');
    const range = 'filters.day~~from=2026-01-01&filters.day~~to=2026-12-31';
    const days = await agent.get(`/admin/api/resources/CalendarDay/actions/list?perPage=100&${range}`);
    const tet = await agent.get(
      `/admin/api/resources/CalendarDay/actions/list?perPage=100&${range}&filters.name=${encodeURIComponent('tet nguyen dan')}`,
    );
    expect(tet.body.meta.total).toBeGreaterThan(0);
    expect(tet.body.meta.total).toBeLessThan(days.body.meta.total);
    expect(tet.body.records.every((r: { params: { day: string } }) => r.params.day.startsWith('2026'))).toBe(true);
  });

  it('a date filter that is no date is a 400 with its message, on a list and on its export (not a 500)', async () => {
    const agent = await adminAgent(t, 'noivu');
    for (const url of [
      '/admin/api/resources/CalendarDay/actions/list?filters.day~~from=abc',
      '/admin/api/resources/Unit/actions/list?filters.validity.validFrom~~from=2025-01-01&filters.validity.validFrom~~to=x',
      '/admin/api/resources/FeedbackItem/actions/list?filters.dueAt=abc',
      '/admin/exports/resources/FeedbackItem.xlsx?filters.dueAt=abc',
    ]) {
      const refused = await agent.get(url).set('accept', 'application/json');
      expect({ url, status: refused.status, code: refused.body.errors?.[0]?.extensions.code }).toStrictEqual({
        url,
        status: 400,
        code: 'BAD_REQUEST',
      });
    }
    const days = await agent.get('/admin/api/resources/CalendarDay/actions/list?filters.day~~from=2026-01-01');
    expect(days.status).toBe(200);
  });

  it("a unit's validity (embedded validity.validFrom/validTo) is listed, sorted and filtered by its own paths", async () => {
    const agent = await adminAgent(t, 'noivu');
    await makeUnit(t.db, { name: 'Phường Lập Sau', validFrom: '2025-07-01' });
    const sorted = await agent.get('/admin/api/resources/Unit/actions/list?sortBy=validity.validFrom&direction=desc');
    expect(sorted.status).toBe(200);
    expect(sorted.body.records[0].params).toMatchObject({
      name: 'Phường Lập Sau',
      'validity.validFrom': '2025-07-01',
      'validity.validTo': null,
    });
    const range = 'filters.validity.validFrom~~from=2025-01-01&filters.validity.validFrom~~to=2025-12-31';
    const filtered = await agent.get(`/admin/api/resources/Unit/actions/list?${range}`);
    expect(names(filtered.body)).toEqual(['Phường Lập Sau']);
    expect(filtered.body.meta.total).toBe(1);
  });

  it('a reference picker (the search action) finds "binh tan" and "nguyen thi"', async () => {
    const agent = await adminAgent(t, 'noivu');
    const units = await agent.get(`/admin/api/resources/Unit/actions/search/${encodeURIComponent('binh tan')}`);
    expect(names(units.body)).toEqual(['Quận Bình Tân']);
    const people = await agent.get(`/admin/api/resources/Person/actions/search/${encodeURIComponent('nguyen thi')}`);
    expect(names(people.body)).toEqual(['Nguyễn Thị Hoa']);
  });
});
