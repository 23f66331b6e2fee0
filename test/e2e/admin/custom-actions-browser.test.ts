import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { AuthUser } from '../../../src/auth/auth-user.js';
import { StepKind } from '../../../src/hierarchy/hierarchy.enums.js';
import { browserAvailability, browserHarness, screenshot, type BrowserHarness } from '../../support/browser.js';

const { executablePath, skipReason } = browserAvailability();
if (skipReason) console.warn(skipReason);
const describeInBrowser = executablePath ? describe : describe.skip;

/**
 * Every custom action of the panel, clicked as the role that uses it, on the demo data: the button is confirmed
 * in the dialog, the service decides, and the page says what happened — the state changed, or the refusal shown.
 */
describeInBrowser('the panel’s custom actions and rating form do what they say (headless Chromium)', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await browserHarness(executablePath as string);
  });
  afterAll(() => h?.close());

  /** Opens a record, clicks an action, confirms it, and returns the notice the page shows. */
  async function act(
    page: Page,
    resource: string,
    id: string,
    label: string,
    shot: string,
    confirm = true,
  ): Promise<string> {
    await page.goto(`${h.baseUrl}/admin/resources/${resource}/records/${id}/show`, { waitUntil: 'domcontentloaded' });
    try {
      const button = page.getByText(label, { exact: true }).first();
      await button.waitFor();
      await button.click();
      if (confirm) await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
      const notice = page.locator('[data-testid="notice-wrapper"], [data-css="notice-wrapper"]').last();
      await notice.waitFor();
      return await notice.innerText();
    } finally {
      await page.screenshot({ path: `test-results/action-${shot}.png`, fullPage: true });
    }
  }
  const one = async (sql: string, params: unknown[] = []) => (await h.t.db.query(sql, params))[0];

  it('Home Affairs closes a period: refused while evaluations wait, with the reason; the period stays open', async () => {
    const period = await one(
      `SELECT id FROM evaluation_period WHERE kind = 'QUARTER' AND status = 'OPEN' ORDER BY starts_on DESC LIMIT 1`,
    );
    const page = await h.signIn('noivu');
    const notice = await act(page, 'EvaluationPeriod', period.id, 'Khoá kỳ', 'close-period');
    expect(notice).toContain('chưa được phê duyệt');
    expect((await one(`SELECT status FROM evaluation_period WHERE id = $1`, [period.id])).status).toBe('OPEN');
  });

  it('the city leader approves a recommended initiative and rejects one not recommended', async () => {
    const recommended = await one(`SELECT id FROM initiative WHERE title = 'Kiosk tra cứu hồ sơ tại khu phố'`);
    const notRecommended = await one(
      `SELECT id FROM initiative WHERE title = 'Nhóm Zalo tiếp nhận phản ánh theo tổ dân phố'`,
    );
    const page = await h.signIn('chutich');
    expect(await act(page, 'Initiative', recommended.id, 'Phê duyệt', 'approve-initiative')).toContain(
      'Đã phê duyệt sáng kiến',
    );
    expect((await one(`SELECT status FROM initiative WHERE id = $1`, [recommended.id])).status).toBe('APPROVED');
    expect(await act(page, 'Initiative', notRecommended.id, 'Không phê duyệt', 'reject-initiative')).toContain(
      'Đã không phê duyệt sáng kiến',
    );
    expect((await one(`SELECT status FROM initiative WHERE id = $1`, [notRecommended.id])).status).toBe('REJECTED');
  });

  it('the chair records a review’s result: refused before the deadline while votes are missing, with the reason', async () => {
    const reviewing = await one(
      `SELECT id, status FROM initiative WHERE title = 'Tổ công nghệ số cộng đồng hỗ trợ dịch vụ công trực tuyến'`,
    );
    const page = await h.signIn('thamdinh');
    const notice = await act(page, 'Initiative', reviewing.id, 'Ghi nhận kết quả thẩm định', 'record-result');
    expect(notice).toContain('Chưa hết hạn thẩm định');
    expect((await one(`SELECT status FROM initiative WHERE id = $1`, [reviewing.id])).status).toBe(reviewing.status);
  });

  it('the inspector sends a remediation report back, then verifies the next one', async () => {
    const finding = await one(`SELECT id FROM finding WHERE status = 'REPORTED' ORDER BY text LIMIT 1`);
    const page = await h.signIn('kiemtra');
    expect(await act(page, 'Finding', finding.id, 'Chưa đạt, yêu cầu khắc phục tiếp', 'reject-remediation')).toContain(
      'Đã trả lại báo cáo khắc phục',
    );
    expect((await one(`SELECT status FROM finding WHERE id = $1`, [finding.id])).status).toBe('OPEN');

    const canbo = await one(`SELECT id, person_id FROM app_user WHERE username = 'canbo'`);
    const staff: AuthUser = { id: canbo.id, username: 'canbo', roles: [], personId: canbo.person_id };
    await h.t.services.inspections.reportRemediation(staff, finding.id, 'Đã niêm yết lại đầy đủ.');
    expect(await act(page, 'Finding', finding.id, 'Xác nhận đã khắc phục', 'verify-remediation')).toContain(
      'Đã xác nhận khắc phục',
    );
    expect((await one(`SELECT status FROM finding WHERE id = $1`, [finding.id])).status).toBe('VERIFIED');
  });

  it('bhha rates canbo’s quarter from the form, typing "60,5", then approves it', async () => {
    const [evaluation] = await h.t.db.query(
      `SELECT e.id FROM evaluation e JOIN evaluation_period p ON p.id = e.period_id JOIN app_user u ON u.person_id = e.person_id
        WHERE u.username = 'canbo' AND p.kind = 'QUARTER' AND e.status = 'SELF_ASSESSED'`,
    );
    const page = await h.signIn('bhha');
    try {
      // the home page puts first what waits for the head's rating
      await page.getByText('Việc của tôi').first().waitFor();
      expect(await page.locator('body').innerText()).toContain('Chờ tôi đánh giá');
      expect(await page.locator('body').innerText()).not.toContain('Tổ thẩm định sáng kiến');
      await page.goto(`${h.baseUrl}/admin/resources/Evaluation/records/${evaluation.id}/edit`, {
        waitUntil: 'domcontentloaded',
      });
      await page.locator('input[name="generalScore"]').waitFor();
      await page.fill('input[name="generalScore"]', '27');
      await page.fill('input[name="taskScore"]', '60,5');
      await page.fill('textarea[name="comment"]', 'Hoàn thành tốt nhiệm vụ được giao');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Đã cập nhật').first().waitFor();
      const [rated] = await h.t.db.query(`SELECT status, score::float AS score, level FROM evaluation WHERE id = $1`, [
        evaluation.id,
      ]);
      expect(rated).toEqual({ status: 'REVIEWED', score: 87.5, level: 'GOOD' });

      await page.goto(`${h.baseUrl}/admin/resources/Evaluation/records/${evaluation.id}/show`, {
        waitUntil: 'domcontentloaded',
      });
      await page.getByText('Phê duyệt', { exact: true }).first().click();
      await page.getByRole('button', { name: 'Xác nhận', exact: true }).click();
      await page.getByText('Đã phê duyệt phiếu đánh giá.').first().waitFor();
      expect((await h.t.db.query(`SELECT status FROM evaluation WHERE id = $1`, [evaluation.id]))[0].status).toBe(
        'APPROVED',
      );
    } finally {
      await page.screenshot({ path: 'test-results/rating-in-panel.png', fullPage: true });
    }
  });
  it('Home Affairs previews a reorganisation plan, then applies it: the wards merge, the notice says what happened', async () => {
    const wards: Array<{ code: string; name: string }> = await h.t.db.query(
      `SELECT u.code, u.name FROM unit u JOIN unit_link l ON l.unit_id = u.id AND l.valid_to IS NULL JOIN unit c ON c.id = l.parent_id AND c.code = '79'
        WHERE u.valid_to IS NULL AND u.kind = 'WARD' ORDER BY u.code LIMIT 2`,
    );
    const [into, merged] = wards as [{ code: string; name: string }, { code: string; name: string }];
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
    const plan = await h.t.services.plans.create(
      {
        actNumber: '99/NQ-THU',
        title: `Sáp nhập ${merged.name} vào ${into.name}`,
        signedOn: today,
        effectiveDate: today,
      },
      [{ kind: StepKind.MERGE, sources: [merged.code], target: into.code }],
      null,
    );
    const page = await h.signIn('noivu');
    expect(await act(page, 'ReorganisationPlan', plan.id, 'Xem trước', 'plan-preview', false)).toContain(
      'đóng 1, thành lập 0',
    );
    // a preview changes nothing
    expect(
      await one(`SELECT count(*)::int AS n FROM unit WHERE code = $1 AND valid_to IS NULL`, [merged.code]),
    ).toEqual({ n: 1 });
    expect(await act(page, 'ReorganisationPlan', plan.id, 'Áp dụng', 'plan-apply')).toContain(
      'Đã áp dụng kế hoạch sắp xếp',
    );
    expect((await one(`SELECT status FROM reorganisation_plan WHERE id = $1`, [plan.id])).status).toBe('APPLIED');
    expect(
      await one(`SELECT count(*)::int AS n FROM unit WHERE code = $1 AND valid_to IS NULL`, [merged.code]),
    ).toEqual({ n: 0 });

    // the tree of today has lost the merged ward; the tree of yesterday still has it; the ward's page names its predecessor
    await page.goto(`${h.baseUrl}/admin/pages/unitTree`, { waitUntil: 'domcontentloaded' });
    const tree = page.locator('[data-testid="tree"]');
    await tree.waitFor();
    expect(await tree.innerText()).not.toContain(merged.name);
    const [yesterday] = await h.t.db.query(`SELECT to_char($1::date - 1, 'DD/MM/YYYY') AS day`, [today]);
    await page.fill('input[name="day"]', yesterday.day);
    await page.getByRole('button', { name: 'Xem', exact: true }).click();
    await page.getByText(`Cây đơn vị ngày ${yesterday.day}`).waitFor();
    expect(await tree.innerText()).toContain(merged.name);
    const [target] = await h.t.db.query(`SELECT id FROM unit WHERE code = $1 AND valid_to IS NULL`, [into.code]);
    await page.goto(`${h.baseUrl}/admin/resources/Unit/records/${target.id}/show`, { waitUntil: 'domcontentloaded' });
    await page.getByText('Đơn vị tiền thân').first().waitFor();
    expect(await page.locator('body').innerText()).toContain(`${merged.name} (${merged.code}, toàn bộ`);
    await screenshot(page, 'unit-with-predecessor');
  });
});
