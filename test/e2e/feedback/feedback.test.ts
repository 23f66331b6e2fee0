import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import type { AuthUser } from '../../../src/auth/auth-user.js';
import { FeedbackChannel } from '../../../src/feedback/feedback.enums.js';
import type { FeedbackItem } from '../../../src/feedback/feedback-item.entity.js';
import { Position } from '../../../src/people/people.enums.js';
import { appoint, makePerson, makeUnit, makeUser } from '../../factories/scenario.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';
import { purgeForTest } from '../../support/test-database.js';

const at = (iso: string) => new Date(iso);
const STATS = `query($u: ID!, $from: Date!, $to: Date!) { feedbackStats(unitId: $u, from: $from, to: $to) { due onTime overdueAtEnd onTimeRate satisfactionPercent } }`;

// The clock moves by months here and tokens last 8 hours: each step logs in at its own time.
describe('the 1022 portal: deadlines, counting, reassignment, privacy', () => {
  let t: TestApp;
  let portal: AuthUser;
  let units: Record<'X' | 'A' | 'B' | 'C', { id: string }>;
  let sequence = 0;

  /** An item as the portal sends it when it arrives: the clock at its receipt, then back where the test had it. */
  const receive = async (receivedAt: string, unit: { id: string }, category = 'Hạ tầng đô thị') => {
    const before = t.clock.now;
    t.clock.now = at(receivedAt);
    try {
      return await t.services.feedback.receive(portal, {
        reference: `1022-2026-${String((sequence += 1)).padStart(6, '0')}`,
        channel: FeedbackChannel.HOTLINE,
        category,
        content: `Phản ánh số ${sequence}`,
        contactName: 'Nguyễn Văn Dân',
        contactPhone: '0903000000',
        receivedAt: at(receivedAt),
        unitId: unit.id,
      });
    } finally {
      t.clock.now = before;
    }
  };
  const replyAt = async (item: FeedbackItem, when: string, satisfied: boolean | null = null) => {
    t.clock.now = at(when);
    await t.services.feedback.reply(portal, item.id, 'Đã xử lý xong');
    if (satisfied !== null) await t.services.feedback.close(portal, item.id, satisfied);
  };

  beforeAll(async () => {
    t = await createTestApp({ now: at('2026-09-01T08:00:00+07:00') });
    units = {
      X: await makeUnit(t.db, { name: 'Phường X' }),
      A: await makeUnit(t.db, { name: 'Phường A' }),
      B: await makeUnit(t.db, { name: 'Phường B' }),
      C: await makeUnit(t.db, { name: 'Phường C' }),
    };
    const noivu = await makeUser(t.db, 'noivu', [Role.HOME_AFFAIRS]);
    portal = { id: noivu.id, username: 'noivu', roles: [Role.HOME_AFFAIRS], personId: null };
    const staffA = await makePerson(t.db, 'Cán Bộ Phường A');
    await appoint(t.db, staffA, units.A as never, Position.STAFF);
    const staffB = await makePerson(t.db, 'Cán Bộ Phường B');
    await appoint(t.db, staffB, units.B as never, Position.STAFF);
    await makeUser(t.db, 'staffA', [], staffA);
    await makeUser(t.db, 'staffB', [], staffB);
    await makeUser(t.db, 'xem', [Role.VIEWER]);
    await makeUser(t.db, 'chutich', [Role.CITY_LEADER]);
  });
  afterAll(() => t.close());

  it('computes deadlines with the calendar: rows 50–52', async () => {
    for (const [received, due] of [
      ['2026-10-08T10:00:00+07:00', '2026-10-15'],
      ['2026-04-29T16:00:00+07:00', '2026-05-08'],
      ['2026-02-13T09:00:00+07:00', '2026-02-27'],
    ]) {
      const item = await receive(received, units.C, 'Khác');
      expect(item.dueAt.toISOString()).toBe(at(`${due}T23:59:59.999+07:00`).toISOString());
    }
    await purgeForTest(
      t.db,
      `DELETE FROM feedback_event; DELETE FROM feedback_assignment; DELETE FROM feedback_cycle; DELETE FROM feedback_item`,
    );
  });

  it('counts a quarter exactly as rows 31–34', async () => {
    const row31 = await receive('2026-09-21T09:00:00+07:00', units.X); // due Mon 28 Sep
    const row32 = await receive('2026-08-03T09:00:00+07:00', units.X); // due Mon 10 Aug, never replied
    const row33 = await receive('2026-09-08T09:00:00+07:00', units.X); // due Tue 15 Sep
    await replyAt(row33, '2026-09-15T17:00:00+07:00');
    await replyAt(row31, '2026-10-02T10:00:00+07:00');
    expect(row32.dueAt.toISOString()).toBe(at('2026-08-10T23:59:59.999+07:00').toISOString());

    const q3 = (await t.gql(STATS, { u: units.X.id, from: '2026-07-01', to: '2026-09-30' }, await t.login('xem'))).data
      ?.feedbackStats;
    expect(q3).toEqual({ due: 3, onTime: 1, overdueAtEnd: 2, onTimeRate: 33.33, satisfactionPercent: 33.33 });
    const q4 = (await t.gql(STATS, { u: units.X.id, from: '2026-10-01', to: '2026-12-31' }, await t.login('xem'))).data
      ?.feedbackStats;
    expect(q4).toEqual({ due: 0, onTime: 0, overdueAtEnd: 1, onTimeRate: null, satisfactionPercent: null });

    // row 34: received 1 Sep at A, reassigned MISROUTED to B on 4 Sep: due end of 11 Sep, charged to B
    t.clock.now = at('2026-09-01T08:00:00+07:00');
    const row34 = await receive('2026-09-01T08:00:00+07:00', units.A);
    t.clock.now = at('2026-09-04T10:00:00+07:00');
    const moved = await t.gql(
      `mutation($id: ID!, $u: ID!) { assignFeedback(id: $id, unitId: $u, kind: MISROUTED, reason: "Sai địa bàn") { dueAt unit { name } assignments { reason unit: dueAt } } }`,
      { id: row34.id, u: units.B.id },
      await t.login('noivu'),
    );
    expect(moved.data?.assignFeedback.dueAt).toBe(at('2026-09-11T23:59:59.999+07:00').toISOString());
    expect(moved.data?.assignFeedback.unit).toEqual({ name: 'Phường B' });
    expect(moved.data?.assignFeedback.assignments.map((a: { reason: string }) => a.reason)).toEqual([
      'INITIAL',
      'MISROUTED',
    ]);
    const B = (await t.gql(STATS, { u: units.B.id, from: '2026-07-01', to: '2026-09-30' }, await t.login('xem'))).data
      ?.feedbackStats;
    const A = (await t.gql(STATS, { u: units.A.id, from: '2026-07-01', to: '2026-09-30' }, await t.login('xem'))).data
      ?.feedbackStats;
    expect(B.due).toBe(1);
    expect(A.due).toBe(0);
    // a unit is required: an empty id is NOT_FOUND, not the figures of no unit
    const none = await t.gql(STATS, { u: '', from: '2026-07-01', to: '2026-09-30' }, await t.login('xem'));
    expect(none.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // the handling cycle carries the restarted deadline, which is what R22 counts
    const [cycle] = await t.db.query(
      `SELECT count(*) OVER ()::int AS cycles, due_at FROM feedback_cycle WHERE item_id = $1`,
      [row34.id],
    );
    expect(cycle).toEqual({ cycles: 1, due_at: at('2026-09-11T23:59:59.999+07:00') });
  });

  it('row 35: satisfaction counts each item once: 10 items, 2 unsatisfied, 3 late, 1 both → 60%', async () => {
    t.clock.now = at('2026-07-01T08:00:00+07:00');
    const items = [];
    for (let i = 0; i < 10; i += 1) items.push(await receive('2026-07-06T09:00:00+07:00', units.C)); // due Mon 13 Jul
    for (const [index, item] of items.entries()) {
      const late = index < 3;
      await replyAt(
        item,
        late ? '2026-07-20T10:00:00+07:00' : '2026-07-10T10:00:00+07:00',
        index === 0 || index === 5 ? false : true,
      );
    }
    const stats = (await t.gql(STATS, { u: units.C.id, from: '2026-07-01', to: '2026-09-30' }, await t.login('xem')))
      .data?.feedbackStats;
    expect(stats).toMatchObject({ due: 10, onTime: 7, satisfactionPercent: 60 });
  });

  it('overdue follows the clock, and an overdue item asks for a progress update with a committed date (R21)', async () => {
    t.clock.now = at('2026-10-08T10:00:00+07:00');
    const item = await receive('2026-10-08T10:00:00+07:00', units.A);
    const QUERY = `query($u: ID!) { feedbackItems(filter: { unitId: $u, overdue: true }) { nodes { reference overdue needsProgressUpdate } } }`;
    t.clock.now = at('2026-10-15T23:00:00+07:00');
    let token = await t.login('staffA');
    expect(
      (await t.gql(QUERY, { u: units.A.id }, token)).data?.feedbackItems.nodes.map(
        (n: { reference: string }) => n.reference,
      ),
    ).not.toContain(item.reference);
    t.clock.now = at('2026-10-16T08:00:00+07:00');
    token = await t.login('staffA');
    const overdue = (await t.gql(QUERY, { u: units.A.id }, token)).data?.feedbackItems.nodes.find(
      (n: { reference: string }) => n.reference === item.reference,
    );
    expect(overdue).toEqual({ reference: item.reference, overdue: true, needsProgressUpdate: true });
    const progress = await t.gql(
      `mutation($id: ID!) { addFeedbackProgress(id: $id, note: "Đang phối hợp điện lực", committedDate: "2026-10-20") { status needsProgressUpdate } }`,
      { id: item.id },
      token,
    );
    expect(progress.data?.addFeedbackProgress).toEqual({ status: 'IN_PROGRESS', needsProgressUpdate: false });
  });

  it('shows the citizen’s contact only to the assigned unit’s staff and Home Affairs (R23); other units do not see the item', async () => {
    t.clock.now = at('2026-11-02T08:00:00+07:00');
    const item = await receive('2026-11-02T08:00:00+07:00', units.A);
    const QUERY = `query($u: ID!) { feedbackItems(filter: { unitId: $u }, first: 500) { nodes { id contactName contactPhone } } }`;
    const seen = async (who: 'noivu' | 'staffA' | 'staffB' | 'xem' | 'chutich') => {
      const token = await t.login(who);
      return (await t.gql(QUERY, { u: units.A.id }, token)).data?.feedbackItems.nodes.find(
        (n: { id: string }) => n.id === item.id,
      );
    };
    expect(await seen('staffA')).toEqual({ id: item.id, contactName: 'Nguyễn Văn Dân', contactPhone: '0903000000' });
    expect(await seen('noivu')).toMatchObject({ contactName: 'Nguyễn Văn Dân' });
    expect(await seen('chutich')).toEqual({ id: item.id, contactName: null, contactPhone: null });
    expect(await seen('staffB')).toBeUndefined();
    expect(await seen('xem')).toBeUndefined();
  });

  it('bad input changes nothing: replying to a CLOSED item, assigning to a closed unit, a staff member of another unit (NOT_FOUND, as for an item that is not there)', async () => {
    t.clock.now = at('2026-11-03T08:00:00+07:00');
    const token = await t.login('noivu');
    const item = await receive('2026-11-03T08:00:00+07:00', units.A);
    await replyAt(item, '2026-11-03T09:00:00+07:00', true);
    const reply = await t.gql(
      `mutation($id: ID!) { replyFeedback(id: $id, reply: "Lần nữa") { status } }`,
      { id: item.id },
      token,
    );
    expect(reply.errors?.[0].extensions.code).toBe('INVALID_STATE');

    const closedUnit = await makeUnit(t.db, { name: 'Phường Đã Giải Thể' });
    await t.db.query(`UPDATE unit SET valid_to = '2025-07-01' WHERE id = $1`, [closedUnit.id]);
    const open = await receive('2026-11-03T08:00:00+07:00', units.A);
    const before = await t.db.query(`SELECT unit_id, due_at FROM feedback_item WHERE id = $1`, [open.id]);
    const assign = await t.gql(
      `mutation($id: ID!, $u: ID!) { assignFeedback(id: $id, unitId: $u) { id } }`,
      { id: open.id, u: closedUnit.id },
      token,
    );
    expect(assign.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'unitId' })],
    });
    expect(await t.db.query(`SELECT unit_id, due_at FROM feedback_item WHERE id = $1`, [open.id])).toEqual(before);

    const other = await t.gql(
      `mutation($id: ID!) { replyFeedback(id: $id, reply: "Không phải việc của tôi") { status } }`,
      { id: open.id },
      await t.login('staffB'),
    );
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('receiving is idempotent on the reference; the same reference with other content is a CONFLICT', async () => {
    const token = await t.login('noivu');
    const RECEIVE = `mutation($input: ReceiveFeedbackInput!) { receiveFeedback(input: $input) { id reference status unit { name } } }`;
    const input = {
      reference: '1022-2026-999999',
      channel: 'WEB',
      category: 'Môi trường',
      content: 'Rác thải',
      receivedAt: '2026-11-03T08:00:00+07:00',
      unitId: units.B.id,
    };
    const first = await t.gql(RECEIVE, { input }, token);
    const again = await t.gql(RECEIVE, { input }, token);
    expect(again.data?.receiveFeedback).toEqual(first.data?.receiveFeedback);
    expect(first.data?.receiveFeedback).toMatchObject({ status: 'ASSIGNED', unit: { name: 'Phường B' } });
    const other = await t.gql(RECEIVE, { input: { ...input, content: 'Nội dung khác' } }, token);
    expect(other.errors?.[0].extensions.code).toBe('CONFLICT');
    // received in year 1 or next week: no deadline can count from it, and nothing is written
    for (const receivedAt of ['0001-01-01T00:00:00Z', new Date(t.clock.now.getTime() + 7 * 86_400_000).toISOString()]) {
      const refused = await t.gql(RECEIVE, { input: { ...input, reference: '1022-2026-999998', receivedAt } }, token);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ field: 'receivedAt' })],
      });
    }
    expect(
      (await t.db.query(`SELECT count(*)::int AS count FROM feedback_item WHERE reference = '1022-2026-999998'`))[0]
        .count,
    ).toBe(0);
    expect(
      (await t.db.query(`SELECT count(*)::int AS count FROM feedback_item WHERE reference = '1022-2026-999999'`))[0]
        .count,
    ).toBe(1);
  });

  it('reopening a replied item (citizen not satisfied) restarts its deadline from the reopening', async () => {
    t.clock.now = at('2026-11-09T09:00:00+07:00');
    const item = await receive('2026-11-09T09:00:00+07:00', units.B);
    await replyAt(item, '2026-11-10T09:00:00+07:00', false);
    t.clock.now = at('2026-11-12T15:00:00+07:00'); // Thursday
    const reopened = await t.gql(
      `mutation($id: ID!) { reopenFeedback(id: $id, reason: "Người dân chưa hài lòng") { status dueAt repliedAt } }`,
      { id: item.id },
      await t.login('noivu'),
    );
    expect(reopened.data?.reopenFeedback).toEqual({
      status: 'REOPENED',
      dueAt: at('2026-11-19T23:59:59.999+07:00').toISOString(),
      repliedAt: null,
    });
  });

  it('a reopened item keeps its first cycle: the month it was due and answered late does not change (R22)', async () => {
    const unit = await makeUnit(t.db, { name: 'Phường Chu Kỳ' });
    const STATS = `query($u: ID!, $from: Date!, $to: Date!) { feedbackStats(unitId: $u, from: $from, to: $to) { due onTime overdueAtEnd satisfactionPercent } }`;
    const november = async () =>
      (await t.gql(STATS, { u: unit.id, from: '2026-11-01', to: '2026-11-30' }, await t.login('noivu'))).data
        ?.feedbackStats;
    t.clock.now = at('2026-11-02T09:00:00+07:00');
    const item = await receive('2026-11-02T09:00:00+07:00', unit); // due Mon 9 Nov
    await replyAt(item, '2026-11-11T09:00:00+07:00', false); // two days late, citizen not satisfied
    const before = await november();
    expect(before).toEqual({ due: 1, onTime: 0, overdueAtEnd: 0, satisfactionPercent: 0 });

    t.clock.now = at('2026-12-01T09:00:00+07:00');
    await t.gql(
      `mutation($id: ID!) { reopenFeedback(id: $id, reason: "Chưa hài lòng") { status } }`,
      { id: item.id },
      await t.login('noivu'),
    );
    expect(await november()).toEqual(before);
    const december = await t.gql(STATS, { u: unit.id, from: '2026-12-01', to: '2026-12-31' }, await t.login('noivu'));
    expect(december.data?.feedbackStats).toMatchObject({ due: 1, onTime: 0, overdueAtEnd: 1 });
    const cycles = await t.db.query(
      `SELECT number, to_char(due_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS due, replied_at IS NOT NULL AS replied, citizen_satisfied
         FROM feedback_cycle WHERE item_id = $1 ORDER BY number`,
      [item.id],
    );
    expect(cycles).toEqual([
      { number: 1, due: '2026-11-09', replied: true, citizen_satisfied: false },
      { number: 2, due: '2026-12-08', replied: false, citizen_satisfied: null },
    ]);
    // the second answer, on time: the new cycle is not taken for unsatisfied before the citizen says so
    await replyAt(item, '2026-12-03T09:00:00+07:00');
    const again = await t.gql(STATS, { u: unit.id, from: '2026-12-01', to: '2026-12-31' }, await t.login('noivu'));
    expect(again.data?.feedbackStats).toMatchObject({ due: 1, onTime: 1, overdueAtEnd: 0, satisfactionPercent: 100 });
    expect(await november()).toEqual(before);
  });
});
