import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AuthUser } from '../auth/auth-user.js';
import { Allow, SIGNED_IN } from '../auth/permissions.js';
import { Role } from '../auth/auth.enums.js';
import { pageWindow, toConnection } from '../common/pagination.js';
import { listConditions } from '../common/where.js';
import { DateScalar } from '../common/scalars.js';
import type { RequestContext } from '../context.js';
import { UnitType } from '../hierarchy/unit.type.js';
import { PersonType } from '../people/person.type.js';
import {
  InitiativeFilter,
  InitiativeListArgs,
  RegisterInitiativeInput,
  UpdateInitiativeInput,
  VoteInput,
} from './initiative.inputs.js';
import {
  InitiativeConnection,
  InitiativeHistoryEntryType,
  InitiativeStatusCountType,
  InitiativeType,
  ProtectedCadreType,
  ReviewProgressType,
} from './initiative.type.js';

/** R27: the tallies of the current round, for a member who has voted, and for everyone once the result is recorded. */
async function visibleTally(ctx: RequestContext, initiative: InitiativeType) {
  const review = await ctx.loaders.reviewOf.load(initiative.id);
  return review && (review.resultRecorded || review.votedByCaller) ? review : null;
}

const actor = (ctx: RequestContext) => ctx.user as AuthUser;

@Resolver(() => InitiativeType)
export class InitiativeResolver {
  @Allow(SIGNED_IN)
  @Query(() => InitiativeConnection, {
    description: 'Initiatives, readable by everyone signed in (their votes stay sealed, R27).',
  })
  async initiatives(
    @Ctx() ctx: RequestContext,
    @Args(() => InitiativeListArgs) args: InitiativeListArgs,
  ): Promise<InitiativeConnection> {
    const { offset, limit } = pageWindow(args);
    const { initiatives, total } = await ctx.services.initiatives.list(listConditions(args), offset, limit);
    return toConnection(initiatives, offset, total, (initiative) => InitiativeType.from(initiative));
  }

