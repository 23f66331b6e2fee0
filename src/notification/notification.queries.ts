import type { EntityManager } from 'typeorm';
import { whereSql, orderBySql, type OrderBy, type WhereColumns } from '../common/where.js';
import { NotificationOrderField, type NotificationWhere } from './notification.inputs.js';
import type { Caller } from '../auth/caller.js';
import { scopeSql } from '../auth/policy.js';
import { queryOne, queryRows } from '../common/queries.js';
import { SqlParams } from '../common/sql-params.js';
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
export interface InboxPage {
  rows: InboxRow[];
  total: number;
  unread: number;
}

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
    where?: NotificationWhere | null;
    orderBy?: ReadonlyArray<OrderBy<NotificationOrderField>> | null;
    offset: number;
    limit: number;
  },
): Promise<InboxPage> {
  const params = new SqlParams();
  const unreadOnly = params.add(Boolean(options.unreadOnly));
  const scope = scopeSql(notificationPolicy.scope(caller), 'n', params);
  const where = whereSql(options.where, NOTIFICATION_WHERE_COLUMNS, params);
  const order = orderBySql(options.orderBy, NOTIFICATION_ORDER_COLUMNS, 'n.created_at DESC, n.id', 'n.id');
  // the unread figure is the bell's: the whole inbox, whatever `where` says
  const counts = await queryOne<{ total: number; unread: number }>(
    em,
    `SELECT count(*) FILTER (WHERE (NOT ${unreadOnly} OR n.read_at IS NULL) AND ${where})::int AS total, count(*) FILTER (WHERE n.read_at IS NULL)::int AS unread
       FROM notification n WHERE ${scope}`,
    params.values,
  );
  const rows = await queryRows<InboxRow>(
    em,
    `SELECT n.id, n.kind, n.title, n.body, n.link, n.subject_table AS "subjectTable", n.subject_id AS "subjectId", n.created_at AS "createdAt",
            n.read_at AS "readAt", n.email_status AS "emailStatus"
       FROM notification n WHERE ${scope} AND (NOT ${unreadOnly} OR n.read_at IS NULL) AND ${where}
      ORDER BY ${order} LIMIT ${params.add(options.limit)} OFFSET ${params.add(options.offset)}`,
    params.values,
  );
  return { rows, total: counts?.total ?? 0, unread: counts?.unread ?? 0 };
}

/** How many of the caller's notifications are unread: the bell's figure. */
export async function unreadCount(em: EntityManager, caller: Caller): Promise<number> {
  const params = new SqlParams();
  const scope = scopeSql(notificationPolicy.scope(caller), 'n', params);
  const row = await queryOne<{ unread: number }>(
    em,
    `SELECT count(*)::int AS unread FROM notification n WHERE ${scope} AND n.read_at IS NULL`,
    params.values,
  );
  return row?.unread ?? 0;
}

export interface NotificationSettings {
  email: string | null;
  emailNotifications: boolean;
}

export async function settingsOf(em: EntityManager, userId: string): Promise<NotificationSettings> {
  const row = await queryOne<NotificationSettings>(
    em,
    `SELECT email, email_notifications AS "emailNotifications" FROM app_user WHERE id = $1`,
    [userId],
  );
  return row ?? { email: null, emailNotifications: false };
}

/** How many of these notifications the caller may see (the policy's scope). */
export async function countVisible(em: EntityManager, caller: Caller, ids: readonly string[]): Promise<number> {
  const params = new SqlParams();
  const named = params.add(ids);
  const scope = scopeSql(notificationPolicy.scope(caller), 'n', params);
  const row = await queryOne<{ found: number }>(
    em,
    `SELECT count(*)::int AS found FROM notification n WHERE n.id = ANY(${named}::uuid[]) AND ${scope}`,
    params.values,
  );
  return row?.found ?? 0;
}
