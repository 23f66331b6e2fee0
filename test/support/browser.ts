import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createTestApp, type TestApp } from './test-app.js';
import { DEMO_PASSWORD } from './test-database.js';

/** How long a page or an element may take to come on a busy machine before a browser test fails. */
export const BUSY_MACHINE_MS = 120_000;

/** Debian's chromium (apt-get install chromium), never a browser download. */
export function chromiumPath(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/**
 * Browser tests run where chromium is installed; outside CI they say so and are skipped without it, and in CI
 * (CI=true) its absence is a failure.
 */
export function browserAvailability(): { executablePath: string | null; skipReason: string | null } {
  const executablePath = chromiumPath();
  if (executablePath) return { executablePath, skipReason: null };
  if (process.env.CI === 'true') throw new Error('CI=true but chromium is not installed (apt-get install chromium)');
  return {
    executablePath: null,
    skipReason: 'chromium is not installed (apt-get install chromium): browser tests skipped',
  };
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A full-page PNG in test-results/, or in SCREENSHOT_DIR (`npm run screenshots` writes docs/screenshots/). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR ?? 'test-results';
  mkdirSync(dir, { recursive: true });
  // the panel scrolls inside its own frame, so a tall window shows what a full page would
  await page.setViewportSize({ width: 1440, height: 1500 });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

export interface BrowserHarness {
  t: TestApp;
  browser: Browser;
  baseUrl: string;
  /** a new page logged into the admin panel with the demo password */
  signIn(username: string): Promise<Page>;
  close(): Promise<void>;
}

/** The app on a loopback port with the demo data, and Chromium: what the browser tests share. */
export async function browserHarness(executablePath: string): Promise<BrowserHarness> {
  const t = await createTestApp({ demo: true });
  const server: Server = t.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium(executablePath);
  return {
    t,
    browser,
    baseUrl,
    signIn: async (username) => {
      // the clock of a browser in the city: a day picked at local midnight is the day before in UTC
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, timezoneId: 'Asia/Ho_Chi_Minh' });
      // a loaded machine (a build beside the tests) can take long to serve the panel's first page: wait, do not fail
      page.setDefaultTimeout(BUSY_MACHINE_MS);
      await page.goto(`${baseUrl}/admin/login`, { waitUntil: 'domcontentloaded' });
      await page.fill('input[name="email"]', username);
      await page.fill('input[name="password"]', DEMO_PASSWORD);
      await Promise.all([
        page.waitForURL(`${baseUrl}/admin`, { waitUntil: 'commit' }),
        page.getByRole('button', { name: 'Đăng nhập' }).click(),
      ]);
      return page;
    },
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await t.close();
    },
  };
}
