import { randomUUID } from 'node:crypto';
import type { TestApp } from '../support/test-app.js';

/** One 1022 item as state, with its first assignment and its one handling cycle. */
export async function feedbackItem(
  t: TestApp,
  unitId: string,
  item: { receivedAt: string; dueAt: string; status: string; repliedAt: string | null },
): Promise<string> {
  const id = randomUUID();
  await t.db.query(
    `INSERT INTO feedback_item (id, reference, channel, category, content, received_at, unit_id, due_at, status, replied_at)
     VALUES ($1, $2, 'WEB', 'Hạ tầng đô thị', 'Phản ánh', $3, $4, $5, $6, $7)`,
    [id, `T-${id}`, item.receivedAt, unitId, item.dueAt, item.status, item.repliedAt],
  );
  await t.db.query(
    `INSERT INTO feedback_assignment (item_id, unit_id, assigned_at, reason, due_at) VALUES ($1, $2, $3, 'INITIAL', $4)`,
    [id, unitId, item.receivedAt, item.dueAt],
  );
  await t.db.query(
    `INSERT INTO feedback_cycle (item_id, number, started_at, due_at, replied_at) SELECT id, 1, received_at, due_at, replied_at FROM feedback_item WHERE id = $1`,
    [id],
  );
  return id;
}

/**
 * A unit's 1022 record for a quarter, as state: `onTime` items replied before their due day, `overdue` items
 * still open, all received in the quarter's second month and due a week later.
 */
export async function feedbackRecord(
  t: TestApp,
  unitId: string,
  counts: { onTime: number; overdue: number },
  month = '2026-08',
): Promise<void> {
  const total = counts.onTime + counts.overdue;
  for (let i = 0; i < total; i += 1) {
    const onTime = i < counts.onTime;
    await feedbackItem(t, unitId, {
      receivedAt: `${month}-03T09:00:00+07:00`,
      dueAt: `${month}-10T23:59:59.999+07:00`,
      status: onTime ? 'REPLIED' : 'IN_PROGRESS',
      repliedAt: onTime ? `${month}-07T10:00:00+07:00` : null,
    });
  }
}
