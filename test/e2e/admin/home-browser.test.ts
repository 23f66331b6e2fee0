import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { browserAvailability, browserHarness, screenshot, type BrowserHarness } from '../../support/browser.js';

const { executablePath, skipReason } = browserAvailability();
if (skipReason) console.warn(skipReason);
const describeInBrowser = executablePath ? describe : describe.skip;

/** What each role finds on its home page first, on the demo data; each page is kept as a screenshot. */
const HOMES: Array<{ username: string; shows: string[]; hides: string[]; charts: string[] }> = [
  {
    username: 'bhha',
    shows: ['Chờ tôi đánh giá', 'Xếp loại theo đơn vị', 'tỷ lệ xử lý đúng hạn'],
    hides: ['Tổ thẩm định sáng kiến', 'Các kỳ đánh giá đang mở'],
    charts: ['on-time-chart'],
  },
  {
    username: 'canbo',
    shows: ['Phiếu của tôi chờ tự đánh giá'],
    hides: ['Xếp loại theo đơn vị', 'Các kỳ đánh giá đang mở', 'Tổ thẩm định sáng kiến'],
    charts: [],
  },
  {
    username: 'noivu',
    shows: ['Các kỳ đánh giá đang mở', 'Phản ánh 1022 quá hạn theo đơn vị', 'Xếp loại theo đơn vị'],
    hides: [],
    charts: ['levels-chart', 'on-time-chart'],
  },
  {
    username: 'thamdinh',
    shows: ['Tổ thẩm định sáng kiến', 'Chờ tôi thẩm định'],
    hides: ['Các kỳ đánh giá đang mở'],
    charts: [],
  },
  {
    username: 'chutich',
    shows: ['Sáng kiến chờ quyết định', 'Xếp loại theo đơn vị'],
    hides: ['Các kỳ đánh giá đang mở'],
    charts: ['levels-chart'],
  },
  {
    username: 'xem',
    shows: ['Xếp loại theo đơn vị', 'tỷ lệ xử lý đúng hạn'],
    hides: ['Việc của tôi', 'Các kỳ đánh giá đang mở', 'Tổ thẩm định sáng kiến'],
    charts: ['levels-chart', 'on-time-chart'],
  },
];

describeInBrowser('a home page per role (headless Chromium)', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await browserHarness(executablePath as string);
  });
  afterAll(() => h?.close());

  it.each(HOMES)(
    '$username lands on what they act on first',
    async ({ username, shows, hides, charts }) => {
      const page = await h.signIn(username);
      try {
        await page
          .getByText(shows[0] as string)
          .first()
          .waitFor();
        for (const chart of charts) await page.locator(`[data-testid="${chart}"] canvas`).waitFor();
        const text = await page.locator('body').innerText();
        for (const shown of shows) expect(text).toContain(shown);
        for (const hidden of hides) expect(text).not.toContain(hidden);
      } finally {
        await screenshot(page, `home-${username}`);
        await page.close();
      }
    },
    180_000,
  );

  it('Home Affairs’ open periods link to the period’s control page', async () => {
    const page = await h.signIn('noivu');
    const link = page.locator('[data-testid="open-periods"] a').first();
    await link.waitFor();
    await link.click();
    await page.locator('[data-testid="progress"]').waitFor();
    expect(page.url()).toContain('/admin/pages/periodControl?periodId=');
    await page.close();
  });
});
