import { Arg, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Allow, SIGNED_IN } from '../auth/permissions.js';
import type { RequestContext } from '../context.js';
import { readDashboard } from '../dashboard/dashboard.read.js';
import { DashboardType } from '../dashboard/dashboard.type.js';
import { EvaluationType } from '../evaluation/evaluation.type.js';
import type { LiveEvent } from './live-updates.js';

interface DashboardArgs {
  unitId: string;
  periodId: string;
  lineage?: boolean | null;
}

/**
 * The caller again, as of now: a token logged out or a user deactivated since the subscription began ends it, and
 * fresh DataLoaders read what the event changed. Null when the token no longer holds.
 */
async function freshContext(ctx: RequestContext): Promise<RequestContext | null> {
  const caller = ctx.token ? await ctx.services.auth.authenticate(ctx.token) : null;
  return caller ? ctx.renew(caller) : null;
}

/**
 * Maps a live event stream, a batch of events at a time (those that arrived while the last batch was handled),
 * forwarding `return()` so that unsubscribing ends the wait at once. `each` answering null ends the subscription.
 */
function mapEvents<T>(
  ctx: RequestContext,
  each: (events: LiveEvent[]) => Promise<T[] | null>,
): AsyncIterableIterator<T> {
  const source = ctx.live.subscribe();
  const ready: T[] = [];
  const end = async (): Promise<IteratorResult<T>> => {
    await source.return?.();
    return { value: undefined, done: true };
  };
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      for (;;) {
        const value = ready.shift();
        if (value !== undefined) return { value, done: false };
        const events = await source.next();
        if (events.done) return { value: undefined, done: true };
        const values = await each(events.value);
        if (values === null) return end();
        ready.push(...values);
      }
    },
    return: end,
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

async function dashboardUpdates({
  args,
  context,
}: SubscribeResolverData<unknown, Record<string, unknown>, RequestContext>): Promise<
  AsyncIterableIterator<DashboardType>
> {
  const { unitId, periodId, lineage } = args as unknown as DashboardArgs;
  // the same reads and policies as the query: a bad id or an unauthenticated caller is refused before subscribing
  let units = new Set((await readDashboard(context, unitId, periodId, lineage ?? false)).unitIds);
  const moves = (event: LiveEvent) =>
    (event.unitIds === null || event.unitIds.some((id) => units.has(id))) &&
    (event.topic !== 'evaluation' || event.periodIds === null || event.periodIds.includes(periodId));
  return mapEvents(context, async (events) => {
    if (!events.some(moves)) return [];
    const fresh = await freshContext(context);
    if (!fresh) return null;
    const dashboard = await readDashboard(fresh, unitId, periodId, lineage ?? false, false);
    units = new Set(dashboard.unitIds);
    return [dashboard];
  });
}

async function evaluationUpdates({
  args,
  context,
}: SubscribeResolverData<unknown, Record<string, unknown>, RequestContext>): Promise<
  AsyncIterableIterator<EvaluationType>
> {
  const { periodId } = args as { periodId?: string | null };
  await context.caller();
  return mapEvents(context, async (events) => {
    // a bulk change comes in notifications of at most 50 evaluations each (migrations/…-live-bulk-evaluations.ts)
    const ids = [
      ...new Set(
        events
          .filter((event) => event.topic === 'evaluation' && event.evaluationIds)
          .filter((event) => !periodId || !event.periodIds || event.periodIds.includes(periodId))
          .flatMap((event) => event.evaluationIds ?? []),
      ),
    ];
    if (ids.length === 0) return [];
    const fresh = await freshContext(context);
    if (!fresh) return null;
    // only the evaluations the caller may see, by the policy the query `evaluation(id:)` asks
    const changed = await fresh.services.evaluations.visibleAmong(await fresh.caller(), ids);
    return changed
      .filter((evaluation) => !periodId || evaluation.periodId === periodId)
      .map((evaluation) => EvaluationType.from(evaluation));
  });
}

/** Live updates over graphql-ws on /graphql, fanned out across instances by PostgreSQL's LISTEN/NOTIFY. */
@Resolver()
export class LiveResolver {
  @Allow(SIGNED_IN)
  @Subscription(() => DashboardType, {
    subscribe: dashboardUpdates,
    description:
      'The dashboard again each time a figure of the unit or its sub-units may have changed (an evaluation, a 1022 item, a finding, an initiative).',
  })
  dashboardChanged(
    @Root() dashboard: DashboardType,
    @Arg('unitId', () => ID, { description: 'The unit whose subtree is watched.' }) _unitId: string,
    @Arg('periodId', () => ID, { description: 'The period.' }) _periodId: string,
    @Arg('lineage', () => Boolean, { nullable: true, description: 'As in `dashboard`.' }) _lineage?: boolean,
  ): DashboardType {
    return dashboard;
  }

  @Allow(SIGNED_IN)
  @Subscription(() => EvaluationType, {
    subscribe: evaluationUpdates,
    description: 'Each evaluation the caller may see (a rater’s list) when its status, level or unit changes.',
  })
  evaluationChanged(
    @Root() evaluation: EvaluationType,
    @Arg('periodId', () => ID, { nullable: true, description: 'Only this period’s.' }) _periodId?: string,
  ): EvaluationType {
    return evaluation;
  }
}
