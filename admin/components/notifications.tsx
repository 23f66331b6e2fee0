import React, { useEffect, useState } from 'react';
import { Badge, Box, Button, H2, H4, Input, Label, Loader, Text } from '@adminjs/design-system';
import { CheckField, Unavailable, formatTime, useAct, usePage, type Answer, type PageState } from './ui';
import { INBOX_CHANGED } from './notification-bell';

interface Item {
  id: string;
  kindLabel: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
  emailLabel: string;
}

interface Data extends Answer {
  unread: number;
  total: number;
  items: Item[];
  settings: { email: string | null; emailNotifications: boolean };
}

/** "Thông báo": my inbox, newest first, and whether notifications also come by e-mail. */
const Notifications = () => {
  const { data, reload } = usePage('notifications') as PageState<Data>;
  const { act, busy } = useAct('notifications', () => {
    reload();
    window.dispatchEvent(new Event(INBOX_CHANGED));
  });
  const [email, setEmail] = useState('');
  const [byEmail, setByEmail] = useState(true);
  useEffect(() => {
    if (data?.ok) {
      setEmail(data.settings.email ?? '');
      setByEmail(data.settings.emailNotifications);
    }
  }, [data]);
  if (!data) return <Loader />;
  if (!data.ok) return <Unavailable message={data.message} />;
  return (
    <Box p="xl">
      <Box flex justifyContent="space-between" alignItems="center" mb="lg">
        <H2 mb="0">Thông báo ({data.unread} chưa đọc)</H2>
        <Button variant="outlined" disabled={busy || data.unread === 0} onClick={() => act({ action: 'markAllRead' })}>
          Đánh dấu tất cả đã đọc
        </Button>
      </Box>
      <Box variant="card" p="lg" mb="xl" data-testid="notification-list">
        {data.items.length === 0 && <Text>Chưa có thông báo nào.</Text>}
        {data.items.map((item) => (
          <Box
            key={item.id}
            py="default"
            style={{ borderBottom: '1px solid #EEEEEF', opacity: item.readAt ? 0.7 : 1 }}
            data-testid="notification"
            data-read={item.readAt ? 'true' : 'false'}
          >
            <Box flex justifyContent="space-between" alignItems="center">
              <Box>
                <Badge variant={item.readAt ? 'light' : 'primary'} size="sm" mr="default">
                  {item.kindLabel}
                </Badge>
                <Text as="span" fontWeight={item.readAt ? 'normal' : 'bold'}>
                  {item.link ? <a href={item.link}>{item.title}</a> : item.title}
                </Text>
              </Box>
              {!item.readAt && (
                <Button
                  size="sm"
                  variant="text"
                  disabled={busy}
                  onClick={() => act({ action: 'markRead', id: item.id })}
                >
                  Đánh dấu đã đọc
                </Button>
              )}
            </Box>
            <Text mt="sm">{item.body}</Text>
            <Text mt="sm" fontSize="sm" color="grey60">
              {formatTime(item.createdAt)} · {item.emailLabel}
            </Text>
          </Box>
        ))}
      </Box>
      <Box variant="card" p="lg" data-testid="notification-settings">
        <H4>Nhận thông báo qua e-mail</H4>
        <Text mb="lg" fontSize="sm">
          Thông báo luôn có trong hộp thư này; e-mail là bản gửi thêm.
        </Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void act({ action: 'saveSettings', email, emailNotifications: byEmail });
          }}
        >
          <Label htmlFor="notification-email">Thư điện tử</Label>
          <Input
            id="notification-email"
            name="email"
            value={email}
            onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
              setEmail(event.target.value);
            }}
            width={360}
            mb="lg"
          />
          <Box flex alignItems="center" mb="lg">
            <CheckField
              id="notification-by-email"
              checked={byEmail}
              onToggle={() => {
                setByEmail(!byEmail);
              }}
            >
              Gửi thông báo đến thư điện tử này
            </CheckField>
          </Box>
          <Button type="submit" variant="contained" disabled={busy}>
            Lưu cài đặt
          </Button>
        </form>
      </Box>
    </Box>
  );
};

export default Notifications;
