import type { EntityManager } from 'typeorm';
import { HANDLED_STATUSES } from '../feedback/feedback.enums.js';
import { queryRows } from '../common/queries.js';

/**
 * The units holding a 1022 item whose handling cycle fell due in (since, until] and is still open: it turned
 * overdue with no write, so no trigger announced it.
 */
export async function unitsFallenOverdue(em: EntityManager, since: Date, until: Date): Promise<string[]> {
  const rows = await queryRows<{ unit_id: string }>(
    em,
    `SELECT DISTINCT f.unit_id FROM feedback_cycle c JOIN feedback_item f ON f.id = c.item_id
      WHERE c.due_at > $1 AND c.due_at <= $2 AND c.replied_at IS NULL
        AND f.status <> ALL($3::feedback_status[]) AND f.unit_id IS NOT NULL`,
    [since, until, HANDLED_STATUSES],
  );
  return rows.map((row) => row.unit_id);
}
