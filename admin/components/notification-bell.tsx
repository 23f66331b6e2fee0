import React, { useEffect, useState } from 'react';
import { ApiClient, ViewHelpers } from 'adminjs';
import { Badge, Box, Icon } from '@adminjs/design-system';

const api = new ApiClient();
const h = new ViewHelpers();

/** Sent by the inbox page after marking read, so that the bell's figure follows at once. */
export const INBOX_CHANGED = 'congvu:inbox-changed';

/** The bell in the top bar: my unread notifications, leading to the inbox ("Thông báo"). */
const NotificationBell = () => {
  const [unread, setUnread] = useState<number | null>(null);
  useEffect(() => {
    const load = () => {
      api
        .getPage({ pageName: 'notifications', params: { summary: '1' } })
        .then((response) => {
          setUnread((response.data as { unread?: number }).unread ?? null);
        })
        .catch(() => {
          setUnread(null);
        });
    };
    load();
    const timer = setInterval(load, 60_000);
    window.addEventListener(INBOX_CHANGED, load);
    return () => {
      clearInterval(timer);
      window.removeEventListener(INBOX_CHANGED, load);
    };
  }, []);
  const label = unread ? `Thông báo: ${String(unread)} chưa đọc` : 'Thông báo';
  return (
    <Box flex flexGrow={1} justifyContent="flex-end" alignItems="center" px="xl">
      <a
        href={h.pageUrl('notifications')}
        title={label}
        aria-label={label}
        data-testid="notification-bell"
        style={{ display: 'flex', alignItems: 'center', gap: 4, color: 'inherit' }}
      >
        <Icon icon="Bell" size={20} />
        {unread ? (
          <Badge variant="danger" size="sm" data-testid="notification-unread">
            {unread}
          </Badge>
        ) : null}
      </a>
    </Box>
  );
};

export default NotificationBell;
