import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { resolveCaller } from '../../../src/auth/caller.js';
import { cityDayOf } from '../../../src/common/dates.js';
import { AttachmentOwner, AttachmentPurpose } from '../../../src/files/files.enums.js';
import { browserAvailability, browserHarness, screenshot, type BrowserHarness } from '../../support/browser.js';

const { executablePath, skipReason } = browserAvailability();
if (skipReason) console.warn(skipReason);
const describeInBrowser = executablePath ? describe : describe.skip;

/** A one-page PDF a reader opens: catalog, pages, page with its text, and the cross-reference table at the right offsets. */
function tinyPdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * "Tệp đính kèm" as the people who use it: a ward's staff on their unit's initiative, the inspector on an
 * inspection — a PDF uploaded, listed, downloaded byte for byte; a text file named .pdf refused in Vietnamese;
 * and those who see a record without writing it get the list and no upload.
 */
describeInBrowser('files attached in the panel (headless Chromium)', () => {
  let h: BrowserHarness;
  const one = async (sql: string, params: unknown[] = []) => (await h.t.db.query(sql, params))[0];
  const filesOf = (column: string, id: string) =>
    h.t.db.query(
      `SELECT a.file_name, a.purpose, a.media_type, a.byte_size, u.username FROM attachment a JOIN app_user u ON u.id = a.uploaded_by_user_id WHERE a.${column} = $1 ORDER BY a.created_at`,
      [id],
    );

  beforeAll(async () => {
    h = await browserHarness(executablePath as string);
  });
  afterAll(() => h?.close());

  /** Opens a record and its "Tệp đính kèm". */
  async function openAttachments(page: Page, resource: string, id: string): Promise<void> {
    await page.goto(`${h.baseUrl}/admin/resources/${resource}/records/${id}/show`, { waitUntil: 'domcontentloaded' });
    await page.getByText('Tệp đính kèm', { exact: true }).first().click();
    await page.getByRole('heading', { name: 'Tệp đính kèm', exact: true }).waitFor();
    await page
      .getByText(/Chưa có tệp nào|Người tải lên/)
      .first()
      .waitFor();
  }
  /** Uploads a file from the form; answers the message the page shows. */
  async function upload(page: Page, name: string, buffer: Buffer, purpose?: string): Promise<string> {
    if (purpose) await page.getByLabel('Loại tệp').selectOption({ label: purpose });
    const message = page.getByTestId('attachment-message');
    // the answer to this upload, not the message an earlier one left on the page
    const before = (await message.count()) > 0 ? await message.innerText() : null;
    await page.getByTestId('attachment-file').setInputFiles({ name, mimeType: 'application/pdf', buffer });
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.waitForFunction((previous) => {
      const page = (
        globalThis as unknown as {
          document: { querySelector(selector: string): { textContent: string | null } | null };
        }
      ).document;
      const shown = page.querySelector('[data-testid="attachment-message"]')?.textContent ?? null;
      return shown !== null && shown !== previous;
    }, before);
    return message.innerText();
  }
  /** Clicks a listed file's link and answers the bytes the browser saved. */
  async function download(page: Page, name: string): Promise<Buffer> {
    const [saved] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('attachments').getByRole('link', { name }).click(),
    ]);
    expect(saved.suggestedFilename()).toBe(name);
    return readFileSync(await saved.path());
  }

  it('canbo attaches a PDF to the ward’s initiative, sees it listed, downloads the same bytes; a text file named .pdf is refused', async () => {
    const initiative = await one(`SELECT id FROM initiative WHERE title = 'Số hoá hồ sơ hộ tịch từ năm 1975'`);
    const pdf = tinyPdf('Ho so de xuat sang kien');
    const page = await h.signIn('canbo');
    await openAttachments(page, 'Initiative', initiative.id);

    expect(await upload(page, 'Hồ sơ đề xuất.pdf', pdf, 'Tài liệu minh chứng')).toContain(
      'Đã đính kèm Hồ sơ đề xuất.pdf',
    );
    const listed = page.getByTestId('attachments');
    await listed.getByText('Hồ sơ đề xuất.pdf').waitFor();
    expect(await listed.innerText()).toContain('Tài liệu minh chứng');
    expect(await filesOf('initiative_id', initiative.id)).toEqual([
      {
        file_name: 'Hồ sơ đề xuất.pdf',
        purpose: 'EVIDENCE',
        media_type: 'application/pdf',
        byte_size: pdf.length,
        username: 'canbo',
      },
    ]);
    expect(await download(page, 'Hồ sơ đề xuất.pdf')).toEqual(pdf);

    const refused = await upload(page, 'gia-mao.pdf', Buffer.from('Đây là văn bản thường, không phải PDF.\n'));
    expect(refused).toContain('nội dung tệp không phải PDF');
    await screenshot(page, 'attachments-refused');
    expect(await filesOf('initiative_id', initiative.id)).toHaveLength(1);
    expect(await listed.getByText('gia-mao.pdf').count()).toBe(0);
  });

  it('kiemtra attaches a conclusion to an inspection and downloads it; on the initiative and a ward’s finding sees the files, no upload', async () => {
    const inspection = await one(
      `SELECT i.id FROM inspection i JOIN unit u ON u.id = i.unit_id WHERE u.code = '27439' ORDER BY i.starts_on LIMIT 1`,
    );
    const pdf = tinyPdf('Thong bao ket luan kiem tra');
    const page = await h.signIn('kiemtra');
    await openAttachments(page, 'Inspection', inspection.id);
    expect(await upload(page, 'ket-luan-kiem-tra.pdf', pdf)).toContain('Đã đính kèm ket-luan-kiem-tra.pdf');
    await page.getByTestId('attachments').getByText('Thông báo kết luận kiểm tra').waitFor();
    expect(await filesOf('inspection_id', inspection.id)).toEqual([
      {
        file_name: 'ket-luan-kiem-tra.pdf',
        purpose: 'CONCLUSION',
        media_type: 'application/pdf',
        byte_size: pdf.length,
        username: 'kiemtra',
      },
    ]);
    expect(await download(page, 'ket-luan-kiem-tra.pdf')).toEqual(pdf);

    // the ward's own file on another of its initiatives, attached through the service
    const initiative = await one(`SELECT id FROM initiative WHERE title = 'Lịch tiếp dân buổi tối cho người lao động'`);
    const canbo = await one(`SELECT id, person_id FROM app_user WHERE username = 'canbo'`);
    const ward = await resolveCaller(
      h.t.db.manager,
      { id: canbo.id, username: 'canbo', roles: [], personId: canbo.person_id },
      cityDayOf(new Date()),
    );
    await h.t.services.files.attach(ward, {
      owner: AttachmentOwner.INITIATIVE,
      ownerId: initiative.id,
      purpose: AttachmentPurpose.PROPOSAL,
      fileName: 'de-xuat.pdf',
      bytes: pdf,
    });
    await openAttachments(page, 'Initiative', initiative.id);
    await page.getByTestId('attachments').getByText('de-xuat.pdf').waitFor();
    expect(await page.getByTestId('attachment-file').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tải lên' }).count()).toBe(0);

    const finding = await one(`SELECT id FROM finding WHERE text = 'Bảng niêm yết thủ tục hành chính chưa cập nhật'`);
    await openAttachments(page, 'Finding', finding.id);
    await page.getByText('Chưa có tệp nào.').waitFor();
    expect(await page.getByTestId('attachment-file').count()).toBe(0);
    // and the upload's door refuses what the page does not offer
    const forced = await page.request.post(
      `${h.baseUrl}/admin/uploads/attachments?owner=FINDING&ownerId=${finding.id}&purpose=REMEDIATION_REPORT&name=x.pdf`,
      {
        headers: { 'content-type': 'application/octet-stream' },
        data: pdf,
      },
    );
    expect(forced.status()).toBe(403);
    expect(await filesOf('finding_id', finding.id)).toEqual([]);
  });
});
