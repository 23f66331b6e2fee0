import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AuthUser } from '../../../src/auth/auth-user.js';
import { Role } from '../../../src/auth/auth.enums.js';
import { Vote } from '../../../src/initiative/initiative.enums.js';
import { browserAvailability, browserHarness, type BrowserHarness } from '../../support/browser.js';

const { executablePath, skipReason } = browserAvailability();
if (skipReason) console.warn(skipReason);
const describeInBrowser = executablePath ? describe : describe.skip;
const PENDING = 'Trả kết quả thủ tục hành chính tại nhà cho người cao tuổi';

describeInBrowser('the appraisal board in the admin panel (headless Chromium)', () => {
  let h: BrowserHarness;

  beforeAll(async () => {
    h = await browserHarness(executablePath as string);
  });
  afterAll(() => h?.close());

  it('thamdinh2 scores and votes on a pending initiative; the chair sees the progress, then the result', async () => {
    const member = await h.signIn('thamdinh2');
    await member.goto(`${h.baseUrl}/admin/resources/InitiativeVote/actions/new`, { waitUntil: 'domcontentloaded' });
    try {
      await member.getByText('Tính mới (0–10)').first().waitFor();
      const initiativeSelect = member.locator('[data-testid="property-edit-initiativeId"] input');
      await initiativeSelect.click();
      await initiativeSelect.fill('Trả kết quả');
      await member.getByRole('option', { name: PENDING }).click();
      for (const [field, score] of [
        ['novelty', '8'],
        ['feasibility', '7'],
        ['impact', '9'],
        ['scope', '6'],
      ]) {
        await member.fill(`input[name="${field}"]`, score);
      }
      const voteSelect = member.locator('[data-testid="property-edit-vote"] input');
      await voteSelect.click();
      await member.getByRole('option', { name: 'Tán thành', exact: true }).click();
      await member.getByRole('button', { name: 'Lưu' }).click();
      await member.getByText('Đã tạo bản ghi mới').first().waitFor();
    } finally {
      await member.screenshot({ path: 'test-results/initiative-vote.png', fullPage: true });
    }

    const chair = await h.signIn('thamdinh');
    // the board's dashboard (a custom component AdminJS bundles itself)
    await chair.getByText('Chờ tôi thẩm định').first().waitFor();
    expect(await chair.locator('body').innerText()).toContain('Sáng kiến theo trạng thái');
    await chair.screenshot({ path: 'test-results/board-dashboard.png', fullPage: true });
    await chair.goto(`${h.baseUrl}/admin/resources/Initiative`, { waitUntil: 'domcontentloaded' });
    const row = chair.locator('tr').filter({ hasText: PENDING });
    await row.getByText('1/5 đã thẩm định').waitFor();

    const [initiative] = await h.t.db.query(`SELECT id FROM initiative WHERE title = $1`, [PENDING]);
    for (const username of ['thamdinh3', 'thamdinh4', 'thamdinh5', 'thamdinh']) {
      const [user] = await h.t.db.query(`SELECT id FROM app_user WHERE username = $1`, [username]);
      const actor: AuthUser = { id: user.id, username, roles: [Role.BOARD_MEMBER], personId: null };
      await h.t.services.initiatives.vote(actor, initiative.id, {
        novelty: 7,
        feasibility: 7,
        impact: 7,
        scope: 7,
        vote: Vote.APPROVE,
      });
    }
    await chair.reload({ waitUntil: 'domcontentloaded' });
    await chair.locator('tr').filter({ hasText: PENDING }).getByText('Đề nghị phê duyệt').waitFor();
    expect(await chair.locator('tr').filter({ hasText: PENDING }).innerText()).toContain('5/5 đã thẩm định');
    await chair.screenshot({ path: 'test-results/initiative-result.png', fullPage: true });
  });
});
