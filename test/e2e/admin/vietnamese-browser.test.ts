import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { locales } from 'adminjs';
import type { Page } from 'playwright-core';
import { browserAvailability, browserHarness, type BrowserHarness } from '../../support/browser.js';

const { executablePath, skipReason } = browserAvailability();
if (skipReason) console.warn(skipReason);
const describeInBrowser = executablePath ? describe : describe.skip;

/** Every string of AdminJS's English locale, split at its {{placeholders}} and <tags>. */
function adminJsEnglish(): string[] {
  const leaves = (node: unknown): string[] =>
    typeof node === 'string' ? [node] : Object.values(node as Record<string, unknown>).flatMap(leaves);
  return leaves(locales.en)
    .flatMap((text) => text.split(/\{\{[^}]*\}\}|<[^>]*>/))
    .map((part) => part.replace(/^[\s:().!"-]+|[\s:().!"-]+$/g, ''))
    .filter((part) => part.length >= 2);
}

/** What the libraries inside AdminJS print on their own: react-select, react-datepicker, yes/no. */
const LIBRARY_ENGLISH = [
  'Select...',
  'No options',
  'Loading...',
  'Yes',
  'No',
  'Previous Month',
  'Next Month',
  'Time',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Su',
  'Mo',
  'Tu',
  'We',
  'Th',
  'Fr',
  'Sa',
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Each as a whole word or phrase, not a piece of a Vietnamese word ("To" is not in "Toàn"). */
const ENGLISH = [...new Set([...adminJsEnglish(), ...LIBRARY_ENGLISH])].map((text) => ({
  text,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])`, 'u'),
}));
const englishIn = (text: string) => ENGLISH.filter(({ pattern }) => pattern.test(text)).map(({ text: found }) => found);
/** An id or a raw enum value on screen where a name or a label belongs. */
const RAW =
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|\b(?:DRAFT|OPEN|CLOSED|STAFF|HEAD|DEPUTY|WARD|DISTRICT|CITY|SICK|QUARTER|YEAR|MONTH|APPROVED|REJECTED|HOTLINE|WEB|APP|ZALO)\b/g;
const rawIn = (text: string) => [...new Set(text.match(RAW) ?? [])];

const ROLES = ['noivu', 'bhha', 'canbo', 'thamdinh', 'kiemtra', 'chutich', 'admin'];

describeInBrowser('the panel in Vietnamese throughout (headless Chromium)', () => {
  let h: BrowserHarness;
  /** A resource's filter, record page and form render the same words for everyone: each is read once. */
  const recordPagesRead = new Set<string>();

  beforeAll(async () => {
    h = await browserHarness(executablePath as string);
  });
  afterAll(() => h?.close());

  /** Opens a page of the panel and waits until AdminJS has drawn it and fetched its data; returns its text. */
  async function open(page: Page, path: string): Promise<string> {
    await page.goto(`${h.baseUrl}${path}`, { waitUntil: 'domcontentloaded' });
    await page.locator('section').first().waitFor();
    await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
    return page.locator('body').innerText();
  }

  /** The first record the person sees in a list, and whether they may edit it. */
  const firstRecord = (page: Page, resource: string) =>
    page.evaluate(async (id) => {
      const body = (await (await fetch(`/admin/api/resources/${id}/actions/list?perPage=1`)).json()) as {
        records?: Array<{ id: string; recordActions: Array<{ name: string }> }>;
      };
      const record = body.records?.[0];
      return record ? { id: record.id, editable: record.recordActions.some((action) => action.name === 'edit') } : null;
    }, resource);

  it.each(ROLES)(
    'no English on the pages %s visits: the home page, their own pages, every list of the menu, its filter, a record and its form',
    async (username) => {
      const page = await h.signIn(username);
      const found: Array<{ page: string; english: string[] }> = [];
      const read = (where: string, text: string) => {
        // a setting's value is JSON as typed (a rule set's id included)
        const english = [...englishIn(text), ...(where.includes('/Setting') ? [] : rawIn(text))];
        if (english.length > 0) found.push({ page: where, english });
      };
      try {
        read('home', await open(page, '/admin'));
        const menu = await page.evaluate(() =>
          (
            globalThis as unknown as {
              REDUX_STATE: { resources: Array<{ id: string; resourceActions: Array<{ name: string }> }> };
            }
          ).REDUX_STATE.resources
            .filter((resource) => resource.resourceActions.some((action) => action.name === 'list'))
            .map((resource) => resource.id),
        );
        expect(menu.length).toBeGreaterThan(0);
        const pages = await page.evaluate(
          () =>
            (globalThis as unknown as { REDUX_STATE: { session: { pages?: string[] } } }).REDUX_STATE.session.pages ??
            [],
        );
        for (const name of pages) read(`/admin/pages/${name}`, await open(page, `/admin/pages/${name}`));
        for (const resource of menu) {
          const list = `/admin/resources/${resource}`;
          read(list, await open(page, list));
          if (recordPagesRead.has(resource)) continue;
          recordPagesRead.add(resource);
          const filter = page.getByRole('button', { name: /^Lọc/ });
          if ((await filter.count()) > 0) {
            await filter.first().click();
            await page.getByText('Bộ lọc').first().waitFor();
            read(`${list} (bộ lọc)`, await page.locator('body').innerText());
          }
          const record = await firstRecord(page, resource);
          if (!record) continue;
          read(`${list}/${record.id}/show`, await open(page, `${list}/records/${record.id}/show`));
          if (record.editable) read(`${list}/${record.id}/edit`, await open(page, `${list}/records/${record.id}/edit`));
        }
      } finally {
        await page.screenshot({ path: `test-results/vietnamese-${username}.png`, fullPage: true });
        await page.close();
      }
      expect(found).toEqual([]);
    },
    600_000,
  );

  it('a record’s page is named after it (a ward with its district); statuses are coloured: overdue red, in time green', async () => {
    const [ward] = await h.t.db.query(`SELECT id FROM unit WHERE name = 'Phường Bình Hưng Hoà A'`);
    const page = await h.signIn('noivu');
    try {
      await open(page, `/admin/resources/Unit/records/${ward.id}/show`);
      expect(await page.locator('h2').first().innerText()).toContain('Phường Bình Hưng Hoà A — Quận Bình Tân');
      expect(await page.title()).toContain('Phường Bình Hưng Hoà A — Quận Bình Tân');

      await open(page, '/admin/resources/FeedbackItem?perPage=50');
      const colour = (label: string) =>
        page
          .getByText(label, { exact: true })
          .first()
          .evaluate(
            (badge) =>
              (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(
                badge,
              ).backgroundColor,
          );
      const [red, green, blue] = (await colour('Quá hạn')).match(/\d+/g)!.map(Number);
      expect(red).toBeGreaterThan(green + 60);
      expect(red).toBeGreaterThan(blue + 60);
      const [r, g] = (await colour('Trong hạn')).match(/\d+/g)!.map(Number);
      expect(g).toBeGreaterThan(r + 60);
    } finally {
      await page.screenshot({ path: 'test-results/vietnamese-titles-badges.png', fullPage: true });
      await page.close();
    }
  });

  it('a day is typed dd/mm/yyyy in a Vietnamese calendar from Monday, kept as that day, and shown dd/mm/yyyy; required fields marked', async () => {
    const [appointment] = await h.t.db.query(
      `SELECT a.id FROM appointment a JOIN unit u ON u.id = a.unit_id
        WHERE a.valid_to IS NULL AND a.position = 'STAFF' AND u.name NOT LIKE '%Bình Hưng Hoà%' ORDER BY u.code DESC LIMIT 1`,
    );
    const page = await h.signIn('noivu');
    try {
      await open(page, `/admin/resources/Appointment/records/${appointment.id}/edit`);
      // a field that must be filled is marked (AdminJS's star before its label); an optional one is not
      const marker = (path: string) =>
        page
          .locator(`[data-testid="property-edit-${path}"] label`)
          .first()
          .evaluate(
            (label) =>
              (
                globalThis as unknown as { getComputedStyle(e: unknown, p: string): { content: string } }
              ).getComputedStyle(label, '::before').content,
          );
      expect(await marker('validity.validFrom')).toBe('"*"');
      expect(await marker('validity.validTo')).not.toBe('"*"');
      const day = page.locator('[data-testid="property-edit-validity.validTo"] input');
      await day.click();
      const calendar = page.locator('.react-datepicker');
      await calendar.waitFor();
      expect(await calendar.locator('.react-datepicker__day-name').allInnerTexts()).toEqual([
        'T2',
        'T3',
        'T4',
        'T5',
        'T6',
        'T7',
        'CN',
      ]);
      expect(englishIn(await calendar.innerText())).toEqual([]);
      expect(await calendar.locator('.react-datepicker__current-month').innerText()).toMatch(
        /^Tháng [\p{L} ]+ \d{4}$/u,
      );

      await day.pressSequentially('31122026');
      expect(await day.inputValue()).toBe('31/12/2026');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Đã cập nhật').first().waitFor();
      const [ended] = await h.t.db.query(`SELECT valid_to::text FROM appointment WHERE id = $1`, [appointment.id]);
      expect(ended.valid_to).toBe('2026-12-31');

      await open(page, `/admin/resources/Appointment/records/${appointment.id}/show`);
      // the record's fields, not only the page's frame: on a busy machine the network may not settle in time
      const shownEnd = page.locator('[data-testid="property-show-validity.validTo"]');
      await shownEnd.waitFor();
      expect(await shownEnd.innerText()).toContain('31/12/2026');
      expect(await page.locator('body').innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    } finally {
      await page.screenshot({ path: 'test-results/vietnamese-day-typed.png', fullPage: true });
      await page.close();
    }
  });

  it('a decimal is shown and typed with a comma in a number field: "1,25" shown, "1,5" typed and kept', async () => {
    const [row] = await h.t.db.query(
      `INSERT INTO income_coefficient (unit_id, period_id, k)
       SELECT u.id, p.id, 1.25 FROM unit u, evaluation_period p WHERE u.kind = 'DISTRICT' AND p.kind = 'QUARTER' ORDER BY u.code, p.starts_on LIMIT 1
       RETURNING id`,
    );
    const page = await h.signIn('noivu');
    try {
      expect(await open(page, `/admin/resources/IncomeCoefficient/records/${row.id}/show`)).toContain('1,25');
      await open(page, `/admin/resources/IncomeCoefficient/records/${row.id}/edit`);
      const k = page.locator('input[name="k"]');
      expect(await k.inputValue()).toBe('1,25');
      await k.fill('1,5');
      await k.blur();
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Đã cập nhật').first().waitFor();
      const [saved] = await h.t.db.query(`SELECT k::float AS k FROM income_coefficient WHERE id = $1`, [row.id]);
      expect(saved.k).toBe(1.5);
      expect(await open(page, '/admin/resources/IncomeCoefficient')).toContain('1,5');
    } finally {
      await page.screenshot({ path: 'test-results/vietnamese-decimal-typed.png', fullPage: true });
      await page.close();
    }
  });
});
