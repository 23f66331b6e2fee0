import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { browserAvailability, browserHarness, screenshot, type BrowserHarness } from '../../support/browser.js';
import { docxText, pdfText, pdftotextAvailability } from '../../support/documents.js';

/** With `npm run screenshots`: the first page of a downloaded form as a picture (poppler's pdftoppm), for the README. */
function pictureOfFirstPage(pdf: Buffer, name: string): void {
  const dir = process.env.SCREENSHOT_DIR;
  if (dir)
    execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', '-f', '1', '-l', '1', '-', path.join(dir, name)], {
      input: pdf,
    });
}

const { executablePath, skipReason } = browserAvailability();
if (skipReason) console.warn(skipReason);
const pdftotext = pdftotextAvailability();
if (pdftotext.skipReason) console.warn(pdftotext.skipReason);
const describeInBrowser = executablePath && pdftotext.available ? describe : describe.skip;

/**
 * The panel's downloads, clicked as the role that uses them on the demo data: the file the browser saves is
 * read back (pdftotext, the DOCX's XML, exceljs) and holds what the screen promised.
 */
describeInBrowser('forms and Excel exports from the admin panel (headless Chromium)', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await browserHarness(executablePath as string);
  });
  afterAll(() => h?.close());

  const one = async (sql: string, params: unknown[] = []) => (await h.t.db.query(sql, params))[0];

  /** Clicks a link that downloads and returns the saved file. */
  async function saved(page: Page, click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    return { name: download.suggestedFilename(), body: readFileSync((await download.path()) as string) };
  }

  /** Opens a record's page and its download action; the action lists its files. */
  async function openAction(page: Page, resource: string, id: string, label: string): Promise<void> {
    await page.goto(`${h.baseUrl}/admin/resources/${resource}/records/${id}/show`, { waitUntil: 'domcontentloaded' });
    const button = page.getByText(label, { exact: true }).first();
    await button.waitFor();
    await button.click();
    await page.getByTestId('download').first().waitFor();
  }

  it('bhha prints canbo’s evaluation form as PDF and as DOCX', async () => {
    const evaluation = await one(
      `SELECT e.id, p.full_name FROM evaluation e JOIN person p ON p.id = e.person_id JOIN app_user u ON u.person_id = p.id
        JOIN evaluation_period ep ON ep.id = e.period_id WHERE u.username = 'canbo' ORDER BY ep.starts_on DESC, ep.kind LIMIT 1`,
    );
    const page = await h.signIn('bhha');
    await openAction(page, 'Evaluation', evaluation.id, 'In phiếu (PDF, Word)');
    await screenshot(page, 'print-form');
    const pdf = await saved(page, () => page.getByText('Tải PDF').first().click());
    expect(pdf.name).toMatch(/^phieu-danh-gia-.*\.pdf$/);
    const text = pdfText(pdf.body);
    pictureOfFirstPage(pdf.body, 'form-evaluation');
    expect(text).toContain('PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG');
    expect(text).toContain(evaluation.full_name);
    const docx = await saved(page, () => page.getByText('Tải DOCX').first().click());
    expect(await docxText(docx.body)).toContain(evaluation.full_name);
  });

  it('a ward head downloads the ward’s summary list of a period from the unit’s page', async () => {
    const ward = await one(
      `SELECT DISTINCT a.unit_id FROM appointment a JOIN app_user u ON u.person_id = a.person_id WHERE u.username = 'bhha' AND a.position = 'HEAD' AND a.valid_to IS NULL`,
    );
    const page = await h.signIn('bhha');
    await openAction(page, 'Unit', ward.unit_id, 'Danh sách tổng hợp xếp loại');
    const file = await saved(page, () => page.getByText('Tải PDF').first().click());
    const text = pdfText(file.body);
    expect(text).toContain('DANH SÁCH TỔNG HỢP');
    const staff = await one(
      `SELECT p.full_name FROM app_user u JOIN person p ON p.id = u.person_id WHERE u.username = 'canbo'`,
    );
    expect(text).toContain(staff.full_name);
  });

  it('a board member downloads the review minutes of a recommended initiative', async () => {
    const initiative = await one(`SELECT id FROM initiative WHERE title = 'Lịch tiếp dân buổi tối cho người lao động'`);
    const page = await h.signIn('thamdinh2');
    await openAction(page, 'Initiative', initiative.id, 'Biên bản thẩm định');
    const file = await saved(page, () => page.getByText('Tải PDF').first().click());
    const text = pdfText(file.body);
    expect(text).toContain('BIÊN BẢN THẨM ĐỊNH SÁNG KIẾN');
    expect(text).toContain('Lịch tiếp dân buổi tối cho người lao động');
  });

  it('Home Affairs exports the evaluation list as filtered on screen: the same rows, typed cells', async () => {
    const period = await one(`SELECT id FROM evaluation_period WHERE kind = 'QUARTER' ORDER BY starts_on DESC LIMIT 1`);
    const expected = await one(
      `SELECT count(*)::int AS n FROM evaluation WHERE period_id = $1 AND status = 'APPROVED'`,
      [period.id],
    );
    expect(expected.n).toBeGreaterThan(0);
    const page = await h.signIn('noivu');
    await page.goto(`${h.baseUrl}/admin/resources/Evaluation?filters.periodId=${period.id}&filters.status=APPROVED`, {
      waitUntil: 'domcontentloaded',
    });
    const button = page.getByText('Xuất Excel', { exact: true }).first();
    await button.waitFor();
    await button.click();
    await page.getByTestId('export-xlsx').waitFor();
    expect(await page.getByText('Xuất danh sách theo bộ lọc đang áp dụng.').count()).toBe(1);
    await screenshot(page, 'export-list');
    const file = await saved(page, () => page.getByTestId('export-xlsx').click());
    expect(file.name).toBe('phieu-danh-gia.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual(
      expect.arrayContaining(['Người được đánh giá', 'Trạng thái', 'Điểm', 'Xếp loại']),
    );
    expect(sheet.rowCount - 1).toBe(expected.n);
    const statusColumn = (sheet.getRow(1).values as unknown[]).indexOf('Trạng thái');
    const scoreColumn = (sheet.getRow(1).values as unknown[]).indexOf('Điểm');
    for (let row = 2; row <= sheet.rowCount; row += 1) {
      expect(sheet.getRow(row).getCell(statusColumn).value).toBe('Đã phê duyệt');
      expect(typeof sheet.getRow(row).getCell(scoreColumn).value).toBe('number');
    }
  });
});
