import { describe, expect, it } from '@jest/globals';
import { makeCalendar } from '../../src/calendar/calendar.js';
import { NotificationKind } from '../../src/notification/notification.enums.js';
import {
  deadlineMessage,
  emailDecision,
  evaluationStepMessage,
  isEmailAddress,
  reminderDays,
  retryDelayMs,
} from '../../src/notification/notification.rules.js';

describe('notification rules', () => {
  it('retries after one minute, doubling, at most an hour', () => {
    expect([1, 2, 3, 4, 7, 20].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000, 3_600_000, 3_600_000]);
  });

  it('e-mails only with an SMTP server, to an active user with an address who has not turned e-mail off', () => {
    const user = { email: 'a@b.vn', emailNotifications: true, active: true };
    expect(emailDecision(true, user)).toEqual({ send: true });
    expect(emailDecision(false, user)).toMatchObject({ send: false });
    expect(emailDecision(true, { ...user, emailNotifications: false })).toEqual({
      send: false,
      note: 'the user turned e-mail off',
    });
    expect(emailDecision(true, { ...user, email: null })).toEqual({
      send: false,
      note: 'the user has no e-mail address',
    });
    expect(emailDecision(true, { ...user, active: false })).toEqual({ send: false, note: 'the account is inactive' });
  });

  it('checks addresses plainly', () => {
    expect(['canbo@phuong.gov.vn', 'a.b+c@x.vn'].every(isEmailAddress)).toBe(true);
    expect(['canbo', 'a@b', 'a b@c.vn', '@c.vn', `${'a'.repeat(250)}@c.vn`].some(isEmailAddress)).toBe(false);
  });

  describe('reminder days (R31 calendar)', () => {
    const plain = makeCalendar([]);
    it('a Monday reminds of Thursday; a Tuesday of Friday and the weekend after it', () => {
      expect(reminderDays(plain, '2026-09-28')).toEqual({ today: '2026-09-28', soon: ['2026-10-01'] });
      expect(reminderDays(plain, '2026-09-29')).toEqual({
        today: '2026-09-29',
        soon: ['2026-10-02', '2026-10-03', '2026-10-04'],
      });
    });
    it('a day off in between pushes the deadline reminded of one working day further', () => {
      const holiday = makeCalendar([{ day: '2026-09-30', kind: 'DAY_OFF' }]);
      expect(reminderDays(holiday, '2026-09-28')).toEqual({
        today: '2026-09-28',
        soon: ['2026-10-02', '2026-10-03', '2026-10-04'],
      });
    });
    it('a make-up Saturday counts as a working day', () => {
      const makeUp = makeCalendar([{ day: '2026-10-03', kind: 'MAKE_UP_WORKING_DAY' }]);
      expect(reminderDays(makeUp, '2026-09-30')).toEqual({ today: '2026-09-30', soon: ['2026-10-03', '2026-10-04'] });
    });
    it('on a day off only the deadlines of the day itself are reminded', () => {
      expect(reminderDays(plain, '2026-10-04')).toEqual({ today: '2026-10-04', soon: [] });
    });
  });

  it('says a deadline on the day and 3 working days before', () => {
    expect(deadlineMessage('rating', '2026-10-04', '2026-10-04', 'phiếu của A')).toMatchObject({
      kind: NotificationKind.DEADLINE_TODAY,
      title: 'Hạn đánh giá, xếp loại là hôm nay: phiếu của A',
    });
    expect(deadlineMessage('feedback', '2026-10-04', '2026-09-29', 'phản ánh số 1')).toMatchObject({
      kind: NotificationKind.DEADLINE_SOON,
      title: 'Hạn trả lời phản ánh, kiến nghị là ngày 04/10/2026: phản ánh số 1',
    });
  });

  it('tells the rater of a self-assessment and a reopening, the person of the other steps, nobody of an appeal', () => {
    const facts = { periodName: 'Quý 3/2026', personName: 'Nguyễn Văn A', reason: 'thiếu' };
    expect(
      ['SELF_ASSESS', 'REOPEN', 'RETURN', 'RATE', 'APPROVE', 'NOTIFY', 'APPEAL'].map(
        (action) => evaluationStepMessage(action, facts)?.to ?? null,
      ),
    ).toEqual(['rater', 'rater', 'person', 'person', 'person', 'person', null]);
    expect(evaluationStepMessage('RETURN', facts)?.message.body).toContain('thiếu');
  });
});
