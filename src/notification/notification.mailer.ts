import nodemailer from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import { logger } from '../common/logger.js';
import { affectedRows, queryOne } from '../common/queries.js';
import { SqlParams } from '../common/sql-params.js';
import { inTransaction } from '../common/transaction.js';
import type { Clock } from '../context.js';
import { EmailStatus } from './notification.enums.js';
import { emailDecision, MAX_EMAIL_ATTEMPTS, retryDelayMs } from './notification.rules.js';

/** What the job needs of a mail transport (nodemailer's, or a test's). */
export interface MailTransport {
  sendMail(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    headers: Record<string, string>;
  }): Promise<unknown>;
}

/**
 * nodemailer over SMTP_URL (`smtp://user:pass@host:587`, `smtps://…:465`), with timeouts well inside the
 * database's idle-in-transaction limit (60 s), since the notification's row stays locked while it is sent.
 */
export function smtpTransport(url: string): MailTransport {
  return nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
}

export interface MailerOptions {
  from: string;
  /** where the links in e-mails point (the panel's address as users reach it) */
  appUrl: string;
  /** the most notifications one run handles; the next run takes the rest */
  batch?: number;
}

export interface SendReport {
  sent: number;
  skipped: number;
  retrying: number;
  failed: number;
}

interface Claimed {
  id: string;
  title: string;
  body: string;
  link: string | null;
  email_attempts: number;
  email: string | null;
  email_notifications: boolean;
  active: boolean;
}

/**
 * The e-mail job: a queue in PostgreSQL. Each notification due is claimed with `FOR UPDATE SKIP LOCKED` and kept
 * locked while it is sent, so that any number of instances run the job at once and each notification goes out
 * once; a failure is tried again later with a growing pause, and given up after MAX_EMAIL_ATTEMPTS. Without
 * SMTP_URL, or for a user without an address or who turned e-mail off, it is marked SKIPPED: the inbox has it.
 */
export class NotificationMailer {
  private readonly batch: number;

  constructor(
    private readonly db: DataSource,
    private readonly transport: MailTransport | null,
    private readonly now: Clock,
    private readonly options: MailerOptions,
  ) {
    this.batch = options.batch ?? 500;
  }

  async sendDue(): Promise<SendReport> {
    const report: SendReport = { sent: 0, skipped: 0, retrying: 0, failed: 0 };
    if (!this.transport) {
      report.skipped = await this.skipAll();
      return report;
    }
    for (let handled = 0; handled < this.batch; handled += 1) {
      const outcome = await inTransaction(this.db, (em) => this.sendOne(em));
      if (!outcome) break;
      report[outcome] += 1;
    }
    return report;
  }

  private async sendOne(em: EntityManager): Promise<keyof SendReport | null> {
    const now = this.now();
    const row = await queryOne<Claimed>(
      em,
      `SELECT n.id, n.title, n.body, n.link, n.email_attempts, u.email, u.email_notifications, u.active
         FROM notification n JOIN app_user u ON u.id = n.recipient_user_id
        WHERE n.email_status = $2 AND (n.email_attempts = 0 OR n.email_next_attempt_at <= $1)
        ORDER BY n.email_next_attempt_at, n.created_at
        LIMIT 1
        FOR UPDATE OF n SKIP LOCKED`,
      [now, EmailStatus.PENDING],
    );
    if (!row) return null;
    const decision = emailDecision(true, {
      email: row.email,
      emailNotifications: row.email_notifications,
      active: row.active,
    });
    if (!decision.send) {
      await this.mark(em, row.id, { email_status: EmailStatus.SKIPPED, email_note: decision.note });
      return 'skipped';
    }
    const attempts = row.email_attempts + 1;
    try {
      await (this.transport as MailTransport).sendMail({
        from: this.options.from,
        to: row.email as string,
        subject: row.title,
        text: this.text(row),
        headers: { 'X-Congvu-Notification': row.id },
      });
    } catch (error) {
      const note = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const givenUp = attempts >= MAX_EMAIL_ATTEMPTS;
      logger.warn({ notification: row.id, attempts, givenUp, err: note }, 'sending a notification e-mail failed');
      await this.mark(em, row.id, {
        email_status: givenUp ? EmailStatus.FAILED : EmailStatus.PENDING,
        email_attempts: attempts,
        email_next_attempt_at: new Date(now.getTime() + retryDelayMs(attempts)),
        email_note: note,
      });
      return givenUp ? 'failed' : 'retrying';
    }
    await this.mark(em, row.id, {
      email_status: EmailStatus.SENT,
      email_attempts: attempts,
      email_sent_at: now,
      email_note: null,
    });
    return 'sent';
  }

  private text(row: Claimed): string {
    const base = this.options.appUrl.replace(/\/$/, '');
    return [
      row.body,
      ...(row.link ? ['', `Xem chi tiết: ${base}${row.link}`] : []),
      '',
      '—',
      `Thư tự động của hệ thống đánh giá công vụ TP.HCM. Tắt thông báo qua e-mail tại ${base}/admin/pages/notifications`,
    ].join('\n');
  }

  private async mark(em: EntityManager, id: string, columns: Record<string, unknown>): Promise<void> {
    const params = new SqlParams();
    const row = params.add(id);
    const set = Object.entries(columns).map(([name, value]) => `${name} = ${params.add(value)}`);
    await em.query(`UPDATE notification SET ${set.join(', ')} WHERE id = ${row}`, params.values);
  }

  /** No SMTP server configured: every waiting notification stays in the inbox only, in one statement. */
  private async skipAll(): Promise<number> {
    const decision = emailDecision(false, { email: null, emailNotifications: false, active: false });
    const note = decision.send ? null : decision.note;
    return inTransaction(this.db, (em) =>
      affectedRows(em, `UPDATE notification SET email_status = $2, email_note = $1 WHERE email_status = $3`, [
        note,
        EmailStatus.SKIPPED,
        EmailStatus.PENDING,
      ]),
    );
  }
}
