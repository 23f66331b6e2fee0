import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../../../src/auth/auth.enums.js';
import { createDataSource } from '../../../src/database/data-source.js';
import { UnitKind } from '../../../src/hierarchy/hierarchy.enums.js';
import { BoardMember } from '../../../src/initiative/board-member.entity.js';
import { NotificationKind } from '../../../src/notification/notification.enums.js';
import { NotificationMailer, smtpTransport } from '../../../src/notification/notification.mailer.js';
import { enqueue } from '../../../src/notification/notification.outbox.js';
import { MAX_EMAIL_ATTEMPTS, retryDelayMs } from '../../../src/notification/notification.rules.js';
import { APPROVE, evaluationOf, OPEN, RATE, rankedCity, SELF, type Org } from '../../factories/evaluation.js';
import { makeUnit, makeUser } from '../../factories/scenario.js';
import { startSmtp, type LocalSmtp } from '../../support/smtp.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

const INBOX = `query($unreadOnly: Boolean) { notifications(unreadOnly: $unreadOnly, first: 100) { totalCount unreadCount nodes { id kind title body link subjectTable subjectId readAt emailStatus } } }`;
const SETTINGS = `mutation($input: NotificationSettingsInput!) { updateNotificationSettings(input: $input) { email emailNotifications } }`;
const parts = { generalScore: 27, taskScore: 60 };

type Inbox = {
  totalCount: number;
  unreadCount: number;
  nodes: Array<{
    id: string;
    kind: string;
    title: string;
    body: string;
    link: string;
    subjectId: string;
    readAt: string | null;
    emailStatus: string;
  }>;
};

async function inboxOf(t: TestApp, token: string, unreadOnly = false): Promise<Inbox> {
  const answer = await t.gql<{ notifications: Inbox }>(INBOX, { unreadOnly }, token);
  expect(answer.errors).toBeUndefined();
  return answer.data!.notifications;
}

/** A quarter opened on Monday 28 September 2026 (its deadline, 4 October, is a Sunday). */
async function openQuarter(t: TestApp, org: Org): Promise<string> {
  const opened = await t.gql(OPEN, { input: { kind: 'QUARTER', year: 2026, quarter: 3 } }, org.tokens.noivu);
  expect(opened.errors).toBeUndefined();
  expect(opened.data?.openEvaluationPeriod.deadline).toBe('2026-10-04');
  return opened.data?.openEvaluationPeriod.id;
}

