import type { EntityManager } from 'typeorm';

/**
 * Keeps an item's handling cycles (R22) in step with the item, in the caller's transaction: the current cycle
 * takes the item's due date and reply; `startedAt` opens a new cycle instead (a reopening), the earlier ones
 * staying as they were. The first cycle starts at receipt.
 */
export async function keepCycle(
  em: EntityManager,
  item: { id: string; receivedAt: Date; dueAt: Date; repliedAt: Date | null; citizenSatisfied?: boolean | null },
  newCycleStartedAt: Date | null = null,
): Promise<void> {
  if (newCycleStartedAt) {
    // reopened: the citizen was not satisfied with the cycle that ends here
    await em.query(
      `UPDATE feedback_cycle SET citizen_satisfied = false
        WHERE item_id = $1 AND number = (SELECT max(number) FROM feedback_cycle WHERE item_id = $1)`,
      [item.id],
    );
  }
  await em.query(
    `WITH current AS (SELECT coalesce(max(number), 0) AS n FROM feedback_cycle WHERE item_id = $1)
     INSERT INTO feedback_cycle (item_id, number, started_at, due_at, replied_at, citizen_satisfied)
     SELECT $1, CASE WHEN $5::timestamptz IS NOT NULL OR n = 0 THEN n + 1 ELSE n END, coalesce($5::timestamptz, $2::timestamptz), $3, $4,
            CASE WHEN $5::timestamptz IS NOT NULL THEN NULL ELSE $6::boolean END
       FROM current
     ON CONFLICT (item_id, number) DO UPDATE SET due_at = EXCLUDED.due_at, replied_at = EXCLUDED.replied_at, citizen_satisfied = EXCLUDED.citizen_satisfied`,
    [item.id, item.receivedAt, item.dueAt, item.repliedAt, newCycleStartedAt, item.citizenSatisfied ?? null],
  );
}

/** The first cycle of items just inserted in bulk (the portal's import). */
export async function firstCycles(
  em: EntityManager,
  items: ReadonlyArray<{
    id: string;
    received_at: Date;
    due_at: Date;
    replied_at: Date | null;
    citizen_satisfied: boolean | null;
  }>,
): Promise<void> {
  if (items.length === 0) return;
  await em.query(
    `INSERT INTO feedback_cycle (item_id, number, started_at, due_at, replied_at, citizen_satisfied)
     SELECT id, 1, received_at, due_at, replied_at, citizen_satisfied
       FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[], $4::timestamptz[], $5::boolean[]) AS t(id, received_at, due_at, replied_at, citizen_satisfied)`,
    [
      items.map((i) => i.id),
      items.map((i) => i.received_at),
      items.map((i) => i.due_at),
      items.map((i) => i.replied_at),
      items.map((i) => i.citizen_satisfied),
    ],
  );
}
