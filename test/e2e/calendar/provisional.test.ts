import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import { makeUnit, makeUser } from '../../factories/scenario.js';
import { adminAgent } from '../../support/admin.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

/** R31 beyond the published years: fixed-date days off are known, a deadline across an unnoticed year is provisional. */
describe('deadlines across a year whose notice is not entered', () => {
  let t: TestApp;
  let token: string;
  let unitId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-12-28T09:00:00+07:00') });
    unitId = (await makeUnit(t.db, { name: 'Phường Cuối Năm' })).id;
    await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    token = await t.login('noivu');
  });
  afterAll(() => t.close());

  const RECEIVE = `mutation($input: ReceiveFeedbackInput!) { receiveFeedback(input: $input) { id dueAt dueProvisional } }`;
  const receive = (reference: string, receivedAt: string) =>
    t.gql(
      RECEIVE,
      { input: { reference, channel: 'WEB', category: 'Khác', content: 'Cuối năm', receivedAt, unitId } },
      token,
    );

  it('an item received Monday 28 December 2026 is due Tuesday 5 January 2027 (1 January off), provisionally', async () => {
    const late = await receive('1022-CN-1', '2026-12-28T09:00:00+07:00');
    expect(late.data?.receiveFeedback.dueAt).toBe('2027-01-05T16:59:59.999Z');
    expect(late.data?.receiveFeedback.dueProvisional).toBe(true);
    const within = await receive('1022-CN-2', '2026-12-14T09:00:00+07:00');
    expect(within.data?.receiveFeedback.dueProvisional).toBe(false);
  });

  it('the panel shows the provisional due date, and the calendar page names the missing year', async () => {
    const agent = await adminAgent(t, 'noivu');
    const [item] = await t.db.query(`SELECT id FROM feedback_item WHERE reference = '1022-CN-1'`);
    const shown = await agent.get(`/admin/api/resources/FeedbackItem/records/${item.id}/show`);
    expect(shown.body.record.params.dueProvisional).toBe(true);
    const calendar = await agent.get('/admin/api/resources/CalendarDay/actions/list');
    expect(calendar.body.notice).toEqual({ type: 'info', message: expect.stringContaining('năm 2027') });
  });
});