describe('the inbox: each step of the workflow tells whom it concerns, in the same transaction', () => {
  let t: TestApp;
  let org: Org;
  let periodId: string;
  let evaluationId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-09-28T09:00:00+07:00') });
    org = await rankedCity(t);
    periodId = await openQuarter(t, org);
    evaluationId = (await evaluationOf(t, periodId, org.people.canbo.id)).id;
  });
  afterAll(() => t.close());

  it('a self-assessment waits for the rater; a refused rating tells nobody; a rating, a return, an approval and the notification tell the person', async () => {
    const self = await t.gql(SELF, { input: { evaluationId, parts, narrative: 'Tự nhận xét' } }, org.tokens.canbo);
    expect(self.errors).toBeUndefined();
    const toRate = await inboxOf(t, org.tokens.bhha);
    expect(toRate.nodes).toEqual([
      expect.objectContaining({
        kind: 'EVALUATION_TO_RATE',
        subjectId: evaluationId,
        link: `/admin/resources/Evaluation/records/${evaluationId}/show`,
        readAt: null,
      }),
    ]);
    expect(toRate.nodes[0].title).toContain('Công Chức Địa Chính');
    expect(toRate.nodes[0].title).toContain('Quý 3/2026');

    const stale = await t.gql(RATE, { input: { evaluationId, version: 1, parts, comment: 'Tốt' } }, org.tokens.bhha);
    expect(stale.errors?.[0].extensions.code).toBe('STALE_VERSION');
    expect((await inboxOf(t, org.tokens.canbo)).totalCount).toBe(0);

    const rated = await t.gql(
      RATE,
      { input: { evaluationId, version: self.data?.selfAssess.version, parts, comment: 'Tốt' } },
      org.tokens.bhha,
    );
    expect(rated.errors).toBeUndefined();
    const returned = await t.gql(
      `mutation($id: ID!) { returnEvaluation(id: $id, reason: "Bổ sung sản phẩm") { version } }`,
      { id: evaluationId },
      org.tokens.bhha,
    );
    expect(returned.errors).toBeUndefined();
    const again = await t.gql(SELF, { input: { evaluationId, parts, narrative: 'Đã bổ sung' } }, org.tokens.canbo);
    const rerated = await t.gql(
      RATE,
      { input: { evaluationId, version: again.data?.selfAssess.version, parts, comment: 'Tốt' } },
      org.tokens.bhha,
    );
    const approved = await t.gql(
      APPROVE,
      { id: evaluationId, version: rerated.data?.rateEvaluation.version },
      org.tokens.bhha,
    );
    expect(approved.errors).toBeUndefined();
    const notified = await t.gql(
      `mutation($p: ID!, $u: ID!) { notifyEvaluations(periodId: $p, unitId: $u) }`,
      { p: periodId, u: org.wards[0].id },
      org.tokens.bhha,
    );
    expect(notified.data?.notifyEvaluations).toBe(1);

    const mine = await inboxOf(t, org.tokens.canbo);
    expect(mine.nodes.map((node) => node.kind)).toEqual([
      'EVALUATION_NOTIFIED',
      'EVALUATION_APPROVED',
      'EVALUATION_RATED',
      'EVALUATION_RETURNED',
      'EVALUATION_RATED',
    ]);
    expect(mine.nodes.find((node) => node.kind === 'EVALUATION_RETURNED')?.body).toContain('Bổ sung sản phẩm');
    expect(mine.unreadCount).toBe(5);
    // the rater heard of both self-assessments
    expect((await inboxOf(t, org.tokens.bhha)).nodes.map((node) => node.kind)).toEqual([
      'EVALUATION_TO_RATE',
      'EVALUATION_TO_RATE',
    ]);
  });

  it('an inbox is its owner’s: nobody else lists it or marks it (NOT_FOUND, as for an id that does not exist)', async () => {
    const mine = await inboxOf(t, org.tokens.canbo);
    for (const token of [org.tokens.bhha, org.tokens.noivu, org.tokens.xem]) {
      const theirs = await inboxOf(t, token);
      expect(theirs.nodes.some((node) => mine.nodes.some((own) => own.id === node.id))).toBe(false);
      const foreign = await t.gql(`mutation($ids: [ID!]) { markRead(ids: $ids) }`, { ids: [mine.nodes[0].id] }, token);
      expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
    expect((await inboxOf(t, org.tokens.canbo)).unreadCount).toBe(5);
    const nothing = await t.gql(`mutation { markRead }`, {}, org.tokens.canbo);
    expect(nothing.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('marks one read, then all', async () => {
    const mine = await inboxOf(t, org.tokens.canbo);
    const one = await t.gql(
      `mutation($ids: [ID!]) { markRead(ids: $ids) }`,
      { ids: [mine.nodes[0].id] },
      org.tokens.canbo,
    );
    expect(one.data?.markRead).toBe(1);
    const unread = await inboxOf(t, org.tokens.canbo, true);
    expect(unread).toMatchObject({ totalCount: 4, unreadCount: 4 });
    expect(unread.nodes.some((node) => node.id === mine.nodes[0].id)).toBe(false);
    expect((await t.gql(`mutation { markRead(all: true) }`, {}, org.tokens.canbo)).data?.markRead).toBe(4);
    expect((await inboxOf(t, org.tokens.canbo)).unreadCount).toBe(0);
  });

  it('the e-mail address and the opt-out are the user’s own settings; a bad address is refused naming the field', async () => {
    const bad = await t.gql(SETTINGS, { input: { email: 'không phải địa chỉ' } }, org.tokens.canbo);
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', message: 'địa chỉ thư điện tử không hợp lệ' }],
    });
    const set = await t.gql(
      SETTINGS,
      { input: { email: ' canbo@phuong.gov.vn ', emailNotifications: false } },
      org.tokens.canbo,
    );
    expect(set.data?.updateNotificationSettings).toEqual({ email: 'canbo@phuong.gov.vn', emailNotifications: false });
    expect(
      (await t.gql(`{ notificationSettings { email emailNotifications } }`, {}, org.tokens.canbo)).data
        ?.notificationSettings,
    ).toEqual({ email: 'canbo@phuong.gov.vn', emailNotifications: false });
    expect((await t.gql(`{ notificationSettings { email } }`, {}, org.tokens.bhha)).data?.notificationSettings).toEqual(
      { email: null },
    );
  });
});

