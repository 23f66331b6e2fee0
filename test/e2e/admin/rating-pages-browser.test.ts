import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { browserAvailability, browserHarness, screenshot, type BrowserHarness } from '../../support/browser.js';

const { executablePath, skipReason } = browserAvailability();
if (skipReason) console.warn(skipReason);
const describeInBrowser = executablePath ? describe : describe.skip;

/**
 * The rating workflow in the panel, on the demo data, as its users: canbo self-assesses from *Phiếu của tôi*
 * (ND335, itemised products, "18,5"), bhha rates and approves the group from *Chờ tôi đánh giá*, and Home
 * Affairs closes the YEAR from *Điều hành kỳ đánh giá* — refused while the group waits, with who blocks, then done.
 */
describeInBrowser('rating pages in the panel (headless Chromium)', () => {
  let h: BrowserHarness;
  let year: { id: string };
  let canboYear: { id: string };
  let ward: { id: string };

  const one = async (sql: string, params: unknown[] = []) => (await h.t.db.query(sql, params))[0];

  beforeAll(async () => {
    h = await browserHarness(executablePath as string);
    year = await one(`SELECT id FROM evaluation_period WHERE kind = 'YEAR' AND status = 'OPEN'`);
    canboYear = await one(
      `SELECT e.id FROM evaluation e JOIN app_user u ON u.person_id = e.person_id WHERE u.username = 'canbo' AND e.period_id = $1`,
      [year.id],
    );
    ward = await one(`SELECT rater_unit_id AS id FROM evaluation WHERE id = $1`, [canboYear.id]);
  });
  afterAll(() => h?.close());

  async function notice(page: Page): Promise<string> {
    const wrapper = page.locator('[data-testid="notice-wrapper"], [data-css="notice-wrapper"]').last();
    await wrapper.waitFor();
    return wrapper.innerText();
  }

  async function fillProducts(scope: Locator, products: Array<{ name: string; points: string; late?: boolean }>) {
    for (const [index, product] of products.entries()) {
      if ((await scope.locator('[data-testid="product-row"]').count()) <= index)
        await scope.getByRole('button', { name: 'Thêm sản phẩm' }).click();
      const row = scope.locator('[data-testid="product-row"]').nth(index);
      await row.locator(`input[name="products.${index}.name"]`).fill(product.name);
      await row.locator(`input[name="products.${index}.points"]`).fill(product.points);
      const late = row.getByText('Chậm', { exact: true });
      if (product.late && !(await row.locator('input[type="checkbox"]').first().isChecked())) await late.click();
    }
  }

  it('canbo self-assesses the YEAR from Phiếu của tôi: ND335 products, a decimal comma', async () => {
    const page = await h.signIn('canbo');
    try {
      await page.goto(`${h.baseUrl}/admin/pages/myEvaluation`, { waitUntil: 'domcontentloaded' });
      const card = page.locator(`[data-testid="my-evaluation-${canboYear.id}"]`);
      await card.waitFor();
      // the sidebar offers canbo the rating pages, not Home Affairs' period control
      expect(await page.locator('a[href$="/admin/pages/toRate"]').count()).toBeGreaterThan(0);
      expect(await page.locator('a[href$="/admin/pages/periodControl"]').count()).toBe(0);
      await card.locator('input[name="generalScore"]').fill('18,5');
      await fillProducts(card, [
        { name: 'Kế hoạch công tác năm', points: '50' },
        { name: 'Báo cáo chuyên đề', points: '20', late: true },
      ]);
      await card.locator('textarea[name="narrative"]').fill('Hoàn thành kế hoạch năm; một báo cáo nộp chậm.');
      await card.getByRole('button', { name: 'Gửi tự đánh giá' }).click();
      expect(await notice(page)).toContain('Đã gửi phiếu tự đánh giá');
      const saved = await one(`SELECT status, self_score::float AS score, self_parts FROM evaluation WHERE id = $1`, [
        canboYear.id,
      ]);
      expect(saved.status).toBe('SELF_ASSESSED');
      expect(saved.score).toBe(83.5);
      expect(saved.self_parts.products).toEqual([
        { name: 'Kế hoạch công tác năm', points: 50, late: false, belowQuality: false },
        { name: 'Báo cáo chuyên đề', points: 20, late: true, belowQuality: false },
      ]);
    } finally {
      await screenshot(page, 'my-evaluation');
    }
  });

  it('bhha rates canbo from Chờ tôi đánh giá, sees the quota, and approves the group; Home Affairs closes the YEAR', async () => {
    // arrangement: everyone else's YEAR is approved, and the rest of bhha's group is rated through the service
    await h.t.db.query(
      `UPDATE evaluation SET status = 'APPROVED', level = 'COMPLETED' WHERE period_id = $1 AND (rater_unit_id IS DISTINCT FROM $2)`,
      [year.id, ward.id],
    );
    const others: Array<{ id: string; person_id: string; rater_person_id: string; rule_set: string }> =
      await h.t.db.query(
        `SELECT id, person_id, rater_person_id, rule_set FROM evaluation WHERE period_id = $1 AND rater_unit_id = $2 AND id <> $3`,
        [year.id, ward.id, canboYear.id],
      );
    for (const other of others) {
      // a cadre (a former ward head, now a deputy of the merged ward) is rated by ND90_48's percentages
      const scores =
        other.rule_set === 'ND90_48'
          ? {
              criteria: {
                tasksOnTimePercent: 90,
                tasksExceededPercent: 0,
                targetsMetPercent: 90,
                targetsExceededPercent: 0,
                subunitsCompletedPercent: 90,
                subunitsGoodPercent: 50,
              },
            }
          : { parts: { generalScore: 15, products: [{ name: 'Nhiệm vụ năm', points: 70 }] } };
      await h.t.services.evaluations.selfAssess(
        { id: null, roles: [], personId: other.person_id },
        { evaluationId: other.id, ...scores, narrative: 'Tự đánh giá.' },
      );
      const { version } = await one(`SELECT version FROM evaluation WHERE id = $1`, [other.id]);
      await h.t.services.evaluations.rate(
        { id: null, roles: [], personId: other.rater_person_id },
        { evaluationId: other.id, version, ...scores, comment: 'Đồng ý.' },
      );
    }

    const head = await h.signIn('bhha');
    try {
      await head.goto(`${h.baseUrl}/admin/pages/toRate`, { waitUntil: 'domcontentloaded' });
      const row = head.locator(`[data-testid="to-rate-${canboYear.id}"]`);
      await row.waitFor();
      await row.getByRole('button', { name: 'Đánh giá' }).click();
      const form = head.locator('[data-testid="rating-form"]');
      expect(await form.locator('input[name="generalScore"]').inputValue()).toBe('18,5');
      await form.locator('input[name="generalScore"]').fill('19,5');
      await form.locator('textarea[name="comment"]').fill('Cần nộp báo cáo đúng hạn.');
      await form.getByRole('button', { name: 'Ghi kết quả đánh giá' }).click();
      expect(await notice(head)).toContain('Đã ghi kết quả đánh giá');
      // 19,5 + 50 + 20 late (−25% → 15) = 84,5, and canbo's completed initiative adds 5 (R29)
      const rated = await one(
        `SELECT status, score::float AS score, level, explanation FROM evaluation WHERE id = $1`,
        [canboYear.id],
      );
      expect(rated).toMatchObject({ status: 'REVIEWED', score: 89.5, level: 'GOOD' });
      expect(rated.explanation.join('\n')).toContain('Điểm cộng sáng kiến: +5');
      const group = head.locator('[data-testid="rating-group"]', { has: row });
      expect(await group.locator('[data-testid="quota"]').innerText()).toMatch(/Hoàn thành xuất sắc: 0 \/ tối đa \d+/);
    } finally {
      await screenshot(head, 'to-rate');
    }

    const office = await h.signIn('noivu');
    try {
      await office.goto(`${h.baseUrl}/admin/pages/periodControl?periodId=${year.id}`, {
        waitUntil: 'domcontentloaded',
      });
      const progress = office.locator(`[data-testid="progress-${ward.id}"]`);
      await progress.waitFor();
      await office.getByRole('button', { name: 'Khoá kỳ' }).click();
      expect(await notice(office)).toContain('chưa được phê duyệt');
      expect(await office.locator('[data-testid="refusal"]').innerText()).toContain('phiếu chờ');
      await progress.getByRole('button', { name: /xem ai/ }).click();
      expect(await office.locator('[data-testid="blockers"]').innerText()).toContain('Cấp trên đã đánh giá');
      expect((await one(`SELECT status FROM evaluation_period WHERE id = $1`, [year.id])).status).toBe('OPEN');
    } finally {
      await screenshot(office, 'period-control-refused');
    }

    await head.reload({ waitUntil: 'domcontentloaded' });
    await head
      .locator('[data-testid="rating-group"]', { has: head.locator(`[data-testid="to-rate-${canboYear.id}"]`) })
      .getByRole('button', { name: /Phê duyệt cả nhóm/ })
      .click();
    expect(await notice(head)).toMatch(/Đã phê duyệt \d+ phiếu của nhóm/);
    expect(
      (
        await one(
          `SELECT count(*)::int AS n FROM evaluation WHERE rater_unit_id = $1 AND period_id = $2 AND status <> 'APPROVED'`,
          [ward.id, year.id],
        )
      ).n,
    ).toBe(0);

    await office.reload({ waitUntil: 'domcontentloaded' });
    await office.getByRole('button', { name: 'Khoá kỳ' }).click();
    expect(await notice(office)).toContain('Đã khoá kỳ đánh giá');
    expect((await one(`SELECT status FROM evaluation_period WHERE id = $1`, [year.id])).status).toBe('CLOSED');
    await screenshot(office, 'period-control-closed');
  });
});
