import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BUSY_MACHINE_MS, browserAvailability, browserHarness, type BrowserHarness } from '../../support/browser.js';

const { executablePath, skipReason } = browserAvailability();
if (skipReason) console.warn(skipReason);
const describeInBrowser = executablePath ? describe : describe.skip;

describeInBrowser('admin panel in headless Chromium', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await browserHarness(executablePath as string);
  });
  afterAll(() => h?.close());

  it('shows the login page in Vietnamese; noivu logs in and sees the list of units in Vietnamese', async () => {
    const login = await h.browser.newPage();
    login.setDefaultTimeout(BUSY_MACHINE_MS);
    await login.goto(`${h.baseUrl}/admin/login`, { waitUntil: 'domcontentloaded' });
    expect(await login.content()).toContain('Tên đăng nhập');

    const page = await h.signIn('noivu');
    await page.goto(`${h.baseUrl}/admin/resources/Unit`, { waitUntil: 'domcontentloaded' });
    try {
      await page.getByText('Thành phố Hồ Chí Minh').first().waitFor();
    } finally {
      await page.screenshot({ path: 'test-results/admin-units.png', fullPage: true });
    }
    const text = await page.locator('body').innerText();
    expect(text).toContain('Mã đơn vị');
    expect(text).toContain('Tên đơn vị');
    expect(text).toContain('Cơ cấu tổ chức');
    expect(text).toContain('Thêm mới');
    expect(text).toContain('Sở, ban, ngành');
    expect(text).not.toContain('DEPARTMENT');
  });
});