describe('the e-mail job: a SKIP LOCKED queue, retried with backoff, each notification sent once', () => {
  let t: TestApp;
  let org: Org;
  let smtp: LocalSmtp;
  let mailer: NotificationMailer;
  const appUrl = 'https://congvu.example.gov.vn';
  const clock = () => t.clock.now;

  /** A notification for canbo, as the services write them. */
  const notifyCanbo = async (title: string) => {
    await enqueue(t.db.manager, [
      {
        personId: org.people.canbo.id,
        message: { kind: NotificationKind.EVALUATION_RATED, title, body: `Nội dung ${title}` },
        link: '/admin/resources/Evaluation/records/x/show',
        subject: { table: 'evaluation', id: org.people.canbo.id },
      },
    ]);
    const [row] = await t.db.query(`SELECT id FROM notification WHERE title = $1`, [title]);
    return row.id as string;
  };
  const stateOf = async (id: string) =>
    (
      await t.db.query(
        `SELECT email_status, email_attempts, email_next_attempt_at, email_note FROM notification WHERE id = $1`,
        [id],
      )
    )[0];

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-09-28T09:00:00+07:00') });
    org = await rankedCity(t);
    smtp = await startSmtp();
    mailer = new NotificationMailer(t.db, smtpTransport(smtp.url), clock, {
      from: 'congvu <no-reply@congvu.example.gov.vn>',
      appUrl,
    });
    await t.gql(SETTINGS, { input: { email: 'canbo@phuong.gov.vn' } }, org.tokens.canbo);
    await t.gql(SETTINGS, { input: { email: 'bhha@phuong.gov.vn', emailNotifications: false } }, org.tokens.bhha);
  });
  afterAll(async () => {
    await smtp.close();
    await t.close();
  });

  it('sends to the address of the user, with the link; a user who turned e-mail off or has no address keeps it in the inbox only', async () => {
    const periodId = await openQuarter(t, org);
    const { id } = await evaluationOf(t, periodId, org.people.canbo.id);
    const self = await t.gql(SELF, { input: { evaluationId: id, parts, narrative: 'Tự nhận xét' } }, org.tokens.canbo);
    await t.gql(
      RATE,
      { input: { evaluationId: id, version: self.data?.selfAssess.version, parts, comment: 'Tốt' } },
      org.tokens.bhha,
    );
    const ward2 = (await evaluationOf(t, periodId, org.people.ward2.id)).id;
    await t.gql(SELF, { input: { evaluationId: ward2, parts, narrative: 'Tự nhận xét' } }, org.tokens.ward2);

    expect(await mailer.sendDue()).toEqual({ sent: 1, skipped: 2, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    const [rated] = (await inboxOf(t, org.tokens.canbo)).nodes;
    expect(mail).toMatchObject({ to: ['canbo@phuong.gov.vn'], subject: rated.title, notificationId: rated.id });
    expect(mail.text).toContain(`${appUrl}/admin/resources/Evaluation/records/${id}/show`);
    expect(rated.emailStatus).toBe('SENT');
    // bhha turned e-mail off (canbo's self-assessment); binhtan has no address (ward2's self-assessment)
    const notes = await t.db.query(
      `SELECT u.username, n.email_note FROM notification n JOIN app_user u ON u.id = n.recipient_user_id WHERE n.email_status = 'SKIPPED' ORDER BY 1`,
    );
    expect(notes).toEqual([
      { username: 'bhha', email_note: 'the user turned e-mail off' },
      { username: 'binhtan', email_note: 'the user has no e-mail address' },
    ]);
    expect(await mailer.sendDue()).toEqual({ sent: 0, skipped: 0, retrying: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  it('an SMTP failure is retried after a growing pause, and sent once it goes through', async () => {
    const id = await notifyCanbo('Thử gửi lại');
    smtp.refuseNext(2);
    expect(await mailer.sendDue()).toMatchObject({ retrying: 1, sent: 0 });
    expect(await stateOf(id)).toMatchObject({
      email_status: 'PENDING',
      email_attempts: 1,
      email_next_attempt_at: new Date(t.clock.now.getTime() + retryDelayMs(1)),
    });
    expect((await stateOf(id)).email_note).toContain('try again later');
    // not before its time
    expect(await mailer.sendDue()).toMatchObject({ retrying: 0, sent: 0 });
    t.clock.now = new Date(t.clock.now.getTime() + retryDelayMs(1));
    expect(await mailer.sendDue()).toMatchObject({ retrying: 1 });
    expect(await stateOf(id)).toMatchObject({
      email_attempts: 2,
      email_next_attempt_at: new Date(t.clock.now.getTime() + retryDelayMs(2)),
    });
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));
    t.clock.now = new Date(t.clock.now.getTime() + retryDelayMs(2));
    expect(await mailer.sendDue()).toMatchObject({ sent: 1 });
    expect(await stateOf(id)).toMatchObject({ email_status: 'SENT', email_attempts: 3 });
    expect(smtp.received.filter((mail) => mail.notificationId === id)).toHaveLength(1);
  });

  it(`gives up after ${MAX_EMAIL_ATTEMPTS} attempts: FAILED, still in the inbox`, async () => {
    const id = await notifyCanbo('Không gửi được');
    smtp.refuseNext(MAX_EMAIL_ATTEMPTS);
    for (let attempt = 1; attempt <= MAX_EMAIL_ATTEMPTS; attempt += 1) {
      expect(await mailer.sendDue()).toMatchObject(attempt < MAX_EMAIL_ATTEMPTS ? { retrying: 1 } : { failed: 1 });
      t.clock.now = new Date(t.clock.now.getTime() + retryDelayMs(attempt));
    }
    expect(await stateOf(id)).toMatchObject({ email_status: 'FAILED', email_attempts: MAX_EMAIL_ATTEMPTS });
    expect(await mailer.sendDue()).toMatchObject({ sent: 0, failed: 0 });
    expect((await inboxOf(t, org.tokens.canbo)).nodes.find((node) => node.id === id)?.emailStatus).toBe('FAILED');
  });

  it('two instances: a notification being sent by one is skipped by the other, not waited for and not sent twice', async () => {
    const other = createDataSource(t.url, { extra: { max: 3 } });
    await other.initialize();
    try {
      const twin = new NotificationMailer(other, smtpTransport(smtp.url), clock, {
        from: 'congvu <no-reply@congvu.example.gov.vn>',
        appUrl,
      });
      const id = await notifyCanbo('Một lần thôi');
      const held = smtp.holdNext();
      const first = mailer.sendDue();
      await held.arrived; // the first instance holds the row and is in the middle of sending it
      expect(await twin.sendDue()).toEqual({ sent: 0, skipped: 0, retrying: 0, failed: 0 });
      held.release();
      expect(await first).toMatchObject({ sent: 1 });
      expect(smtp.received.filter((mail) => mail.notificationId === id)).toHaveLength(1);

      const many: string[] = [];
      for (let i = 0; i < 20; i += 1) many.push(await notifyCanbo(`Hàng loạt ${i}`));
      const reports = await Promise.all([mailer.sendDue(), twin.sendDue()]);
      expect(reports[0].sent + reports[1].sent).toBe(20);
      for (const sent of many) expect(smtp.received.filter((mail) => mail.notificationId === sent)).toHaveLength(1);
    } finally {
      await other.destroy();
    }
  });

  it('without SMTP_URL every waiting notification stays in the inbox only', async () => {
    const id = await notifyCanbo('Chỉ trong hộp thư');
    const inboxOnly = new NotificationMailer(t.db, null, clock, { from: 'x <x@example.org>', appUrl });
    expect(await inboxOnly.sendDue()).toMatchObject({ skipped: 1, sent: 0 });
    expect(await stateOf(id)).toMatchObject({
      email_status: 'SKIPPED',
      email_note: 'no SMTP_URL configured: inbox only',
    });
  });
});

describe('deadline reminders: 3 working days before and on the day, once each', () => {
  let t: TestApp;
  let org: Org;
  const at = (instant: string) => {
    t.clock.now = new Date(instant);
  };
  const reminders = async (username: string) =>
    t.db.query(
      `SELECT n.kind, n.title, n.subject_table FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
        WHERE u.username = $1 AND n.kind IN ('DEADLINE_SOON', 'DEADLINE_TODAY') ORDER BY n.created_at, n.title`,
      [username],
    );

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-09-28T09:00:00+07:00') });
    org = await rankedCity(t);
    // received Tuesday 22 September: due at the end of the 5th working day after, Tuesday 29 September
    const received = await t.gql(
      `mutation($input: ReceiveFeedbackInput!) { receiveFeedback(input: $input) { dueAt } }`,
      {
        input: {
          reference: 'PA-2026-0001',
          channel: 'HOTLINE',
          category: 'Đô thị',
          content: 'Đèn đường hỏng',
          receivedAt: '2026-09-22T08:00:00+07:00',
          unitId: org.wards[0].id,
        },
      },
      org.tokens.noivu,
    );
    expect(received.errors).toBeUndefined();
    await openQuarter(t, org);
  });
  afterAll(() => t.close());

  it('on Monday 28 September nothing is due in 3 working days (the period’s deadline is Sunday 4 October)', async () => {
    expect(await t.services.notifications.remindDeadlines()).toBe(0);
  });

  it('on Tuesday 29 September: the self-assessment due Sunday (3 working days ahead) and the 1022 item due today', async () => {
    at('2026-09-29T07:00:00+07:00');
    const written = await t.services.notifications.remindDeadlines();
    expect(written).toBeGreaterThan(0);
    expect(await reminders('canbo')).toEqual([
      {
        kind: 'DEADLINE_SOON',
        title: 'Hạn tự đánh giá là ngày 04/10/2026: phiếu đánh giá kỳ Quý 3/2026',
        subject_table: 'evaluation',
      },
    ]);
    expect(await reminders('bhha')).toEqual([
      {
        kind: 'DEADLINE_TODAY',
        title: 'Hạn trả lời phản ánh, kiến nghị là hôm nay: phản ánh số PA-2026-0001',
        subject_table: 'feedback_item',
      },
      {
        kind: 'DEADLINE_SOON',
        title: 'Hạn tự đánh giá là ngày 04/10/2026: phiếu đánh giá kỳ Quý 3/2026',
        subject_table: 'evaluation',
      },
    ]);
    // the job runs every ten minutes, on every instance: nothing is written twice
    at('2026-09-29T16:00:00+07:00');
    expect(await t.services.notifications.remindDeadlines()).toBe(0);
  });

  it('a rating waits for the rater: on the deadline day the rater is reminded, the person who self-assessed no more', async () => {
    at('2026-10-02T09:00:00+07:00');
    const { id } = await evaluationOf(
      t,
      (await t.db.query(`SELECT id FROM evaluation_period`))[0].id,
      org.people.canbo.id,
    );
    expect(
      (await t.gql(SELF, { input: { evaluationId: id, parts, narrative: 'Tự nhận xét' } }, await t.login('canbo')))
        .errors,
    ).toBeUndefined();
    at('2026-10-04T08:00:00+07:00');
    await t.services.notifications.remindDeadlines();
    expect((await reminders('canbo')).map((row: { kind: string }) => row.kind)).toEqual(['DEADLINE_SOON']);
    const bhha = await reminders('bhha');
    expect(bhha).toContainEqual({
      kind: 'DEADLINE_TODAY',
      title: 'Hạn đánh giá, xếp loại là hôm nay: phiếu của Công Chức Địa Chính, kỳ Quý 3/2026',
      subject_table: 'evaluation',
    });
    expect(bhha).toContainEqual({
      kind: 'DEADLINE_TODAY',
      title: 'Hạn tự đánh giá là hôm nay: phiếu đánh giá kỳ Quý 3/2026',
      subject_table: 'evaluation',
    });
  });
});

