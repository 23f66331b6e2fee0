import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { EventSubscriber, type EntitySubscriberInterface, type TransactionStartEvent } from 'typeorm';

/** Who is acting, for the audit trail the database writes (see migrations/…-audit-trail.ts). */
export interface AuditActor {
  /** the signed-in user, null for a job or a sign-in that has not happened yet */
  userId: string | null;
  /** the request (x-request-id) or the job run it belongs to */
  requestId: string;
  /** which door: graphql, admin, cli:<job>, job:<name> */
  origin: string;
}

const storage = new AsyncLocalStorage<AuditActor>();

/**
 * Runs `work` on behalf of `actor`: every transaction it opens, however deep in a service, tells PostgreSQL who
 * acts (AuditActorSubscriber). Each door calls it once: GraphQL and the panel per request, a CLI job per run.
 */
export function actingAs<T>(actor: AuditActor, work: () => T): T {
  return storage.run({ ...actor, requestId: actor.requestId.slice(0, 100) }, work);
}

/** A job's actor: no user, one id per run. */
export function jobActor(origin: string): AuditActor {
  return { userId: null, requestId: randomUUID(), origin };
}

export function currentActor(): AuditActor | undefined {
  return storage.getStore();
}

/**
 * Sets the actor as transaction-local settings (`set_config(…, true)`) at the start of every transaction and
 * savepoint, so the audit trigger reads them and they vanish at commit or rollback — a pooled connection never
 * carries one request's actor into the next.
 */
@EventSubscriber()
export class AuditActorSubscriber implements EntitySubscriberInterface {
  async afterTransactionStart({ queryRunner }: TransactionStartEvent): Promise<void> {
    const actor = storage.getStore();
    if (!actor) return;
    await queryRunner.query(
      `SELECT set_config('congvu.actor', $1, true), set_config('congvu.request', $2, true), set_config('congvu.origin', $3, true)`,
      [actor.userId ?? '', actor.requestId, actor.origin],
    );
  }
}
