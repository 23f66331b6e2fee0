import type { EntityManager } from 'typeorm';
import { listSql, pagedQuery, type ListSource } from '../common/paged-query.js';
import type { OrderBy } from '../common/where.js';
import { NotificationOrderField, type NotificationWhere } from './notification.inputs.js';
import type { Caller } from '../auth/caller.js';
import { scopeSql } from '../auth/policy.js';
import { queryOne } from '../common/queries.js';
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

/** `notifications` on `n`: a caller's inbox. */
export const NOTIFICATIONS: ListSource<NotificationWhere, NotificationOrderField> = {
  select: `n.id, n.kind, n.title, n.body, n.link, n.subject_table AS "subjectTable", n.subject_id AS "subjectId",
    n.created_at AS "createdAt", n.read_at AS "readAt", n.email_status AS "emailStatus"`,
  from: 'notification n',
  alias: 'n',
  where: {
    id: { sql: 'n.id', kind: 'id' },
    kind: { sql: 'n.kind', kind: 'enum', pgType: 'notification_kind' },
    subjectId: { sql: 'n.subject_id', kind: 'id' },
    createdAt: { sql: 'n.created_at', kind: 'datetime' },
    read: { sql: '(n.read_at IS NOT NULL)', kind: 'boolean' },
  },
  orderBy: {
    [NotificationOrderField.CREATED_AT]: 'n.created_at',
    [NotificationOrderField.KIND]: 'n.kind',
  },
  defaultOrder: 'n.created_at DESC',
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
  const conditions = [scopeSql(notificationPolicy.scope(caller), 'n', params)];
  if (options.unreadOnly) conditions.push('n.read_at IS NULL');
  const sql = listSql(NOTIFICATIONS, conditions, params, options);
  // the unread figure is the bell's: the whole inbox, whatever `where` says
  const [{ rows, total }, unread] = await Promise.all([
    pagedQuery<InboxRow>(em, sql, options.offset, options.limit),
    unreadCount(em, caller),
  ]);
  return { rows, total, unread };
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
