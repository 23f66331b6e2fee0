import type { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller.js';
import { scopeSql } from '../auth/policy.js';
import { loadWorkCalendar } from '../calendar/calendar.queries.js';
import { cityDayOf } from '../common/dates.js';
import { BadInputError, NotFoundError } from '../common/errors.js';
import { isWellFormedId } from '../common/ids.js';
import { SqlParams } from '../common/sql-params.js';
import type { Clock } from '../context.js';
import { reminders } from './deadline-reminders.queries.js';
import { enqueue } from './notification.outbox.js';
import { notificationPolicy } from './notification.policy.js';
import { settingsOf, type NotificationSettings } from './notification.queries.js';
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
    return this.db.transaction(async (em) => {
      const params = new SqlParams('positional', 1);
      const scope = scopeSql(notificationPolicy.scope(caller), 'n', params);
      if (!which.all) {
        if (!ids.every(isWellFormedId)) throw new NotFoundError('thông báo', 'Notification');
        const [{ found }] = await em.query(
          `SELECT count(*)::int AS found FROM notification n WHERE n.id = ANY($1::uuid[]) AND ${scope}`,
          [ids, ...params.values],
        );
        if (found !== ids.length) throw new NotFoundError('thông báo', 'Notification');
      }
      const [, affected] = await em.query(
        `UPDATE notification n SET read_at = $${params.values.length + 2} WHERE n.read_at IS NULL AND ${scope} AND ($1::uuid[] IS NULL OR n.id = ANY($1::uuid[]))`,
        [which.all ? null : ids, ...params.values, this.now()],
      );
      return affected as number;
    });
  }

  settings(userId: string): Promise<NotificationSettings> {
    return settingsOf(this.db.manager, userId);
  }

  /** The user's own e-mail address and whether notifications also go there (the inbox always has them). */
  updateSettings(
    userId: string,
    changes: { email?: string | null; emailNotifications?: boolean | null },
  ): Promise<NotificationSettings> {
    return this.db.transaction(async (em) => {
      const email = changes.email === undefined ? undefined : changes.email?.trim() || null;
      if (email && !isEmailAddress(email))
        throw new BadInputError(
          [{ field: 'email', message: 'địa chỉ thư điện tử không hợp lệ' }],
          'Not an e-mail address.',
        );
      const set: string[] = [];
      const values: unknown[] = [userId];
      if (email !== undefined) set.push(`email = $${values.push(email)}`);
      if (changes.emailNotifications !== undefined && changes.emailNotifications !== null)
        set.push(`email_notifications = $${values.push(changes.emailNotifications)}`);
      if (set.length > 0) await em.query(`UPDATE app_user SET ${set.join(', ')} WHERE id = $1`, values);
      return settingsOf(em, userId);
    });
  }

  /**
   * Deadlines due today, and (on a working day) 3 working days ahead, by the working-day calendar (R31): each
   * reminder is written once per user whichever instance or run finds it first (a unique key), so the job may
   * run as often as it likes on as many instances as there are.
   */
  remindDeadlines(): Promise<number> {
    return this.db.transaction(async (em) => {
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
