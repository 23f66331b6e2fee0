import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { seedDemoIfEmpty } from '../../../src/database/seeds/demo.js';
import { browserAvailability, launchChromium } from '../../support/browser.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const { executablePath, skipReason } = browserAvailability();
if (skipReason) console.warn(skipReason);
const describeInBrowser = executablePath ? describe : describe.skip;

describeInBrowser('admin panel in headless Chromium', () => {
  let t: TestApp;
  let server: Server;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoIfEmpty(t.db, 'demo-password');
    server = t.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium(executablePath as string);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await t?.close();
  });

  it('noivu logs in and sees the list of units in Vietnamese', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/admin/login`, { waitUntil: 'domcontentloaded' });
    expect(await page.content()).toContain('Tên đăng nhập');
    await page.fill('input[name="email"]', 'noivu');
    await page.fill('input[name="password"]', 'demo-password');
    await Promise.all([
      page.waitForURL(`${baseUrl}/admin`, { waitUntil: 'commit' }),
      page.getByRole('button', { name: 'Đăng nhập' }).click(),
    ]);

    await page.goto(`${baseUrl}/admin/resources/Unit`, { waitUntil: 'domcontentloaded' });
    try {
      await page.getByText('Thành phố Hồ Chí Minh').first().waitFor({ timeout: 60_000 });
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
  }, 120_000);
});
