import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AuthUser } from '../auth/auth-user.js';
import { Allow, SIGNED_IN } from '../auth/permissions.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';
import { pageWindow, toConnection } from '../common/pagination.js';
import { listConditions } from '../common/where.js';
import { DateScalar } from '../common/scalars.js';
import type { RequestContext } from '../context.js';
import { UnitKind } from '../hierarchy/hierarchy.enums.js';
import { UnitType } from '../hierarchy/unit.type.js';
import { AssignmentReason } from './feedback.enums.js';
import type { FeedbackItem } from './feedback-item.entity.js';
import { checkRange, isOverdue } from './feedback.rules.js';
import { isProvisional } from '../calendar/calendar.js';
import { cityDayOf } from '../common/dates.js';
import { mayReadContact } from './feedback.policy.js';
import { FeedbackListArgs, ReceiveFeedbackInput } from './feedback.inputs.js';
import {
  FeedbackAssignmentType,
  FeedbackConnection,
  FeedbackItemType,
  FeedbackProgressType,
  FeedbackRankingRowType,
  FeedbackStatsType,
} from './feedback.type.js';

@Resolver(() => FeedbackItemType)
export class FeedbackResolver {
  private view(ctx: RequestContext, item: FeedbackItem) {
    return FeedbackItemType.from(item, isOverdue(item, ctx.now()));
  }

  @Allow(SIGNED_IN)
  @Query(() => FeedbackConnection, {
    description:
      'The 1022 items in the caller’s reach (their units and below; the city for Home Affairs), newest first.',
  })
  async feedbackItems(
    @Ctx() ctx: RequestContext,
    @Args(() => FeedbackListArgs) args: FeedbackListArgs,
  ): Promise<FeedbackConnection> {
    const { offset, limit } = pageWindow(args);
    const { items, total } = await ctx.services.feedback.list(await ctx.caller(), listConditions(args), offset, limit);
    return toConnection(items, offset, total, (item) => this.view(ctx, item));
  }

