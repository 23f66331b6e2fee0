import type { EntityManager } from 'typeorm';
import { appendWhere, orderBySql, type OrderBy, type WhereColumns } from '../common/where.js';
import { NotificationOrderField, type NotificationWhere } from './notification.inputs.js';
import type { Caller } from '../auth/caller.js';
import { appendScope } from '../auth/policy.js';
import type { EmailStatus, NotificationKind } from './notification.enums.js';
import { notificationPolicy } from './notification.policy.js';

export interface InboxRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  subjectTable: string;
  subjectId: string;
  createdAt: Date;
  readAt: Date | null;
  emailStatus: EmailStatus;
}

/** The caller's notifications, newest first, with how many there are and how many are unread. */
/** The columns of `notifications(where:)` on `n`. */
export const NOTIFICATION_WHERE_COLUMNS: WhereColumns<NotificationWhere> = {
  id: { sql: 'n.id', kind: 'id' },
  kind: { sql: 'n.kind', kind: 'enum', pgType: 'notification_kind' },
  subjectId: { sql: 'n.subject_id', kind: 'id' },
  createdAt: { sql: 'n.created_at', kind: 'datetime' },
  read: { sql: '(n.read_at IS NOT NULL)', kind: 'boolean' },
};

/** The columns of `notifications(orderBy:)`. */
export const NOTIFICATION_ORDER_COLUMNS: Record<NotificationOrderField, string> = {
  [NotificationOrderField.CREATED_AT]: 'n.created_at',
  [NotificationOrderField.KIND]: 'n.kind',
};

export async function inbox(
  em: EntityManager,
  caller: Caller,
  options: {
    unreadOnly?: boolean;
    where?: NotificationWhere;
    orderBy?: ReadonlyArray<OrderBy<NotificationOrderField>>;
    offset: number;
    limit: number;
  },
): Promise<{ rows: InboxRow[]; total: number; unread: number }> {
  const params: unknown[] = [Boolean(options.unreadOnly)];
  const scope = appendScope(notificationPolicy.scope(caller), 'n', params);
  const where = appendWhere(options.where, NOTIFICATION_WHERE_COLUMNS, params);
  const order = orderBySql(options.orderBy, NOTIFICATION_ORDER_COLUMNS, 'n.created_at DESC, n.id', 'n.id');
  // the unread figure is the bell's: the whole inbox, whatever `where` says
  const [{ total, unread }] = await em.query(
    `SELECT count(*) FILTER (WHERE (NOT $1 OR n.read_at IS NULL) AND ${where})::int AS total, count(*) FILTER (WHERE n.read_at IS NULL)::int AS unread
       FROM notification n WHERE ${scope}`,
    params,
  );
  const rows: InboxRow[] = await em.query(
    `SELECT n.id, n.kind, n.title, n.body, n.link, n.subject_table AS "subjectTable", n.subject_id AS "subjectId", n.created_at AS "createdAt",
            n.read_at AS "readAt", n.email_status AS "emailStatus"
       FROM notification n WHERE ${scope} AND (NOT $1 OR n.read_at IS NULL) AND ${where}
      ORDER BY ${order} LIMIT ${Number(options.limit)} OFFSET ${Number(options.offset)}`,
    params,
  );
  return { rows, total, unread };
}

/** How many of the caller's notifications are unread: the bell's figure. */
export async function unreadCount(em: EntityManager, caller: Caller): Promise<number> {
  const params: unknown[] = [];
  const scope = appendScope(notificationPolicy.scope(caller), 'n', params);
  const [{ unread }] = await em.query(
    `SELECT count(*)::int AS unread FROM notification n WHERE ${scope} AND n.read_at IS NULL`,
    params,
  );
  return unread;
}

export interface NotificationSettings {
  email: string | null;
  emailNotifications: boolean;
}

export async function settingsOf(em: EntityManager, userId: string): Promise<NotificationSettings> {
  const [row] = await em.query(
    `SELECT email, email_notifications AS "emailNotifications" FROM app_user WHERE id = $1`,
    [userId],
  );
  return row ?? { email: null, emailNotifications: false };
}
