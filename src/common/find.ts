import type { EntityManager, EntityTarget, FindOptionsWhere } from 'typeorm';
import { NotFoundError } from './errors.js';
import { isWellFormedId } from './ids.js';

/** What a missing row is called in NOT_FOUND: Vietnamese for the message, English for `messageEn`. */
export type NotFoundLabel = readonly [vi: string, en: string];

/**
 * The row of `entity` with this id, or NOT_FOUND naming `label`: a malformed id names nothing and answers the same.
 * `lock` takes the row for update until the transaction ends.
 */
export async function findOrNotFound<E extends { id: string }>(
  em: EntityManager,
  entity: EntityTarget<E>,
  id: string,
  label: NotFoundLabel,
  options: { lock?: boolean } = {},
): Promise<E> {
  const found = isWellFormedId(id)
    ? await em.findOne(entity, {
        where: { id } as FindOptionsWhere<E>,
        ...(options.lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
      })
    : null;
  if (!found) throw new NotFoundError(label[0], label[1]);
  return found;
}