  @Allow(SIGNED_IN)
  @Query(() => FeedbackStatsType, {
    description: 'R22: due, on time, overdue at the end, rates; charged to the unit assigned at the due moment.',
  })
  async feedbackStats(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { description: 'The unit counted.' }) unitId: string,
    @Arg('from', () => DateScalar, { description: 'The first day counted (city time).' }) from: string,
    @Arg('to', () => DateScalar, { description: 'The last day counted, included; before `from` → BAD_USER_INPUT.' })
    to: string,
    @Arg('includeSubunits', () => Boolean, { nullable: true, description: 'Count its sub-units too (default false).' })
    includeSubunits?: boolean,
    @Arg('lineage', () => Boolean, {
      nullable: true,
      description: 'Also count the units this one was formed from, for the days before it existed.',
    })
    lineage?: boolean,
  ) {
    checkRange(from, to);
    return Object.assign(
      new FeedbackStatsType(),
      await ctx.services.feedback.stats(unitId, from, to, { includeSubunits, lineage }),
    );
  }

  @Allow(SIGNED_IN)
  @Query(() => [FeedbackRankingRowType], {
    description: 'Units ranked by their on-time rate (best first, or worst first).',
  })
  async feedbackRanking(
    @Ctx() ctx: RequestContext,
    @Arg('from', () => DateScalar, { description: 'The first day counted (city time).' }) from: string,
    @Arg('to', () => DateScalar, { description: 'The last day counted, included; before `from` → BAD_USER_INPUT.' })
    to: string,
    @Arg('kind', () => UnitKind, { nullable: true, description: 'Only units of this kind (wards, districts, …).' })
    kind?: UnitKind,
    @Arg('worstFirst', () => Boolean, { nullable: true, description: 'Lowest rates first (default false).' })
    worstFirst?: boolean,
    @Arg('first', () => Int, { nullable: true, description: 'How many rows (default 10, at most the page limit).' })
    first?: number,
    @Arg('lineage', () => Boolean, {
      nullable: true,
      description:
        'Rank the units in force on `to`, each also over the units it was formed from, for the days before it existed.',
    })
    lineage?: boolean,
  ) {
    checkRange(from, to);
    const { limit } = pageWindow({ first: first ?? 10 });
    const rows = await ctx.services.feedback.ranking(kind ?? null, from, to, {
      worstFirst: Boolean(worstFirst),
      limit,
      lineage: Boolean(lineage),
    });
    const result: FeedbackRankingRowType[] = [];
    for (const row of rows) {
      const unit = await ctx.loaders.unitById.load(row.unitId);
      if (unit) result.push(Object.assign(new FeedbackRankingRowType(), row, { unit: UnitType.from(unit, to) }));
    }
    return result;
  }

  @FieldResolver(() => UnitType, {
    nullable: true,
    description: 'R19: the unit assigned now, seen today; null while the item waits to be assigned.',
  })
  async unit(@Root() item: FeedbackItemType, @Ctx() ctx: RequestContext) {
    const unit = item.unitId ? await ctx.loaders.unitById.load(item.unitId) : null;
    return unit ? UnitType.from(unit, ctx.today()) : null;
  }

  /** R23, as the feedback policy has it. */
  private async mayReadContact(item: FeedbackItemType, ctx: RequestContext): Promise<boolean> {
    return mayReadContact(await ctx.caller(), item);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Assigned unit’s staff and Home Affairs only (R23).' })
  async contactName(@Root() item: FeedbackItemType, @Ctx() ctx: RequestContext) {
    return (await this.mayReadContact(item, ctx)) ? item.contact.name : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Assigned unit’s staff and Home Affairs only (R23).' })
  async contactPhone(@Root() item: FeedbackItemType, @Ctx() ctx: RequestContext) {
    return (await this.mayReadContact(item, ctx)) ? item.contact.phone : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Assigned unit’s staff and Home Affairs only (R23).' })
  async contactEmail(@Root() item: FeedbackItemType, @Ctx() ctx: RequestContext) {
    return (await this.mayReadContact(item, ctx)) ? item.contact.email : null;
  }

  @FieldResolver(() => [FeedbackAssignmentType], { description: 'R19: every assignment, oldest first.' })
  async assignments(@Root() item: FeedbackItemType, @Ctx() ctx: RequestContext) {
    return (await ctx.services.feedback.assignments(item.id)).map((row) =>
      Object.assign(new FeedbackAssignmentType(), row),
    );
  }

  @FieldResolver(() => [FeedbackProgressType], { description: 'R21: the progress updates, oldest first.' })
  async progress(@Root() item: FeedbackItemType, @Ctx() ctx: RequestContext) {
    return (await ctx.services.feedback.progress(item.id)).map((row) => Object.assign(new FeedbackProgressType(), row));
  }

  @FieldResolver(() => Boolean, {
    description:
      'R31: the due date was counted across a year whose official notice (Tết, days in lieu) is not entered yet; it may move.',
  })
  async dueProvisional(@Root() item: FeedbackItemType, @Ctx() ctx: RequestContext) {
    return isProvisional(
      await ctx.loaders.workCalendar.load('current'),
      cityDayOf(item.receivedAt),
      cityDayOf(item.dueAt),
    );
  }

  @FieldResolver(() => Boolean, {
    description: 'R21: overdue and no progress update with a committed date since it fell due.',
  })
  async needsProgressUpdate(@Root() item: FeedbackItemType, @Ctx() ctx: RequestContext) {
    if (!item.overdue) return false;
    return !(await ctx.services.feedback.hasProgressSince(item.id, item.dueAt));
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => FeedbackItemType, {
    description: 'Idempotent on the reference: a retry returns the same item; other content → CONFLICT.',
  })
  async receiveFeedback(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReceiveFeedbackInput, { description: 'The item from the portal.' }) input: ReceiveFeedbackInput,
  ) {
    return this.view(ctx, await ctx.services.feedback.receive(ctx.user as AuthUser, input));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => FeedbackItemType, { description: 'R19: logged; MISROUTED restarts the deadline.' })
  async assignFeedback(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The item; only its assigned unit’s staff or Home Affairs (else FORBIDDEN).' })
    id: string,
    @Arg('unitId', () => ID, { description: 'The unit taking it over; must be valid today.' }) unitId: string,
    @Arg('reason', () => String, {
      nullable: true,
      description: 'A note, logged with the assignment ("MISROUTED" without `kind` counts as that kind).',
    })
    reason?: string,
    @Arg('kind', () => AssignmentReason, {
      nullable: true,
      description: 'Default OTHER; MISROUTED restarts the deadline.',
    })
    kind?: AssignmentReason,
  ) {
    const why =
      kind ??
      (reason?.trim().toUpperCase() === AssignmentReason.MISROUTED
        ? AssignmentReason.MISROUTED
        : AssignmentReason.OTHER);
    return this.view(
      ctx,
      await ctx.services.feedback.assign(ctx.user as AuthUser, id, { unitId, reason: why, note: reason ?? null }),
    );
  }

  @Allow(SIGNED_IN)
  @Mutation(() => FeedbackItemType, { description: 'R21: a progress update with the date the unit commits to.' })
  async addFeedbackProgress(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, {
      description: 'An item in the hands of the caller’s unit (ASSIGNED, IN_PROGRESS, REOPENED).',
    })
    id: string,
    @Arg('note', () => String, { description: 'What was done; required.' }) note: string,
    @Arg('committedDate', () => DateScalar, { description: 'The day the unit commits to; not before today.' })
    committedDate: string,
  ) {
    return this.view(ctx, await ctx.services.feedback.addProgress(ctx.user as AuthUser, id, note, committedDate));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => FeedbackItemType, {
    description: 'The assigned unit (or Home Affairs) answers the citizen: REPLIED; on time if by dueAt (R22).',
  })
  async replyFeedback(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'An item in the hands of the caller’s unit.' }) id: string,
    @Arg('reply', () => String, { description: 'The answer; required.' }) reply: string,
  ) {
    return this.view(ctx, await ctx.services.feedback.reply(ctx.user as AuthUser, id, reply));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => FeedbackItemType, {
    description: 'The assigned unit (or Home Affairs) declines the item as outside its remit: REJECTED.',
  })
  async rejectFeedback(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'A received or assigned item.' }) id: string,
    @Arg('reason', () => String, { description: 'Why; required.' }) reason: string,
  ) {
    return this.view(ctx, await ctx.services.feedback.reject(ctx.user as AuthUser, id, reason));
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => FeedbackItemType, { description: 'The citizen’s answer closes a replied item.' })
  async closeFeedback(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'A REPLIED item.' }) id: string,
    @Arg('citizenSatisfied', () => Boolean, {
      nullable: true,
      description: 'The citizen’s answer; null when they gave none. Counts in satisfactionPercent.',
    })
    citizenSatisfied?: boolean,
  ) {
    return this.view(ctx, await ctx.services.feedback.close(ctx.user as AuthUser, id, citizenSatisfied ?? null));
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => FeedbackItemType, {
    description: 'The citizen was not satisfied: back in progress with a new deadline.',
  })
  async reopenFeedback(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'A REPLIED or CLOSED item.' }) id: string,
    @Arg('reason', () => String, { description: 'What the citizen is not satisfied with.' }) reason: string,
  ) {
    return this.view(ctx, await ctx.services.feedback.reopen(ctx.user as AuthUser, id, reason));
  }
}
