import { definePolicy, NONE, where } from '../auth/policy.js';

/** An inbox is its owner's alone: nobody else — no administrator either — reads or marks another's notifications. */
export const notificationPolicy = definePolicy<{ recipientUserId?: string }>({
  resource: 'Notification',
  table: 'notification',
  scope: (caller) =>
    caller.user.id ? where((alias, params) => `${alias}.recipient_user_id = ${params.add(caller.user.id)}`) : NONE,
  can: (caller, action, row) =>
    ['list', 'show', 'markRead'].includes(action) && (!row || row.recipientUserId === caller.user.id),
});
