import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { BUSY_MACHINE_MS, browserAvailability, browserHarness, type BrowserHarness } from '../../support/browser.js';

const { executablePath, skipReason } = browserAvailability();
if (skipReason) console.warn(skipReason);
const describeInBrowser = executablePath ? describe : describe.skip;

/** Every CSP refusal and script error a page reports. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

describeInBrowser('security headers: the panel works under its Content-Security-Policy (Chromium)', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await browserHarness(executablePath as string);
  });
  afterAll(() => h?.close());

  it('login, the dashboard, a list, a record and a form render with no CSP refusal', async () => {
    const response = await fetch(`${h.baseUrl}/admin/login`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');

    const login = await h.browser.newPage();
    login.setDefaultTimeout(BUSY_MACHINE_MS);
    const loginProblems = watch(login);
    await login.goto(`${h.baseUrl}/admin/login`, { waitUntil: 'load' });
    expect(await login.content()).toContain('Tên đăng nhập');
    expect(loginProblems).toEqual([]);

    const page = await h.signIn('noivu');
    const problems = watch(page);
    await page.goto(`${h.baseUrl}/admin`, { waitUntil: 'load' });
    await page.goto(`${h.baseUrl}/admin/resources/Unit`, { waitUntil: 'load' });
    await page.getByText('Thành phố Hồ Chí Minh').first().waitFor();
    await page.getByText('Thành phố Hồ Chí Minh').first().click();
    await page.getByText('Mã đơn vị').first().waitFor();
    await page.goto(`${h.baseUrl}/admin/resources/Person/actions/new`, { waitUntil: 'load' });
    await page.getByText('Họ và tên').first().waitFor();
    expect(problems).toEqual([]);
  });
});
