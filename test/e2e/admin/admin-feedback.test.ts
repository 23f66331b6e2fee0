import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { booleanLabelVi, propertyLabelVi } from '../../../admin/locale/vi.js';
import { Role } from '../../../src/auth/auth.enums.js';
import type { AuthUser } from '../../../src/auth/auth-user.js';
import { FeedbackChannel } from '../../../src/feedback/feedback.enums.js';
import { Position } from '../../../src/people/people.enums.js';
import { appoint, makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { adminAgent } from '../../support/admin.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

describe('1022 feedback and discipline in the admin panel', () => {
  let t: TestApp;
  let itemId: string;

  beforeAll(async () => {
    t = await createTestApp();
    const ward = await makeUnit(t.db, { name: 'Phường Có Phản Ánh' });
    const other = await makeUnit(t.db, { name: 'Phường Khác' });
    const staff = await makePerson(t.db, 'Cán Bộ Tiếp Nhận');
    await appoint(t.db, staff, ward, Position.STAFF);
    const outsider = await makePerson(t.db, 'Cán Bộ Phường Khác');
    await appoint(t.db, outsider, other, Position.STAFF);
    const noivu = await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    await makeUser(t.db, 'tiepnhan', [], staff);
    await makeUser(t.db, 'phuongkhac', [], outsider);
    await makeUser(t.db, 'chutich', [Role.CITY_LEADER]);
    const portal: AuthUser = { id: noivu.id, username: 'noivu', roles: [Role.HOME_AFFAIRS], personId: null };
    const item = await t.services.feedback.receive(portal, {
      reference: '1022-ADMIN-1',
      channel: FeedbackChannel.WEB,
      category: 'Hạ tầng đô thị',
      content: 'Ổ gà trên đường',
      contactName: 'Trần Văn Dân',
      contactPhone: '0909000000',
      receivedAt: new Date(),
      unitId: ward.id,
    });
    itemId = item.id;
  });
  afterAll(() => t.close());

  it('shows the citizen’s contact to Home Affairs and the unit’s staff only (R23)', async () => {
    const show = async (who: string) =>
      (await (await adminAgent(t, who)).get(`/admin/api/resources/FeedbackItem/records/${itemId}/show`)).body.record
        .params;
    expect(await show('noivu')).toMatchObject({ contactName: 'Trần Văn Dân', contactPhone: '0909000000' });
    expect(await show('tiepnhan')).toMatchObject({ contactName: 'Trần Văn Dân' });
    const leader = await show('chutich');
    expect(leader.reference).toBe('1022-ADMIN-1');
    expect(leader.contactName).toBeUndefined();
    expect(leader.contactPhone).toBeUndefined();
    const outsider = await (
      await adminAgent(t, 'phuongkhac')
    ).get(`/admin/api/resources/FeedbackItem/records/${itemId}/show`);
    expect(outsider.body.record).toMatchObject({ baseError: { type: 'NotFoundError' }, params: {} });
    const list = await (await adminAgent(t, 'phuongkhac')).get('/admin/api/resources/FeedbackItem/actions/list');
    expect(JSON.stringify(list.body)).not.toContain('0909000000');
  });

  it('replies through the service; a reply to a closed item shows the error and changes nothing', async () => {
    const staff = await adminAgent(t, 'tiepnhan');
    const replied = await staff
      .post(`/admin/api/resources/FeedbackItem/records/${itemId}/edit`)
      .type('form')
      .send({ reply: 'Đã vá ổ gà' });
    expect(replied.body.notice.type).toBe('success');
    const noivu = await t.db.query(`SELECT id FROM app_user WHERE username = 'noivu'`);
    await t.services.feedback.close(
      { id: noivu[0].id, username: 'noivu', roles: [Role.HOME_AFFAIRS], personId: null },
      itemId,
      true,
    );
    const again = await staff
      .post(`/admin/api/resources/FeedbackItem/records/${itemId}/edit`)
      .type('form')
      .send({ reply: 'Trả lời lần hai' });
    expect(again.body.notice).toEqual({ type: 'error', message: expect.stringContaining('CLOSED') });
    expect((await t.db.query(`SELECT reply, status FROM feedback_item WHERE id = $1`, [itemId]))[0]).toEqual({
      reply: 'Đã vá ổ gà',
      status: 'CLOSED',
    });
  });

  it('handles a submission in one transaction: a bad progress date undoes the reassignment made with it', async () => {
    const [noivu] = await t.db.query(`SELECT id FROM app_user WHERE username = 'noivu'`);
    const [other] = await t.db.query(`SELECT id FROM unit WHERE name = 'Phường Khác'`);
    const item = await t.services.feedback.receive(
      { id: noivu.id, username: 'noivu', roles: [Role.HOME_AFFAIRS], personId: null },
      {
        reference: '1022-ADMIN-2',
        channel: FeedbackChannel.HOTLINE,
        category: 'Trật tự đô thị',
        content: 'Lấn chiếm vỉa hè',
        contactPhone: '0909000001',
        receivedAt: new Date(),
        unitId: (await t.db.query(`SELECT id FROM unit WHERE name = 'Phường Có Phản Ánh'`))[0].id,
      },
    );
    const before = await t.db.query(`SELECT unit_id, status, due_at FROM feedback_item WHERE id = $1`, [item.id]);
    const homeAffairs = await adminAgent(t, 'noivu');
    const response = await homeAffairs
      .post(`/admin/api/resources/FeedbackItem/records/${item.id}/edit`)
      .type('form')
      .send({ unitId: other.id, assignmentKind: 'MISROUTED', progressNote: 'Đã chuyển', committedDate: '2020-01-01' });
    expect(response.body.notice.type).toBe('error');
    expect(response.body.record.errors.committedDate.message).toContain('ngày cam kết');
    expect(await t.db.query(`SELECT unit_id, status, due_at FROM feedback_item WHERE id = $1`, [item.id])).toEqual(
      before,
    );
    expect(
      (await t.db.query(`SELECT count(*)::int AS count FROM feedback_assignment WHERE item_id = $1`, [item.id]))[0]
        .count,
    ).toBe(1);
  });

  it('the Excel export of the list computes its columns as the list does: overdue and provisional due dates', async () => {
    const [noivu] = await t.db.query(`SELECT id FROM app_user WHERE username = 'noivu'`);
    await t.services.feedback.receive(
      { id: noivu.id, username: 'noivu', roles: [Role.HOME_AFFAIRS], personId: null },
      {
        reference: '1022-ADMIN-CU',
        channel: FeedbackChannel.WEB,
        category: 'Môi trường',
        content: 'Rác tồn đọng',
        contactPhone: '0909000002',
        receivedAt: new Date('2024-03-01T09:00:00+07:00'),
        unitId: (await t.db.query(`SELECT id FROM unit WHERE name = 'Phường Có Phản Ánh'`))[0].id,
      },
    );
    const agent = await adminAgent(t, 'noivu');
    const list = (await agent.get('/admin/api/resources/FeedbackItem/actions/list?perPage=100')).body.records as Array<{
      params: Record<string, unknown>;
    }>;
    const exported = await agent
      .get('/admin/exports/resources/FeedbackItem.xlsx')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(exported.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.body as ArrayBuffer);
    const sheet = book.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).map(String);
    const cellOf = (row: ExcelJS.Row, path: string) =>
      row.getCell(headers.indexOf(propertyLabelVi('FeedbackItem', path) as string)).value;
    const rows = new Map<unknown, ExcelJS.Row>();
    sheet.eachRow((row, number) => {
      if (number > 1) rows.set(cellOf(row, 'reference'), row);
    });
    expect(rows.size).toBe(list.length);
    for (const { params } of list) {
      const row = rows.get(params.reference) as ExcelJS.Row;
      for (const path of ['overdue', 'dueProvisional'])
        expect([params.reference, path, cellOf(row, path)]).toEqual([
          params.reference,
          path,
          booleanLabelVi(path, params[path]),
        ]);
    }
    expect(cellOf(rows.get('1022-ADMIN-CU') as ExcelJS.Row, 'overdue')).toBe('Quá hạn');
  });

  it('refuses a discipline form that no longer exists on the decision date, and saves nothing', async () => {
    const noivu = await adminAgent(t, 'noivu');
    const [person] = await t.db.query(`SELECT id FROM person LIMIT 1`);
    const refused = await noivu
      .post('/admin/api/resources/DisciplineCase/actions/new')
      .type('form')
      .send({ personId: person.id, form: 'DEMOTION', openedOn: '2025-08-01', decidedOn: '2025-09-15' });
    expect(refused.body.record.errors.form.message).toContain('Nghị định 172/2025');
    expect((await t.db.query(`SELECT count(*)::int AS count FROM discipline_case`))[0].count).toBe(0);
    const accepted = await noivu
      .post('/admin/api/resources/DisciplineCase/actions/new')
      .type('form')
      .send({ personId: person.id, form: 'WARNING', openedOn: '2025-08-01', decidedOn: '2025-09-15' });
    expect(accepted.body.notice.type).toBe('success');
    const pending = await noivu
      .post('/admin/api/resources/DisciplineCase/actions/new')
      .type('form')
      .send({ personId: person.id, openedOn: '2026-01-01', extended: 'false' });
    expect(pending.body.notice.type).toBe('success');
    const list = await noivu.get('/admin/api/resources/DisciplineCase/actions/list');
    const open = list.body.records.find((record: { params: { openedOn: string } }) =>
      record.params.openedOn.startsWith('2026-01-01'),
    );
    expect(open.params.decisionDeadline).toBe('2026-04-01');
  });
});
