import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { browserAvailability, browserHarness, screenshot, type BrowserHarness } from '../../support/browser.js';

const { executablePath, skipReason } = browserAvailability();
if (skipReason) console.warn(skipReason);
const describeInBrowser = executablePath ? describe : describe.skip;

/**
 * "Nhập kế hoạch sắp xếp từ tệp" as Home Affairs uses it, on the demo data (today's city): an act's units and
 * mapping as CSV files become a draft plan with its steps; a mapping the service refuses says why, row by row, and
 * makes nothing; a ward's staff is not offered the page and its JSON door refuses.
 */
describeInBrowser('a reorganisation plan from CSV files in the panel (headless Chromium)', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await browserHarness(executablePath as string);
  });
  afterAll(() => h?.close());

  const plans = async (actNumber: string) =>
    h.t.db.query(
      `SELECT p.id, p.status, (SELECT count(*)::int FROM reorganisation_step s WHERE s.plan_id = p.id) AS steps FROM reorganisation_plan p WHERE p.act_number = $1`,
      [actNumber],
    );

  async function submit(page: Page, actNumber: string, units: string, mapping: string): Promise<string> {
    await page.goto(`${h.baseUrl}/admin/pages/planImport`, { waitUntil: 'domcontentloaded' });
    const form = page.locator('[data-testid="plan-import-form"]');
    await form.waitFor();
    await form.locator('input[name="actNumber"]').fill(actNumber);
    await form.locator('input[name="title"]').fill('Sáp nhập hai phường');
    await form.locator('input[name="signedOn"]').fill('01/12/2026');
    await form.locator('input[name="effectiveDate"]').fill('01/01/2027');
    await form
      .locator('input[name="units"]')
      .setInputFiles({ name: 'don-vi.csv', mimeType: 'text/csv', buffer: Buffer.from(units) });
    await form
      .locator('input[name="mapping"]')
      .setInputFiles({ name: 'doi-chieu.csv', mimeType: 'text/csv', buffer: Buffer.from(mapping) });
    await form.getByRole('button', { name: 'Tạo kế hoạch nháp' }).click();
    const notice = page.locator('[data-testid="notice-wrapper"], [data-css="notice-wrapper"]').last();
    await notice.waitFor();
    return notice.innerText();
  }

  it('Home Affairs makes a draft plan from the act’s files; the plan is listed with its steps', async () => {
    const [a, b] = (await h.t.db.query(
      `SELECT u.code, u.name FROM unit u JOIN unit_link l ON l.unit_id = u.id AND l.valid_to IS NULL JOIN unit c ON c.id = l.parent_id AND c.code = '79'
        WHERE u.valid_to IS NULL AND u.kind = 'WARD' ORDER BY u.code DESC LIMIT 2`,
    )) as Array<{ code: string; name: string }>;
    const units = `code,name,kind,type_vi,parent_code\n${a!.code},${a!.name},WARD,Phường,79\n`;
    const mapping = `old_code,old_name,new_code,note\n${a!.code},${a!.name},${a!.code},\n${b!.code},${b!.name},${a!.code},\n`;
    const page = await h.signIn('noivu');
    try {
      expect(await submit(page, '12/NQ-THU', units, mapping)).toContain('Đã tạo kế hoạch nháp 12/NQ-THU');
      expect(await plans('12/NQ-THU')).toEqual([{ id: expect.any(String), status: 'DRAFT', steps: 2 }]);
      expect(await page.locator('[data-testid="plan-12/NQ-THU"]').innerText()).toContain('Đang soạn');
    } finally {
      await screenshot(page, 'plan-import');
    }
  });

  it('a mapping without the new codes is refused row by row, and no plan is made', async () => {
    const page = await h.signIn('noivu');
    const notice = await submit(
      page,
      '13/NQ-THU',
      'code,name,kind,type_vi,parent_code\n',
      'old_code,old_name,new_code,note\n27439,Phường Bình Hưng Hòa,,\n',
    );
    expect(notice).toContain('Dữ liệu không hợp lệ');
    expect(await page.locator('[data-testid="refusal"]').innerText()).toContain('cần mã đơn vị cũ và mã đơn vị mới');
    expect(await plans('13/NQ-THU')).toEqual([]);
  });

  it('is not offered to a ward’s staff, and its JSON door refuses them', async () => {
    const page = await h.signIn('canbo');
    await page.goto(`${h.baseUrl}/admin`, { waitUntil: 'domcontentloaded' });
    await page.getByText('Phiếu của tôi').first().waitFor();
    expect(await page.getByText('Nhập kế hoạch sắp xếp từ tệp').count()).toBe(0);
    const answer = await page.evaluate(async () => {
      const response = await fetch('/admin/api/pages/planImport', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ actNumber: 'x' }),
      });
      return response.json();
    });
    expect(answer).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
