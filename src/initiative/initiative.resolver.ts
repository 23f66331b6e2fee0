import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AuthUser } from '../auth/auth-user.js';
import { Allow, SIGNED_IN } from '../auth/permissions.js';
import { Role } from '../auth/role.js';
import { NotFoundError } from '../common/errors.js';
import { isWellFormedId } from '../common/ids.js';
import { pagedQuery } from '../common/paged-query.js';
import { PageArgs, pageWindow, toConnection } from '../common/pagination.js';
import { DateScalar } from '../common/scalars.js';
import type { RequestContext } from '../context.js';
import { subtreeIdsOn } from '../hierarchy/tree.queries.js';
import { UnitType } from '../hierarchy/unit.type.js';
import { PersonType } from '../people/person.type.js';
import { Initiative } from './initiative.entities.js';
import {
  InitiativeConnection,
  InitiativeFilter,
  InitiativeHistoryEntryType,
  InitiativeStatusCountType,
  InitiativeType,
  ProtectedCadreType,
  RegisterInitiativeInput,
  ReviewProgressType,
  UpdateInitiativeInput,
  VoteInput,
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
  @Query(() => InitiativeConnection)
  async initiatives(
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => InitiativeFilter, { nullable: true }) filter?: InitiativeFilter,
  ): Promise<InitiativeConnection> {
    const { offset, limit } = pageWindow(page);
    const { sql, params } = await this.where(ctx, filter);
    const { rows, total } = await pagedQuery(ctx.db.manager, { select: 'i.id', from: `FROM initiative i WHERE ${sql}`, orderBy: 'i.created_at DESC, i.id', params }, offset, limit);
    const ids = rows.map((row) => row.id as string);
    const found = ids.length ? await ctx.db.manager.createQueryBuilder(Initiative, 'i').where('i.id = ANY(:ids)', { ids }).getMany() : [];
    const byId = new Map(found.map((initiative) => [initiative.id, initiative]));
    return toConnection(ids.map((id) => InitiativeType.from(byId.get(id) as Initiative)), offset, total);
  }

  @Allow(SIGNED_IN)
  @Query(() => [InitiativeStatusCountType], { description: 'Counts by status, with the same filter as `initiatives`.' })
  async initiativeCounts(@Ctx() ctx: RequestContext, @Arg('filter', () => InitiativeFilter, { nullable: true }) filter?: InitiativeFilter) {
    const { sql, params } = await this.where(ctx, filter);
    const rows = await ctx.db.query(`SELECT status, count(*)::int AS count FROM initiative i WHERE ${sql} GROUP BY status ORDER BY status`, params);
    return rows.map((row: InitiativeStatusCountType) => Object.assign(new InitiativeStatusCountType(), row));
  }

  @Allow(SIGNED_IN)
  @Query(() => [ProtectedCadreType], { description: 'R29: people acting within an approved initiative (approved, implementing, reported or completed).' })
  async protectedCadres(@Ctx() ctx: RequestContext) {
    const rows = await ctx.db.query(
      `SELECT p.id AS "personId", p.full_name AS "fullName", i.id AS "initiativeId", i.title AS "initiativeTitle", i.status
         FROM initiative i JOIN initiative_proposer ip ON ip.initiative_id = i.id JOIN person p ON p.id = ip.person_id
        WHERE i.status IN ('APPROVED', 'IMPLEMENTING', 'REPORTED', 'COMPLETED') ORDER BY p.full_name, i.title`,
    );
    return rows.map((row: ProtectedCadreType) => Object.assign(new ProtectedCadreType(), row));
  }

  private async where(ctx: RequestContext, filter?: InitiativeFilter): Promise<{ sql: string; params: unknown[] }> {
    const params: unknown[] = [];
    const where = ['TRUE'];
    const add = (value: unknown, clause: (p: string) => string) => {
      params.push(value);
      where.push(clause(`$${params.length}`));
    };
    if (filter?.status) add(filter.status, (p) => `i.status = ${p}::initiative_status`);
    if (filter?.unitId) {
      if (!isWellFormedId(filter.unitId)) throw new NotFoundError('đơn vị', 'Unit');
      add(filter.includeSubunits ? await subtreeIdsOn(ctx.db.manager, filter.unitId, ctx.today()) : [filter.unitId], (p) => `i.unit_id = ANY(${p}::uuid[])`);
    }
    if (filter?.year) add(filter.year, (p) => `extract(year FROM i.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh') = ${p}`);
    if (filter?.overdue !== undefined && filter.overdue !== null) {
      add(ctx.today(), (p) => `(i.status IN ('SUBMITTED', 'UNDER_REVIEW') AND i.review_due_on < ${p}::date) = ${filter.overdue ? 'TRUE' : 'FALSE'}`);
    }
    return { sql: where.join(' AND '), params };
  }

  @FieldResolver(() => UnitType)
  async unit(@Root() initiative: InitiativeType, @Ctx() ctx: RequestContext) {
    const unit = await ctx.loaders.unitById.load(initiative.unitId);
    return unit ? UnitType.from(unit, ctx.today()) : null;
  }

  @FieldResolver(() => [PersonType])
  async proposers(@Root() initiative: InitiativeType, @Ctx() ctx: RequestContext) {
    const rows: Array<{ person_id: string }> = await ctx.db.query(`SELECT person_id FROM initiative_proposer WHERE initiative_id = $1`, [initiative.id]);
    const people = await Promise.all(rows.map((row) => ctx.loaders.personById.load(row.person_id)));
    return people.filter((person) => person !== null).map((person) => PersonType.from(person));
  }

  @FieldResolver(() => [InitiativeHistoryEntryType])
  async history(@Root() initiative: InitiativeType, @Ctx() ctx: RequestContext) {
    const rows = await ctx.db.query(
      `SELECT e.at, u.username AS actor, e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.reason, e.late
         FROM initiative_event e LEFT JOIN app_user u ON u.id = e.user_id WHERE e.initiative_id = $1 ORDER BY e.at`,
      [initiative.id],
    );
    return rows.map((row: InitiativeHistoryEntryType) => Object.assign(new InitiativeHistoryEntryType(), row));
  }

  @FieldResolver(() => ReviewProgressType, { nullable: true })
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

  @FieldResolver(() => Boolean, { description: 'Whether the caller sits out this round (their unit proposed it, or is above it).' })
  async recused(@Root() initiative: InitiativeType, @Ctx() ctx: RequestContext) {
    const review = await ctx.loaders.reviewOf.load(initiative.id);
    return Boolean(review && ctx.user && review.recusedUserIds.includes(ctx.user.id));
  }

  @FieldResolver(() => Int, { nullable: true })
  async votesFor(@Root() initiative: InitiativeType, @Ctx() ctx: RequestContext) {
    return (await visibleTally(ctx, initiative))?.votesFor ?? null;
  }

  @FieldResolver(() => Int, { nullable: true })
  async votesAgainst(@Root() initiative: InitiativeType, @Ctx() ctx: RequestContext) {
    return (await visibleTally(ctx, initiative))?.votesAgainst ?? null;
  }

  @FieldResolver(() => Int, { nullable: true })
  async abstentions(@Root() initiative: InitiativeType, @Ctx() ctx: RequestContext) {
    return (await visibleTally(ctx, initiative))?.abstentions ?? null;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'The mean of the rubric scores.' })
  async averageScore(@Root() initiative: InitiativeType, @Ctx() ctx: RequestContext) {
    return (await visibleTally(ctx, initiative))?.averageScore ?? null;
  }

  @Allow(SIGNED_IN)
  @Mutation(() => InitiativeType, { description: 'By the proposing unit’s staff (or Home Affairs); a DRAFT.' })
  async registerInitiative(@Ctx() ctx: RequestContext, @Arg('input', () => RegisterInitiativeInput) input: RegisterInitiativeInput) {
    return InitiativeType.from(await ctx.services.initiatives.register(actor(ctx), input));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => InitiativeType, { description: 'While DRAFT or RETURNED.' })
  async updateInitiative(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateInitiativeInput) input: UpdateInitiativeInput) {
    return InitiativeType.from(await ctx.services.initiatives.update(actor(ctx), id, input));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => InitiativeType, { description: 'Every required part must be filled (BAD_USER_INPUT names each).' })
  async submitInitiative(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return InitiativeType.from(await ctx.services.initiatives.submit(actor(ctx), id));
  }

  @Allow(Role.BOARD_MEMBER)
  @Mutation(() => InitiativeType, { description: 'Rubric scores and a vote; once per round, final once the result is recorded.' })
  async voteInitiative(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('input', () => VoteInput) input: VoteInput) {
    return InitiativeType.from(await ctx.services.initiatives.vote(actor(ctx), id, input));
  }

  @Allow(Role.BOARD_MEMBER)
  @Mutation(() => InitiativeType, { description: 'By the chair, after the review deadline, with the votes cast.' })
  async recordInitiativeResult(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return InitiativeType.from(await ctx.services.initiatives.recordResult(actor(ctx), id));
  }

  @Allow(Role.BOARD_MEMBER)
  @Mutation(() => InitiativeType, { description: 'By the chair: back for revision; the next submission starts a new round.' })
  async returnInitiative(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string) {
    return InitiativeType.from(await ctx.services.initiatives.returnForRevision(actor(ctx), id, reason));
  }

  @Allow(Role.CITY_LEADER)
  @Mutation(() => InitiativeType)
  async decideInitiative(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('approve', () => Boolean) approve: boolean,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ) {
    return InitiativeType.from(await ctx.services.initiatives.decide(actor(ctx), id, approve, reason ?? null));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => InitiativeType, { description: 'APPROVED → IMPLEMENTING, by the proposing unit.' })
  async startInitiative(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return InitiativeType.from(await ctx.services.initiatives.start(actor(ctx), id));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => InitiativeType, { description: 'Within 5 working days of completion (late reports are flagged).' })
  async reportInitiativeResult(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('report', () => String) report: string,
    @Arg('completedOn', () => DateScalar, { nullable: true }) completedOn?: string,
  ) {
    return InitiativeType.from(await ctx.services.initiatives.reportResult(actor(ctx), id, report, completedOn ?? null));
  }

  @Allow(Role.BOARD_MEMBER, Role.HOME_AFFAIRS)
  @Mutation(() => InitiativeType, { description: 'Within 7 working days of the report: COMPLETED or NOT_COMPLETED.' })
  async evaluateInitiativeResult(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('completed', () => Boolean) completed: boolean,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ) {
    return InitiativeType.from(await ctx.services.initiatives.evaluateResult(actor(ctx), id, completed, note ?? null));
  }
}
