import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import { UnitKind } from '../../../src/hierarchy/hierarchy.enums.js';
import { Position } from '../../../src/people/people.enums.js';
import { appoint, districtWithThreeWards, makeHead, makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const HEAD = `query($id: ID!, $asOf: Date) { unit(id: $id, asOf: $asOf) { head { fullName } headWarning } }`;
const RATER = `query($id: ID!, $asOf: Date) { person(id: $id) { rater(asOf: $asOf) { person { fullName } unit { name } warnings } } }`;
const APPOINT = `mutation($input: AppointInput!) { appoint(input: $input) { id position acting from to } }`;

describe('heads (R3, R4) and raters (R5)', () => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await createTestApp();
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    token = await t.login('noivu');
  });
  afterAll(() => t.close());

  it('a name search takes % and _ as the characters typed, not as wildcards, and ignores diacritics', async () => {
    await makePerson(t.db, 'Lê Văn 100% Đúng');
    await makePerson(t.db, 'Lê Văn Sai');
    const SEARCH = `query($q: String!) { people(first: 50, filter: { search: $q }) { nodes { fullName } } }`;
    const names = async (q: string) =>
      ((await t.gql(SEARCH, { q }, token)).data?.people.nodes as Array<{ fullName: string }>).map((p) => p.fullName);
    expect(await names('%')).toEqual(['Lê Văn 100% Đúng']);
    expect(await names('le van _')).toEqual([]);
    expect(await names('100% dung')).toEqual(['Lê Văn 100% Đúng']);
  });

  it('an acting head stands in only while there is no non-acting head; a vacancy shows a warning', async () => {
    const ward = await makeUnit(t.db, { name: 'Phường Quyền' });
    const titular = await makePerson(t.db, 'Chính Thức');
    const acting = await makePerson(t.db, 'Phụ Trách');
    await appoint(t.db, titular, ward, Position.HEAD, { from: '2024-01-01', to: '2025-01-01' });
    await appoint(t.db, acting, ward, Position.HEAD, { acting: true, from: '2024-06-01', to: '2025-06-01' });

    expect((await t.gql(HEAD, { id: ward.id, asOf: '2024-07-01' }, token)).data?.unit).toEqual({
      head: { fullName: 'Chính Thức' },
      headWarning: null,
    });
    const actingDay = (await t.gql(HEAD, { id: ward.id, asOf: '2025-02-01' }, token)).data?.unit;
    expect(actingDay.head).toEqual({ fullName: 'Phụ Trách' });
    expect(actingDay.headWarning).toContain('theo quyền');
    const vacant = await t.gql(HEAD, { id: ward.id, asOf: '2025-07-01' }, token);
    expect(vacant.errors).toBeUndefined();
    expect(vacant.data?.unit.head).toBeNull();
    expect(vacant.data?.unit.headWarning).toContain('chưa có người đứng đầu');
  });

  it('rates heads by the parent head, staff by their own head, and skips a vacant parent with a warning', async () => {
    const { district, wards } = await districtWithThreeWards(t.db);
    const wardHead = await makeHead(t.db, wards[0]);
    const staff = await makePerson(t.db, 'Công Chức Phường');
    await appoint(t.db, staff, wards[0], Position.STAFF);

    const headRater = (await t.gql(RATER, { id: wardHead.id, asOf: '2025-03-31' }, token)).data?.person.rater;
    expect(headRater).toEqual({
      person: { fullName: 'Thủ trưởng Quận Thử nghiệm' },
      unit: { name: 'Quận Thử nghiệm' },
      warnings: [],
    });
    const staffRater = (await t.gql(RATER, { id: staff.id, asOf: '2025-03-31' }, token)).data?.person.rater;
    expect(staffRater.person).toEqual({ fullName: 'Thủ trưởng Phường Một' });

    await t.db.query(`UPDATE appointment SET valid_to = '2025-01-01' WHERE unit_id = $1`, [district.id]);
    const skipped = (await t.gql(RATER, { id: wardHead.id, asOf: '2025-03-31' }, token)).data?.person.rater;
    expect(skipped.person).toEqual({ fullName: 'Thủ trưởng Thành phố Thử nghiệm' });
    expect(skipped.unit).toEqual({ name: 'Thành phố Thử nghiệm' });
    expect(skipped.warnings).toEqual([expect.stringContaining('Quận Thử nghiệm')]);
  });

  it('refuses a second non-acting head over overlapping days (CONFLICT) and saves nothing; an acting head is allowed', async () => {
    const ward = await makeUnit(t.db, { name: 'Phường Trùng Thủ Trưởng', kind: UnitKind.WARD });
    await makeHead(t.db, ward, { from: '2024-01-01' });
    const second = await makePerson(t.db, 'Người Thứ Hai');
    const count = async () =>
      Number((await t.db.query(`SELECT count(*) FROM appointment WHERE unit_id = $1`, [ward.id]))[0].count);

    const overlapping = await t.gql(
      APPOINT,
      { input: { personId: second.id, unitId: ward.id, position: 'HEAD', from: '2025-01-01' } },
      token,
    );
    expect(overlapping.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(overlapping.errors?.[0].message).not.toMatch(/EXC_|constraint|duplicate key/i);
    expect(await count()).toBe(1);

    const actingHead = await t.gql(
      APPOINT,
      { input: { personId: second.id, unitId: ward.id, position: 'HEAD', acting: true, from: '2025-01-01' } },
      token,
    );
    expect(actingHead.errors).toBeUndefined();
    expect(actingHead.data?.appoint).toMatchObject({ position: 'HEAD', acting: true, from: '2025-01-01', to: null });
    expect(await count()).toBe(2);
  });

  it('the database itself refuses overlapping heads, whatever code writes them', async () => {
    const ward = await makeUnit(t.db, { name: 'Phường Ràng Buộc' });
    await makeHead(t.db, ward);
    const other = await makePerson(t.db);
    await expect(appoint(t.db, other, ward, Position.HEAD, { from: '2030-01-01' })).rejects.toMatchObject({
      driverError: expect.objectContaining({ code: '23P01', constraint: 'EXC_appointment_one_head' }),
    });
  });

  it('ends an appointment, and refuses an end before its start', async () => {
    const ward = await makeUnit(t.db);
    const person = await makePerson(t.db);
    const appointment = await appoint(t.db, person, ward, Position.DEPUTY, { from: '2024-01-01' });
    const END = `mutation($id: ID!, $to: Date!) { endAppointment(id: $id, to: $to) { to } }`;
    const bad = await t.gql(END, { id: appointment.id, to: '2023-12-31' }, token);
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const ended = await t.gql(END, { id: appointment.id, to: '2025-01-01' }, token);
    expect(ended.data?.endAppointment).toEqual({ to: '2025-01-01' });
  });
});
