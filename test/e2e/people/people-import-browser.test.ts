import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { browserAvailability, browserHarness, screenshot, type BrowserHarness } from '../../support/browser.js';

const { executablePath, skipReason } = browserAvailability();
if (skipReason) console.warn(skipReason);
const describeInBrowser = executablePath ? describe : describe.skip;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PEOPLE_HEADER = ['Số hiệu cán bộ', 'Họ và tên', 'Loại'];
const APPOINTMENTS_HEADER = ['Số hiệu cán bộ', 'Mã đơn vị', 'Chức vụ', 'Quyền, phụ trách', 'Từ ngày', 'Đến ngày'];

/** A workbook as Home Affairs fills the template in: sheets by title, a header row, then rows. */
async function workbook(sheets: Record<string, string[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [title, rows] of Object.entries(sheets)) book.addWorksheet(title).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * "Nhập cán bộ từ tệp" as Home Affairs' office uses it on the demo city: the template, a file previewed (new,
 * changed, errors by row and column), applied; and refused to a ward's staff at the page and at its JSON door.
 */
describeInBrowser('importing people from a file in the panel (headless Chromium)', () => {
  let h: BrowserHarness;
  const one = async (sql: string, params: unknown[] = []) => (await h.t.db.query(sql, params))[0];
  const imported = async () =>
    (await one(`SELECT count(*)::int AS n FROM person WHERE staff_number IS NOT NULL`)).n as number;

  beforeAll(async () => {
    h = await browserHarness(executablePath as string);
  });
  afterAll(() => h?.close());

  const openImport = async (page: Page) => {
    await page.goto(`${h.baseUrl}/admin/pages/peopleImport`, { waitUntil: 'domcontentloaded' });
    await page.getByTestId('template-link').waitFor();
  };
  /** Chooses a file and asks for the preview; answers the report's box once it shows. */
  const preview = async (page: Page, name: string, mimeType: string, buffer: Buffer) => {
    await page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer });
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    return report;
  };
  const countsOf = async (page: Page, kind: string) => page.getByTestId(`count-${kind}`).locator('td').allInnerTexts();

  it('noivu downloads the template, previews a workbook, applies it, then sees a change previewed as a change', async () => {
    const page = await h.signIn('noivu');
    await page.getByText('Nhập cán bộ từ tệp').first().click();
    await page.getByTestId('template-link').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-link').click()]);
    expect(download.suggestedFilename()).toBe('mau-nhap-can-bo.xlsx');
    const template = new ExcelJS.Workbook();
    await template.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    expect(template.worksheets.map((sheet) => sheet.name)).toEqual([
      'Cán bộ',
      'Bổ nhiệm',
      'Vắng mặt',
      'Lương',
      'Hướng dẫn',
    ]);
    expect(template.getWorksheet('Bổ nhiệm')?.getRow(1).values).toEqual([undefined, ...APPOINTMENTS_HEADER]);

    const first = await workbook({
      'Cán bộ': [PEOPLE_HEADER, ['BHH-0901', 'Lê Thị Hạnh', 'Công chức'], ['BHH-0902', 'Võ Minh Tâm', 'Cán bộ']],
      'Bổ nhiệm': [
        APPOINTMENTS_HEADER,
        ['BHH-0901', '27439', 'Nhân viên', '', '01/10/2026', ''],
        ['BHH-0902', '27439', 'Cấp phó', '', '2026-10-01', ''],
      ],
    });
    const report = await preview(page, 'nhan-su-bhh.xlsx', XLSX, first);
    await report.getByText('Xem trước 4 dòng: chưa ghi gì').waitFor();
    expect(await countsOf(page, 'people')).toEqual(['Cán bộ', '2', '0', '0']);
    expect(await countsOf(page, 'appointments')).toEqual(['Bổ nhiệm', '2', '0', '0']);
    expect(await page.getByTestId('import-changes').innerText()).toContain('Mới');
    expect(await imported()).toBe(0);

    await page.getByRole('button', { name: 'Nhập vào hệ thống' }).click();
    await page.getByText('Đã nhập 4 dòng vào hệ thống.').waitFor();
    expect(
      await h.t.db.query(
        `SELECT p.staff_number, p.full_name, p.staff_type, a.position, a.valid_from, a.valid_to, u.code
           FROM person p JOIN appointment a ON a.person_id = p.id JOIN unit u ON u.id = a.unit_id
          WHERE p.staff_number IS NOT NULL ORDER BY p.staff_number`,
      ),
    ).toEqual([
      {
        staff_number: 'BHH-0901',
        full_name: 'Lê Thị Hạnh',
        staff_type: 'CONG_CHUC',
        position: 'STAFF',
        valid_from: '2026-10-01',
        valid_to: null,
        code: '27439',
      },
      {
        staff_number: 'BHH-0902',
        full_name: 'Võ Minh Tâm',
        staff_type: 'CAN_BO',
        position: 'DEPUTY',
        valid_from: '2026-10-01',
        valid_to: null,
        code: '27439',
      },
    ]);

    // the same people again, one name corrected and one person more: a change and a new row
    const second = await workbook({
      'Cán bộ': [
        PEOPLE_HEADER,
        ['BHH-0901', 'Lê Thị Mỹ Hạnh', 'Công chức'],
        ['BHH-0902', 'Võ Minh Tâm', 'Cán bộ'],
        ['BHH-0903', 'Đặng Quốc Huy', 'Công chức'],
      ],
      'Bổ nhiệm': [APPOINTMENTS_HEADER, ['BHH-0903', '27439', 'Nhân viên', '', '15/11/2026', '']],
    });
    await openImport(page);
    await (await preview(page, 'nhan-su-bhh-dot-2.xlsx', XLSX, second)).getByText('chưa ghi gì').waitFor();
    expect(await countsOf(page, 'people')).toEqual(['Cán bộ', '1', '1', '1']);
    expect(await page.getByTestId('import-changes').innerText()).toMatch(/dòng 2\s+Thay đổi: Họ và tên/);
    await screenshot(page, 'people-import-preview');
    await page.getByRole('button', { name: 'Nhập vào hệ thống' }).click();
    await page.getByText('Đã nhập 4 dòng vào hệ thống.').waitFor();
    expect(await one(`SELECT full_name FROM person WHERE staff_number = 'BHH-0901'`)).toEqual({
      full_name: 'Lê Thị Mỹ Hạnh',
    });
    expect(await imported()).toBe(3);
  });

  it('a file with an error row shows the error by row and column, cannot be applied, and writes nothing', async () => {
    const before = await imported();
    const csv = Buffer.from(
      `${PEOPLE_HEADER.join(',')}\nBHH-0951,Phạm Văn Dũng,Công chức\nBHH-0952,Ngô Thị Lan,Giáo viên\n`,
    );
    const page = await h.signIn('noivu');
    await openImport(page);
    const report = await preview(page, 'can-bo.csv', 'text/csv', csv);
    await report.getByText('Có 1 lỗi: chưa ghi gì.').waitFor();
    const errors = await page.getByTestId('import-errors').locator('tbody tr td').allInnerTexts();
    expect(errors.slice(0, 3)).toEqual(['Cán bộ', '3', 'Loại']);
    expect(errors[3]).toMatch(/\S/);
    expect(await page.getByRole('button', { name: 'Nhập vào hệ thống' }).isDisabled()).toBe(true);

    // the page's door, asked to apply the same file anyway: all or nothing
    const forced = await page.request.post(`${h.baseUrl}/admin/uploads/people-import?apply=1`, {
      headers: { 'content-type': 'application/octet-stream' },
      data: csv,
    });
    expect(await forced.json()).toMatchObject({
      ok: true,
      report: { applied: false, errors: [{ row: 3, column: 'Loại' }] },
    });
    expect(await imported()).toBe(before);
  });

  it('a ward’s staff is not offered the page, is told so if they open it, and its JSON door refuses them', async () => {
    const before = await imported();
    const page = await h.signIn('canbo');
    await page.getByText('Cây đơn vị theo ngày').first().waitFor();
    expect(await page.getByText('Nhập cán bộ từ tệp').count()).toBe(0);

    await page.goto(`${h.baseUrl}/admin/pages/peopleImport`, { waitUntil: 'domcontentloaded' });
    await page.getByText('Bạn không có quyền thực hiện thao tác này.').waitFor();
    expect(await page.getByTestId('import-file').count()).toBe(0);

    const csv = Buffer.from(`${PEOPLE_HEADER.join(',')}\nBHH-0961,Trần Văn Tự,Công chức\n`);
    const upload = await page.request.post(`${h.baseUrl}/admin/uploads/people-import?apply=1`, {
      headers: { 'content-type': 'application/octet-stream' },
      data: csv,
    });
    expect(upload.status()).toBe(403);
    expect(await upload.json()).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect((await page.request.get(`${h.baseUrl}/admin/imports/people/template.xlsx`)).status()).toBe(403);
    expect(await imported()).toBe(before);
  });
});
