import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import { scopeSql } from '../auth/policy.js';
import { loadWorkCalendar } from '../calendar/calendar.queries.js';
import { cityDayOf } from '../common/dates.js';
import { BadInputError, NotFoundError } from '../common/errors.js';
import { isWellFormedId } from '../common/ids.js';
import { affectedRows } from '../common/queries.js';
import { SqlParams } from '../common/sql-params.js';
import { inTransaction } from '../common/transaction.js';
import type { Clock } from '../context.js';
import { reminders } from './deadline-reminders.queries.js';
import { enqueue } from './notification.outbox.js';
import { notificationPolicy } from './notification.policy.js';
import { countVisible, inbox, settingsOf, type InboxPage, type NotificationSettings } from './notification.queries.js';
import { isEmailAddress, reminderDays } from './notification.rules.js';

/** Reminders are written this many at a time (one statement each, one transaction for the run). */
const REMINDER_CHUNK = 5_000;

/** The inbox (read marks, e-mail settings) and the deadline reminders; the e-mail job is NotificationMailer. */
export class NotificationService {
  constructor(
    private readonly db: DataSource,
    private readonly now: Clock,
  ) {}

  /** Marks the caller's notifications read: the ones named (each must be theirs, else NOT_FOUND) or all of them. */
  markRead(caller: Caller, which: { ids?: readonly string[] | null; all?: boolean | null }): Promise<number> {
    const ids = [...new Set(which.ids ?? [])];
    if (!which.all && ids.length === 0)
      throw new BadInputError(
        [{ field: 'ids', message: 'cần chọn thông báo, hoặc đánh dấu tất cả' }],
        'Name notifications, or all.',
      );
    return inTransaction(this.db, async (em) => {
      if (!which.all) {
        if (!ids.every(isWellFormedId) || (await countVisible(em, caller, ids)) !== ids.length)
          throw new NotFoundError('thông báo', 'Notification');
      }
      const params = new SqlParams();
      const named = params.add(which.all ? null : ids);
      const readAt = params.add(this.now());
      const scope = scopeSql(notificationPolicy.scope(caller), 'n', params);
      return affectedRows(
        em,
        `UPDATE notification n SET read_at = ${readAt}
          WHERE n.read_at IS NULL AND ${scope} AND (${named}::uuid[] IS NULL OR n.id = ANY(${named}::uuid[]))`,
        params.values,
      );
    });
  }

  /** The caller's notifications, newest first, with how many there are and how many are unread. */
  inbox(caller: Caller, options: Parameters<typeof inbox>[2]): Promise<InboxPage> {
    return inbox(this.db.manager, caller, options);
  }

  settings(userId: string): Promise<NotificationSettings> {
    return settingsOf(this.db.manager, userId);
  }

  /** The user's own e-mail address and whether notifications also go there (the inbox always has them). */
  updateSettings(
    userId: string,
    changes: { email?: string | null; emailNotifications?: boolean | null },
  ): Promise<NotificationSettings> {
    return inTransaction(this.db, async (em) => {
      const email = changes.email === undefined ? undefined : changes.email?.trim() || null;
      if (email && !isEmailAddress(email))
        throw new BadInputError(
          [{ field: 'email', message: 'địa chỉ thư điện tử không hợp lệ' }],
          'Not an e-mail address.',
        );
      const params = new SqlParams();
      const user = params.add(userId);
      const set: string[] = [];
      if (email !== undefined) set.push(`email = ${params.add(email)}`);
      if (changes.emailNotifications !== undefined && changes.emailNotifications !== null)
        set.push(`email_notifications = ${params.add(changes.emailNotifications)}`);
      if (set.length > 0) await em.query(`UPDATE app_user SET ${set.join(', ')} WHERE id = ${user}`, params.values);
      return settingsOf(em, userId);
    });
  }

  /**
   * Deadlines due today, and (on a working day) 3 working days ahead, by the working-day calendar (R31): each
   * reminder is written once per user whichever instance or run finds it first (a unique key), so the job may
   * run as often as it likes on as many instances as there are.
   */
  remindDeadlines(): Promise<number> {
    return inTransaction(this.db, async (em) => {
      const today = cityDayOf(this.now());
      const days = reminderDays(await loadWorkCalendar(em), today);
      const items = await reminders(em, [days.today, ...days.soon], today);
      let written = 0;
      for (let start = 0; start < items.length; start += REMINDER_CHUNK)
        written += await enqueue(em, items.slice(start, start + REMINDER_CHUNK));
      return written;
    });
  }
}
