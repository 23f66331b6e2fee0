import { EMAIL_STATUS_LABELS_VI, NOTIFICATION_KIND_LABELS_VI } from '../../src/notification/notification.enums.js';
import { inbox, unreadCount } from '../../src/notification/notification.queries.js';
import { COMPONENTS } from '../components/index.js';
import type { AdminDeps } from '../deps.js';
import { page, text } from './page.js';

/** The page shows this many of the latest notifications. */
const SHOWN = 100;

/**
 * "Thông báo": my inbox (read marks) and my e-mail settings, through the same queries, policy and service as
 * GraphQL. `?summary=1` answers the bell in the top bar with the unread count alone.
 */
export function notificationPages({ services, db }: AdminDeps) {
  const handler = page(
    'notifications',
    async (caller, request) => {
      if (request.query?.summary) return { unread: await unreadCount(db.manager, caller) };
      const { rows, total, unread } = await inbox(db.manager, caller, { offset: 0, limit: SHOWN });
      return {
        unread,
        total,
        items: rows.map((row) => ({
          ...row,
          kindLabel: NOTIFICATION_KIND_LABELS_VI[row.kind],
          emailLabel: EMAIL_STATUS_LABELS_VI[row.emailStatus],
        })),
        settings: await services.notifications.settings(caller.user.id),
      };
    },
    async (caller, body) => {
      if (body.action === 'markRead') {
        await services.notifications.markRead(caller, { ids: [text(body.id)] });
        return 'Đã đánh dấu đã đọc.';
      }
      if (body.action === 'markAllRead') {
        const count = await services.notifications.markRead(caller, { all: true });
        return `Đã đánh dấu ${String(count)} thông báo là đã đọc.`;
      }
      if (body.action === 'saveSettings') {
        await services.notifications.updateSettings(caller.user.id, {
          email: typeof body.email === 'string' ? body.email : null,
          emailNotifications: body.emailNotifications === true,
        });
        return 'Đã lưu cài đặt nhận thông báo.';
      }
      return 'Không có thao tác nào.';
    },
  );
  return { notifications: { component: COMPONENTS.Notifications, icon: 'Bell', handler } };
}
