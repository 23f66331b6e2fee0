import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import type { AuthUser } from '../../../src/auth/auth-user.js';
import { FeedbackChannel } from '../../../src/feedback/feedback.enums.js';
import { makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { adminAgent } from '../../support/admin.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/** The panel's rules of the day ask the app's clock (admin/deps.ts), as the services do: a test moves it. */
describe('the admin panel on the app’s clock', () => {
  let t: TestApp;
  let itemId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2024-03-04T09:00:00+07:00') });
    const ward = await makeUnit(t.db, { name: 'Phường Đồng Hồ' });
    const noivu = await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    const portal: AuthUser = { id: noivu.id, username: 'noivu', roles: [Role.HOME_AFFAIRS], personId: null };
    const item = await t.services.feedback.receive(portal, {
      reference: '1022-DONG-HO',
      channel: FeedbackChannel.WEB,
      category: 'Hạ tầng đô thị',
      content: 'Đèn đường hỏng',
      contactName: 'Lê Văn Dân',
      contactPhone: '0909000001',
      receivedAt: t.clock.now,
      unitId: ward.id,
    });
    itemId = item.id;
  });
  afterAll(() => t.close());

  it('a 1022 item is shown overdue once the app’s clock passes its due time, not the machine’s', async () => {
    const agent = await adminAgent(t, 'noivu');
    const show = async () =>
      (await agent.get(`/admin/api/resources/FeedbackItem/records/${itemId}/show`)).body.record.params as {
        dueAt: string;
        overdue: boolean;
      };
    const before = await show();
    expect(before.overdue).toBe(false);
    t.clock.now = new Date(new Date(before.dueAt).getTime() + 60_000);
    expect((await show()).overdue).toBe(true);
  });

  it('a person deleted in the panel is archived on the app’s day', async () => {
    t.clock.now = new Date('2024-05-06T10:30:00+07:00');
    const person = await makePerson(t.db, 'Người Lưu Trữ');
    const agent = await adminAgent(t, 'noivu');
    const response = await agent.post(`/admin/api/resources/Person/records/${person.id}/delete`);
    expect(response.body.notice).toMatchObject({ type: 'success' });
    const [row] = await t.db.query<Array<{ archived_at: Date }>>(`SELECT archived_at FROM person WHERE id = $1`, [
      person.id,
    ]);
    expect(row?.archived_at).toEqual(t.clock.now);
  });
});