  @Allow(SIGNED_IN)
  @Query(() => [InitiativeStatusCountType], { description: 'Counts by status, with the same filter as `initiatives`.' })
  async initiativeCounts(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => InitiativeFilter, { nullable: true, description: 'Simple conditions.' })
    filter?: InitiativeFilter,
  ) {
    const rows = await ctx.services.initiatives.countByStatus(filter);
    return rows.map((row) => Object.assign(new InitiativeStatusCountType(), row));
  }

  @Allow(SIGNED_IN)
  @Query(() => [ProtectedCadreType], {
    description: 'R29: people acting within an approved initiative (approved, implementing, reported or completed).',
  })
  async protectedCadres(@Ctx() ctx: RequestContext) {
    return (await ctx.services.initiatives.protectedCadres()).map((row) =>
      Object.assign(new ProtectedCadreType(), row),
    );
  }

  @FieldResolver(() => UnitType, { description: 'The proposing unit, seen today.' })
  async unit(@Root() initiative: InitiativeType, @Ctx() ctx: RequestContext) {
    const unit = await ctx.loaders.unitById.load(initiative.unitId);
    return unit ? UnitType.from(unit, ctx.today()) : null;
  }

  @FieldResolver(() => [PersonType], { description: 'The people who proposed it.' })
  async proposers(@Root() initiative: InitiativeType, @Ctx() ctx: RequestContext) {
    const people = await Promise.all(
      (await ctx.services.initiatives.proposerIds(initiative.id)).map((id) => ctx.loaders.personById.load(id)),
    );
    return people.filter((person) => person !== null).map((person) => PersonType.from(person));
  }

  @FieldResolver(() => [InitiativeHistoryEntryType], { description: 'Every step taken, the oldest first.' })
  async history(@Root() initiative: InitiativeType, @Ctx() ctx: RequestContext) {
    return (await ctx.services.initiatives.history(initiative.id)).map((row) =>
      Object.assign(new InitiativeHistoryEntryType(), row),
    );
  }

  @FieldResolver(() => ReviewProgressType, {
    nullable: true,
    description: 'The current review round’s progress; null before the first submission.',
  })
  async progress(@Root() initiative: InitiativeType, @Ctx() ctx: RequestContext) {
    const review = await ctx.loaders.reviewOf.load(initiative.id);
    if (!review) return null;
    return Object.assign(new ReviewProgressType(), {
      round: review.round,
      voted: review.voted,
      eligible: review.eligibleUserIds.length,
      recused: review.recusedUserIds.length,
    });
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the caller sits out this round (their unit proposed it, or is above it).',
  })
  async recused(@Root() initiative: InitiativeType, @Ctx() ctx: RequestContext) {
    const review = await ctx.loaders.reviewOf.load(initiative.id);
    return Boolean(review && ctx.user && review.recusedUserIds.includes(ctx.user.id));
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'R27: APPROVE votes this round; null until the caller has voted or the result is recorded.',
  })
  async votesFor(@Root() initiative: InitiativeType, @Ctx() ctx: RequestContext) {
    return (await visibleTally(ctx, initiative))?.votesFor ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'R27: REJECT votes this round; sealed as votesFor.' })
  async votesAgainst(@Root() initiative: InitiativeType, @Ctx() ctx: RequestContext) {
    return (await visibleTally(ctx, initiative))?.votesAgainst ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'R27: ABSTAIN votes this round; sealed as votesFor.' })
  async abstentions(@Root() initiative: InitiativeType, @Ctx() ctx: RequestContext) {
    return (await visibleTally(ctx, initiative))?.abstentions ?? null;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'The mean of the rubric scores.' })
  async averageScore(@Root() initiative: InitiativeType, @Ctx() ctx: RequestContext) {
    return (await visibleTally(ctx, initiative))?.averageScore ?? null;
  }

  @Allow(SIGNED_IN)
  @Mutation(() => InitiativeType, { description: 'By the proposing unit’s staff (or Home Affairs); a DRAFT.' })
  async registerInitiative(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RegisterInitiativeInput, { description: 'The initiative.' }) input: RegisterInitiativeInput,
  ) {
    return InitiativeType.from(await ctx.services.initiatives.register(actor(ctx), input));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => InitiativeType, { description: 'While DRAFT or RETURNED.' })
  async updateInitiative(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The initiative; the caller must work in its unit (or be Home Affairs).' })
    id: string,
    @Arg('input', () => UpdateInitiativeInput, { description: 'The parts to change.' }) input: UpdateInitiativeInput,
  ) {
    return InitiativeType.from(await ctx.services.initiatives.update(actor(ctx), id, input));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => InitiativeType, { description: 'Every required part must be filled (BAD_USER_INPUT names each).' })
  async submitInitiative(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'A DRAFT or RETURNED initiative of the caller’s unit.' }) id: string,
  ) {
    return InitiativeType.from(await ctx.services.initiatives.submit(actor(ctx), id));
  }

  @Allow(Role.BOARD_MEMBER)
  @Mutation(() => InitiativeType, {
    description: 'Rubric scores and a vote; once per round, final once the result is recorded.',
  })
  async voteInitiative(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'An initiative under review; a recused member → FORBIDDEN.' }) id: string,
    @Arg('input', () => VoteInput, { description: 'The scores and vote.' }) input: VoteInput,
  ) {
    return InitiativeType.from(await ctx.services.initiatives.vote(actor(ctx), id, input));
  }

  @Allow(Role.BOARD_MEMBER)
  @Mutation(() => InitiativeType, { description: 'By the chair, after the review deadline, with the votes cast.' })
  async recordInitiativeResult(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'An initiative under review, past its review deadline.' }) id: string,
  ) {
    return InitiativeType.from(await ctx.services.initiatives.recordResult(actor(ctx), id));
  }

  @Allow(Role.BOARD_MEMBER)
  @Mutation(() => InitiativeType, {
    description: 'By the chair: back for revision; the next submission starts a new round.',
  })
  async returnInitiative(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'An initiative under review.' }) id: string,
    @Arg('reason', () => String, { description: 'What to revise; required.' }) reason: string,
  ) {
    return InitiativeType.from(await ctx.services.initiatives.returnForRevision(actor(ctx), id, reason));
  }

  @Allow(Role.CITY_LEADER)
  @Mutation(() => InitiativeType, {
    description:
      'By a city leader, once the board’s result is recorded: RECOMMENDED or NOT_RECOMMENDED → APPROVED or REJECTED.',
  })
  async decideInitiative(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The initiative.' }) id: string,
    @Arg('approve', () => Boolean, { description: 'true: APPROVED; false: REJECTED.' }) approve: boolean,
    @Arg('reason', () => String, { nullable: true, description: 'Why, recorded in the history.' }) reason?: string,
  ) {
    return InitiativeType.from(await ctx.services.initiatives.decide(actor(ctx), id, approve, reason ?? null));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => InitiativeType, { description: 'APPROVED → IMPLEMENTING, by the proposing unit.' })
  async startInitiative(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'An APPROVED initiative of the caller’s unit.' }) id: string,
  ) {
    return InitiativeType.from(await ctx.services.initiatives.start(actor(ctx), id));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => InitiativeType, { description: 'Within 5 working days of completion (late reports are flagged).' })
  async reportInitiativeResult(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'An APPROVED or IMPLEMENTING initiative of the caller’s unit.' }) id: string,
    @Arg('report', () => String, { description: 'The result report; required.' }) report: string,
    @Arg('completedOn', () => DateScalar, {
      nullable: true,
      description: 'The day the work was completed (default today; never after today); the 5 days run from it.',
    })
    completedOn?: string,
  ) {
    return InitiativeType.from(
      await ctx.services.initiatives.reportResult(actor(ctx), id, report, completedOn ?? null),
    );
  }

  @Allow(Role.BOARD_MEMBER, Role.HOME_AFFAIRS)
  @Mutation(() => InitiativeType, { description: 'Within 7 working days of the report: COMPLETED or NOT_COMPLETED.' })
  async evaluateInitiativeResult(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'A REPORTED initiative; the board’s chair or Home Affairs evaluates.' })
    id: string,
    @Arg('completed', () => Boolean, { description: 'true: COMPLETED (R29’s merit points); false: NOT_COMPLETED.' })
    completed: boolean,
    @Arg('note', () => String, { nullable: true, description: 'A note, recorded in the history.' }) note?: string,
  ) {
    return InitiativeType.from(await ctx.services.initiatives.evaluateResult(actor(ctx), id, completed, note ?? null));
  }
}
