import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { Role } from '../../../src/auth/auth.enums.js';
import { UnitKind } from '../../../src/hierarchy/hierarchy.enums.js';
import { makeUnit, makeUser } from '../../factories/scenario.js';
import { adminAgent } from '../../support/admin.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const file = (name: string, content: string | Buffer) => ({ name, contentBase64: base64(content) });
const REPORT = `applied rows counts { kind created updated unchanged } errors { sheet row column message } changes { row outcome fields } ignoredSheets`;

/** A workbook as Home Affairs fills the template in: sheets by title, a header row, then rows. */
async function workbook(sheets: Record<string, ExcelJS.CellValue[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [title, rows] of Object.entries(sheets)) book.addWorksheet(title).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('importing people, appointments, absences and pay from a file', () => {
  let t: TestApp;
  let noivu: string;
  let viewer: string;
  const counts = (report: { counts: Array<{ kind: string }> }) =>
    Object.fromEntries(report.counts.map(({ kind, ...rest }) => [kind, rest]));

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-03-02T09:00:00+07:00') });
    const city = await makeUnit(t.db, { code: 'TP', name: 'Thành phố', kind: UnitKind.CITY });
    // code 27439 is one ward until 1 July 2025 and its successor from that day
    const old = await makeUnit(t.db, {
      code: '27439',
      name: 'Phường Bình Hưng Hoà A',
      parent: city,
      validFrom: '2020-01-01',
    });
    await t.db.query(`UPDATE unit SET valid_to = '2025-07-01' WHERE id = $1`, [old.id]);
    await makeUnit(t.db, { code: '27439', name: 'Phường Bình Hưng Hòa', parent: city, validFrom: '2025-07-01' });
    await makeUnit(t.db, { code: '27442', name: 'Phường Bình Trị Đông', parent: city });
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    await makeUser(t.db, 'xem', [Role.VIEWER]);
    noivu = await t.login('noivu');
    viewer = await t.login('xem');
  });
  afterAll(() => t.close());

  const preview = async (content: { name: string; contentBase64: string }, token = noivu) =>
    t.gql(`mutation($file: FileInput!) { previewPeopleImport(file: $file) { ${REPORT} } }`, { file: content }, token);
  const apply = async (content: { name: string; contentBase64: string }, token = noivu) =>
    t.gql(`mutation($file: FileInput!) { applyPeopleImport(file: $file) { ${REPORT} } }`, { file: content }, token);

  it('previews a workbook without writing, applies it in one go, and the same file again changes nothing', async () => {
    const book = await workbook({
      'Cán bộ': [
        ['Số hiệu cán bộ', 'Họ và tên', 'Loại'],
        ['CB001', 'Nguyễn Văn An', 'Cán bộ'],
        ['CB002', 'Trần Thị Bình', 'CONG_CHUC'],
      ],
      'Bổ nhiệm': [
        ['Số hiệu cán bộ', 'Mã đơn vị', 'Chức vụ', 'Quyền, phụ trách', 'Từ ngày', 'Đến ngày'],
        ['CB001', '27439', 'Người đứng đầu', '', '01/03/2024', '01/07/2025'],
        ['CB001', '27439', 'Người đứng đầu', '', new Date(Date.UTC(2025, 6, 1)), null],
        ['CB002', '27442', 'Nhân viên', '', '2024-01-15', null],
      ],
      'Vắng mặt': [
        ['Số hiệu cán bộ', 'Loại vắng mặt', 'Từ ngày', 'Đến ngày', 'Ghi chú'],
        ['CB002', 'Nghỉ thai sản', '2025-02-01', '2025-08-01', null],
      ],
      Lương: [
        ['Số hiệu cán bộ', 'Lương tháng', 'Mức khoán tháng'],
        ['CB001', '12.500.000', null],
        ['CB002', null, 2_500_000],
      ],
      'Hướng dẫn': [['Trang tính', 'Cột', 'Cách nhập']],
    });
    const seen = await preview(file('nhan-su.xlsx', book));
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.previewPeopleImport).toMatchObject({
      applied: false,
      rows: 8,
      errors: [],
      ignoredSheets: ['Hướng dẫn'],
    });
    expect(counts(seen.data?.previewPeopleImport)).toEqual({
      people: { created: 2, updated: 0, unchanged: 0 },
      appointments: { created: 3, updated: 0, unchanged: 0 },
      absences: { created: 1, updated: 0, unchanged: 0 },
      pay: { created: 2, updated: 0, unchanged: 0 },
    });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM person WHERE staff_number IS NOT NULL`)).toEqual([
      { n: 0 },
    ]);

    const done = await apply(file('nhan-su.xlsx', book));
    expect(done.data?.applyPeopleImport).toMatchObject({ applied: true, errors: [] });
    // the code is read on each appointment's first day: the old ward, then its successor
    const terms = await t.db.query(
      `SELECT u.name, a.valid_from::text AS from, a.valid_to::text AS to FROM appointment a JOIN person p ON p.id = a.person_id JOIN unit u ON u.id = a.unit_id
        WHERE p.staff_number = 'CB001' ORDER BY a.valid_from`,
    );
    expect(terms).toEqual([
      { name: 'Phường Bình Hưng Hoà A', from: '2024-03-01', to: '2025-07-01' },
      { name: 'Phường Bình Hưng Hòa', from: '2025-07-01', to: null },
    ]);
    expect(
      await t.db.query(
        `SELECT monthly_salary::int AS s, fixed_monthly_amount::int AS f FROM person_pay pp JOIN person p ON p.id = pp.person_id ORDER BY p.staff_number`,
      ),
    ).toEqual([
      { s: 12_500_000, f: null },
      { s: null, f: 2_500_000 },
    ]);
    // the audit trail names the door and the user
    const [audit] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE table_name = 'person' AND origin = 'graphql' AND actor_user_id IS NOT NULL`,
    );
    expect(audit.n).toBe(2);

    const again = await apply(file('nhan-su.xlsx', book));
    expect(counts(again.data?.applyPeopleImport)).toEqual({
      people: { created: 0, updated: 0, unchanged: 2 },
      appointments: { created: 0, updated: 0, unchanged: 3 },
      absences: { created: 0, updated: 0, unchanged: 1 },
      pay: { created: 0, updated: 0, unchanged: 2 },
    });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM appointment`)).toEqual([{ n: 3 }]);
  });

  it('a changed row updates its record; the change is named in the preview', async () => {
    const csv = 'Số hiệu cán bộ,Họ và tên,Loại\nCB002,Trần Thị Bình An,Công chức\n';
    const seen = await preview(file('doi-ten.csv', csv));
    expect(seen.data?.previewPeopleImport.changes).toEqual([{ row: 2, outcome: 'CHANGED', fields: ['Họ và tên'] }]);
    await apply(file('doi-ten.csv', csv));
    expect(await t.db.query(`SELECT full_name FROM person WHERE staff_number = 'CB002'`)).toEqual([
      { full_name: 'Trần Thị Bình An' },
    ]);
  });

  it('names every bad cell by sheet, row and column in Vietnamese, and an apply with errors writes nothing', async () => {
    const csv = [
      'staff_number,unit_code,position,acting,valid_from,valid_to',
      'CB002,27439,Nhân viên,,2024-02-30,',
      'CB002,99999,STAFF,,2024-02-01,',
      'CB404,27442,STAFF,,2024-02-01,',
      'CB002,27442,Trưởng phòng,,2024-02-01,',
      'CB002,27442,DEPUTY,,2024-02-01,2024-01-01',
      // valid, but kept out with the rest: one error and nothing is written
      'CB002,27442,DEPUTY,,2026-01-01,',
    ].join('\n');
    const answer = await apply(file('bo-nhiem.csv', csv));
    const report = answer.data?.applyPeopleImport;
    expect(report.applied).toBe(false);
    expect(report.errors).toEqual([
      {
        sheet: 'Bổ nhiệm',
        row: 2,
        column: 'Từ ngày',
        message: '"2024-02-30" không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd)',
      },
      { sheet: 'Bổ nhiệm', row: 3, column: 'Mã đơn vị', message: 'không có đơn vị mã "99999" vào ngày 2024-02-01' },
      {
        sheet: 'Bổ nhiệm',
        row: 4,
        column: 'Số hiệu cán bộ',
        message: 'không có cán bộ số hiệu "CB404" trong tệp hay trong hệ thống',
      },
      {
        sheet: 'Bổ nhiệm',
        row: 5,
        column: 'Chức vụ',
        message: '"Trưởng phòng" không thuộc: Người đứng đầu, Cấp phó, Nhân viên',
      },
      { sheet: 'Bổ nhiệm', row: 6, column: 'Đến ngày', message: 'phải sau ngày bắt đầu' },
    ]);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM appointment`)).toEqual([{ n: 3 }]);
  });

  it('a head overlapping another head of the unit is refused by the database, on its row', async () => {
    const csv = ['Số hiệu cán bộ,Họ và tên,Loại', 'CB003,Lê Văn Cường,Cán bộ'].join('\n');
    await apply(file('nguoi.csv', csv));
    const heads = [
      'Số hiệu cán bộ,Mã đơn vị,Chức vụ,"Quyền, phụ trách",Từ ngày,Đến ngày',
      'CB003,27439,HEAD,,2026-01-01,',
      'CB003,27442,HEAD,có,2026-01-01,',
    ].join('\n');
    const report = (await apply(file('truong.csv', heads))).data?.applyPeopleImport;
    expect(report.applied).toBe(false);
    expect(report.errors).toEqual([
      {
        sheet: 'Bổ nhiệm',
        row: 2,
        column: 'Từ ngày',
        message: 'đơn vị mã "27439" đã có người đứng đầu trong thời gian này',
      },
    ]);
    expect(counts(report).appointments).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(
      await t.db.query(
        `SELECT count(*)::int AS n FROM appointment a JOIN person p ON p.id = a.person_id WHERE p.staff_number = 'CB003'`,
      ),
    ).toEqual([{ n: 0 }]);
  });

  it('a cell it cannot read as a value (a formula saved without its result) is a bad cell, not its JSON', async () => {
    const book = await workbook({
      'Cán bộ': [
        ['Số hiệu cán bộ', 'Họ và tên', 'Loại'],
        ['CB901', { formula: 'UPPER("Phạm Văn Dũng")', date1904: false }, 'Cán bộ'],
      ],
    });
    const report = (await preview(file('cong-thuc.xlsx', book))).data?.previewPeopleImport;
    expect(report.errors).toEqual([
      {
        sheet: 'Cán bộ',
        row: 2,
        column: 'Họ và tên',
        message: 'công thức UPPER("Phạm Văn Dũng") chưa có kết quả: mở tệp bằng Excel, lưu lại rồi tải lên',
      },
    ]);
  });

  it('refuses a file that is not a spreadsheet by its content, whatever its name, and a sheet it does not know', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x20)]);
    const refused = await preview(file('nhan-su.csv', pdf));
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'file', message: expect.stringContaining('application/pdf') }],
    });
    const unknown = await preview(file('x.csv', 'ho_ten,ngay_sinh\nA,1990-01-01\n'));
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0].message).toContain('không nhận ra trang tính nào');
  });

  it('is Home Affairs’ office’s: others are refused at every door', async () => {
    const csv = 'Số hiệu cán bộ,Họ và tên,Loại\nCB009,Người Lạ,Cán bộ\n';
    expect((await apply(file('x.csv', csv), viewer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const panel = await adminAgent(t, 'xem');
    const upload = await panel
      .post('/admin/uploads/people-import?apply=1')
      .set('content-type', 'application/octet-stream')
      .send(Buffer.from(csv));
    expect(upload.status).toBe(403);
    expect((await panel.get('/admin/imports/people/template.xlsx')).status).toBe(403);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM person WHERE staff_number = 'CB009'`)).toEqual([{ n: 0 }]);
  });

  it('the panel takes the file as the body and answers the same report; the template is a workbook the import reads', async () => {
    const panel = await adminAgent(t, 'noivu');
    const template = await panel
      .get('/admin/imports/people/template.xlsx')
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(template.status).toBe(200);
    const empty = await panel
      .post('/admin/uploads/people-import')
      .set('content-type', 'application/octet-stream')
      .send(template.body as Buffer);
    expect(empty.body).toMatchObject({
      ok: true,
      report: { applied: false, rows: 0, errors: [], ignoredSheets: ['Hướng dẫn'] },
    });
    const csv = 'Số hiệu cán bộ,Họ và tên,Loại\nCB010,Phạm Thị Dung,Viên chức\n';
    const applied = await panel
      .post('/admin/uploads/people-import?apply=1')
      .set('content-type', 'application/octet-stream')
      .send(Buffer.from(csv));
    expect(applied.body).toMatchObject({ ok: true, report: { applied: true } });
    const [audit] = await t.db.query(
      `SELECT origin FROM audit_log WHERE table_name = 'person' AND after->>'staff_number' = 'CB010'`,
    );
    expect(audit.origin).toBe('admin');
  });
});