describe('initiatives: the board is reminded of its review, the proposers hear the result', () => {
  let t: TestApp;
  let org: Org;
  let initiativeId: string;

  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-10-05T09:00:00+07:00') });
    org = await rankedCity(t);
    const justice = await makeUnit(t.db, { name: 'Sở Tư pháp', kind: UnitKind.DEPARTMENT, parent: org.city });
    const chair = await makeUser(t.db, 'thamdinh', [Role.BOARD_MEMBER]);
    await t.db.manager.save(
      BoardMember.create({
        userId: chair.id,
        unitId: justice.id,
        chair: true,
        validity: { validFrom: '2026-01-01', validTo: null },
      }),
    );
    const registered = await t.gql(
      `mutation($input: RegisterInitiativeInput!) { registerInitiative(input: $input) { id } }`,
      {
        input: {
          title: 'Trả kết quả tại nhà',
          problem: 'Người cao tuổi đi lại khó khăn',
          content: 'Bưu điện trả kết quả thủ tục tại nhà',
          scope: 'Phường',
          timeline: '3 tháng',
          resources: 'Hợp đồng với bưu điện',
          feasibility: 'Đã có giá cước',
          expectedImpact: 'Giảm đi lại',
          unitId: org.wards[0].id,
          proposerIds: [org.people.canbo.id, org.people.bhha.id],
        },
      },
      org.tokens.canbo,
    );
    initiativeId = registered.data?.registerInitiative.id;
    expect(
      (
        await t.gql(
          `mutation($id: ID!) { submitInitiative(id: $id) { status } }`,
          { id: initiativeId },
          org.tokens.canbo,
        )
      ).errors,
    ).toBeUndefined();
  });
  afterAll(() => t.close());

  it('reminds the member who has not voted 3 working days before the review is due', async () => {
    expect(await t.db.query(`SELECT review_due_on::text AS due FROM initiative WHERE id = $1`, [initiativeId])).toEqual(
      [{ due: '2026-10-14' }],
    );
    t.clock.now = new Date('2026-10-09T09:00:00+07:00');
    await t.services.notifications.remindDeadlines();
    const token = await t.login('thamdinh');
    expect((await inboxOf(t, token)).nodes).toEqual([
      expect.objectContaining({
        kind: 'DEADLINE_SOON',
        title: 'Hạn thẩm định sáng kiến là ngày 14/10/2026: sáng kiến "Trả kết quả tại nhà"',
        subjectId: initiativeId,
      }),
    ]);
  });

  it('the result recorded at the last vote reaches each proposer once (the one who registered it too)', async () => {
    const token = await t.login('thamdinh');
    const voted = await t.gql(
      `mutation($id: ID!, $input: VoteInput!) { voteInitiative(id: $id, input: $input) { status } }`,
      { id: initiativeId, input: { novelty: 8, feasibility: 8, impact: 8, scope: 8, vote: 'APPROVE' } },
      token,
    );
    expect(voted.data?.voteInitiative.status).toBe('RECOMMENDED');
    for (const username of ['canbo', 'bhha']) {
      const results = (await inboxOf(t, await t.login(username))).nodes.filter(
        (node) => node.kind === 'INITIATIVE_RESULT',
      );
      expect(results).toEqual([
        expect.objectContaining({
          title: 'Sáng kiến "Trả kết quả tại nhà" được Tổ thẩm định đề nghị công nhận',
          subjectId: initiativeId,
        }),
      ]);
    }
  });
});
