import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { browserAvailability, browserHarness, screenshot, type BrowserHarness } from '../../support/browser.js';

const { executablePath, skipReason } = browserAvailability();
if (skipReason) console.warn(skipReason);
const describeInBrowser = executablePath ? describe : describe.skip;

/** The bell and the inbox in the panel, as a ward head of the demo (`bhha`, whose staff's self-assessment waits). */
describeInBrowser('the notification bell and inbox in the panel (headless Chromium)', () => {
  let h: BrowserHarness;
  const unreadOf = async (username: string) =>
    (
      await h.t.db.query(
        `SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.recipient_user_id WHERE u.username = $1 AND n.read_at IS NULL`,
        [username],
      )
    )[0].n as number;

  beforeAll(async () => {
    h = await browserHarness(executablePath as string);
  });
  afterAll(() => h?.close());

  it('the bell shows my unread count and leads to the inbox; marking one read, then all, brings it down', async () => {
    const unread = await unreadOf('bhha');
    expect(unread).toBeGreaterThan(1);
    const page = await h.signIn('bhha');
    const bell = page.getByTestId('notification-unread');
    await bell.waitFor();
    expect(await bell.innerText()).toBe(String(unread));

    await page.getByTestId('notification-bell').click();
    await page.getByText(`Thông báo (${unread} chưa đọc)`).waitFor();
    const first = page.getByTestId('notification').first();
    expect(await first.innerText()).toContain('chờ bạn đánh giá');
    await first.getByRole('button', { name: 'Đánh dấu đã đọc' }).click();
    await page.getByText(`Thông báo (${unread - 1} chưa đọc)`).waitFor();
    expect(await unreadOf('bhha')).toBe(unread - 1);
    await page
      .getByTestId('notification-unread')
      .filter({ hasText: String(unread - 1) })
      .waitFor();

    await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
    await page.getByText('Thông báo (0 chưa đọc)').waitFor();
    expect(await unreadOf('bhha')).toBe(0);
    await page.getByTestId('notification-unread').waitFor({ state: 'detached' });
    await screenshot(page, 'notifications-inbox');
  });

  it('the e-mail settings: a bad address is refused in Vietnamese and nothing saved; a good one and the opt-out are saved', async () => {
    const page = await h.signIn('canbo');
    await page.goto(`${h.baseUrl}/admin/pages/notifications`, { waitUntil: 'domcontentloaded' });
    const email = page.locator('#notification-email');
    await email.waitFor();
    await email.fill('không phải địa chỉ');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await page.getByText('địa chỉ thư điện tử không hợp lệ').first().waitFor();
    expect(await h.t.db.query(`SELECT email FROM app_user WHERE username = 'canbo'`)).toEqual([{ email: null }]);

    await email.fill('canbo@phuong.gov.vn');
    await page.locator('label[for="notification-by-email"]').click();
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await page.getByText('Đã lưu cài đặt nhận thông báo.').waitFor();
    expect(await h.t.db.query(`SELECT email, email_notifications FROM app_user WHERE username = 'canbo'`)).toEqual([
      { email: 'canbo@phuong.gov.vn', email_notifications: false },
    ]);
  });
});
