import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AuthUser } from '../auth/auth-user.js';
import { Allow, SIGNED_IN } from '../auth/permissions.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';
import { Role } from '../auth/auth.enums.js';
import { pageWindow, toConnection } from '../common/pagination.js';
import { listConditions } from '../common/where.js';
import { nodeFieldNames, nodeFieldsAsked } from '../common/lookahead.js';
import { columnsAsked } from '../common/projection.js';
import { settle, type Maybe } from '../common/settled-loader.js';
import { besideAsked, loadEvaluationFields } from './evaluation.loaders.js';
import type { RequestContext } from '../context.js';
import { UnitType } from '../hierarchy/unit.type.js';
import { Position } from '../people/people.enums.js';
import { PersonType } from '../people/person.type.js';
import { PeriodKind } from './evaluation.enums.js';
import { mayReadHeadInputs } from './evaluation.policy.js';
import {
  DecideAppealInput,
  EvaluationListArgs,
  EvaluationPeriodListArgs,
  OpenPeriodInput,
  RateEvaluationInput,
  SelfAssessInput,
} from './evaluation.inputs.js';
import {
  EVALUATION_FIELD_COLUMNS,
  EvaluationConnection,
  EvaluationPeriodConnection,
  EvaluationPeriodType,
  EvaluationType,
  HeadInputsType,
  HistoryEntryType,
  LevelCountType,
} from './evaluation.type.js';

function actor(ctx: RequestContext): AuthUser {
  return ctx.user as AuthUser;
}

@Resolver(() => EvaluationType)
export class EvaluationResolver {
  @Allow(SIGNED_IN)
  @Query(() => EvaluationPeriodConnection, {
    description: 'Evaluation periods, the newest first unless orderBy says otherwise; any signed-in user.',
  })
  async evaluationPeriods(
    @Ctx() ctx: RequestContext,
    @Args(() => EvaluationPeriodListArgs) args: EvaluationPeriodListArgs,
    @Arg('kind', () => PeriodKind, { nullable: true, description: 'Only periods of this kind.' }) kind?: PeriodKind,
  ): Promise<EvaluationPeriodConnection> {
    const { offset, limit } = pageWindow(args);
    const { periods, total } = await ctx.services.periods.list(
      { kind, where: args.where, orderBy: args.orderBy },
      offset,
      limit,
    );
    return toConnection(periods, offset, total, (period) => EvaluationPeriodType.from(period));
  }

  @Allow(SIGNED_IN)
  @Query(() => EvaluationType, {
    nullable: true,
    description: 'Visible to the person, the rater, the rater’s superiors, Home Affairs and city leaders.',
  })
  async evaluation(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The evaluation’s id; one the caller may not see is NOT_FOUND.' }) id: string,
  ): Promise<EvaluationType> {
    return EvaluationType.from(await ctx.services.evaluations.get(await ctx.caller(), id));
  }

  @Allow(SIGNED_IN)
  @Query(() => EvaluationConnection, { description: 'Only the evaluations the caller may see (R32).' })
  async evaluations(
    @Ctx() ctx: RequestContext,
    @Args(() => EvaluationListArgs) args: EvaluationListArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<EvaluationConnection> {
    const { offset, limit } = pageWindow(args);
    const asked = nodeFieldsAsked(info);
    const page = await ctx.services.evaluations.list(
      await ctx.caller(),
      listConditions(args),
      ctx.today(),
      offset,
      limit,
      {
        beside: besideAsked(asked),
        columns: columnsAsked(EVALUATION_FIELD_COLUMNS, nodeFieldNames(info)),
      },
    );
    await loadEvaluationFields(ctx.loaders, page, asked);
    const { evaluations, total } = page;
    return toConnection(evaluations, offset, total, (evaluation) => EvaluationType.from(evaluation));
  }

  @Allow(SIGNED_IN)
  @Query(() => [LevelCountType], {
    description:
      'Counts by level in a unit (and its sub-units); withheld below 3 people unless the caller sees every result (R32).',
  })
  async levelCounts(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID, { description: 'The period counted.' }) periodId: string,
    @Arg('unitId', () => ID, { description: 'The unit whose evaluations are counted.' }) unitId: string,
    @Arg('includeSubunits', () => Boolean, {
      nullable: true,
      description: 'Count its sub-units too, as the tree is today (default false).',
    })
    includeSubunits?: boolean,
  ): Promise<LevelCountType[]> {
    const counts = await ctx.services.evaluations.levelCounts(
      await ctx.caller(),
      periodId,
      unitId,
      Boolean(includeSubunits),
      ctx.today(),
    );
    return counts.map((count) => Object.assign(new LevelCountType(), count));
  }

  @Allow(SIGNED_IN)
  @Query(() => HeadInputsType, { description: 'R14: for the rater, the head, Home Affairs and city leaders.' })
  async headInputs(
    @Ctx() ctx: RequestContext,
    @Arg('unitId', () => ID, { description: 'The head’s unit; NOT_FOUND when it does not exist.' }) unitId: string,
    @Arg('periodId', () => ID, { description: 'The period.' }) periodId: string,
  ) {
    return HeadInputsType.from(await ctx.services.evaluations.headInputsFor(await ctx.caller(), unitId, periodId));
  }

  @FieldResolver(() => PersonType, { description: 'The person evaluated.' })
  person(@Root() evaluation: EvaluationType, @Ctx() ctx: RequestContext): Maybe<PersonType | null> {
    return settle([ctx.loaders.personById.answer(evaluation.personId)], (person) =>
      person ? PersonType.from(person) : null,
    );
  }

  @FieldResolver(() => PersonType, {
    nullable: true,
    description: 'R5: the rater of the day (see raterAsOf); null when nobody was found (see warnings).',
  })
  rater(@Root() evaluation: EvaluationType, @Ctx() ctx: RequestContext): Maybe<PersonType | null> {
    if (!evaluation.raterPersonId) return null;
    return settle([ctx.loaders.personById.answer(evaluation.raterPersonId)], (person) =>
      person ? PersonType.from(person) : null,
    );
  }

  @FieldResolver(() => UnitType, {
    description: 'The unit the person was evaluated in, seen on the period’s last day.',
  })
  unit(@Root() evaluation: EvaluationType, @Ctx() ctx: RequestContext): Maybe<UnitType | null> {
    return settle(
      [ctx.loaders.unitById.answer(evaluation.unitId), ctx.loaders.periodById.answer(evaluation.periodId)],
      (unit, period) => (unit ? UnitType.from(unit, period?.endsOn ?? ctx.today()) : null),
    );
  }

  @FieldResolver(() => EvaluationPeriodType, { description: 'The period.' })
  period(@Root() evaluation: EvaluationType, @Ctx() ctx: RequestContext): Maybe<EvaluationPeriodType | null> {
    return settle([ctx.loaders.periodById.answer(evaluation.periodId)], (period) =>
      period ? EvaluationPeriodType.from(period) : null,
    );
  }

  @FieldResolver(() => [HistoryEntryType], { description: 'R16: every step taken, the oldest first.' })
  async history(@Root() evaluation: EvaluationType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.historyOf.load(evaluation.id)).map((entry) => HistoryEntryType.from(entry));
  }

  @FieldResolver(() => HeadInputsType, {
    nullable: true,
    description: 'For heads only; null for anyone but the rater, the head, Home Affairs and city leaders.',
  })
  async inputs(@Root() evaluation: EvaluationType, @Ctx() ctx: RequestContext) {
    if (evaluation.position !== Position.HEAD) return null;
    if (!mayReadHeadInputs(await ctx.caller(), evaluation)) return null;
    return HeadInputsType.from(await ctx.services.evaluations.headInputs(evaluation));
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => EvaluationPeriodType, {
    description: 'Creates one evaluation per person appointed in the period (set-based).',
  })
  async openEvaluationPeriod(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OpenPeriodInput, { description: 'The period; an invalid one → BAD_USER_INPUT.' })
    input: OpenPeriodInput,
  ) {
    const { period } = await ctx.services.periods.open(input, ctx.user?.id ?? null);
    return EvaluationPeriodType.from(period);
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => EvaluationPeriodType, {
    description: 'Final checks, payouts for a QUARTER, then the period is locked.',
  })
  async closeEvaluationPeriod(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The open period; a closed one → INVALID_STATE.' }) id: string,
  ) {
    return EvaluationPeriodType.from(await ctx.services.periods.close(id));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => EvaluationType, {
    description:
      'DRAFT or SELF_ASSESSED → SELF_ASSESSED, by the person rated only (FORBIDDEN otherwise); ' +
      'BAD_USER_INPUT on scores out of range.',
  })
  async selfAssess(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SelfAssessInput, { description: 'The self-assessment.' }) input: SelfAssessInput,
  ) {
    return EvaluationType.from(await ctx.services.evaluations.selfAssess(actor(ctx), input));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => EvaluationType, {
    description:
      'SELF_ASSESSED → REVIEWED, by the rater of the day (R5; FORBIDDEN otherwise): runs R12 and records the level.',
  })
  async rateEvaluation(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RateEvaluationInput, { description: 'The rating.' }) input: RateEvaluationInput,
  ) {
    return EvaluationType.from(await ctx.services.evaluations.rate(actor(ctx), input));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => EvaluationType, { description: 'REVIEWED → SELF_ASSESSED, by the rater, with a reason.' })
  async returnEvaluation(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The evaluation.' }) id: string,
    @Arg('reason', () => String, { description: 'Why it goes back to the person; required.' }) reason: string,
  ) {
    return EvaluationType.from(await ctx.services.evaluations.returnToPerson(actor(ctx), id, reason));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => EvaluationType, {
    description:
      'REVIEWED → APPROVED by the rater of the day; INVALID_STATE while those it depends on wait (R18), ' +
      'QUOTA_EXCEEDED past R15 (YEAR).',
  })
  async approveEvaluation(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The evaluation.' }) id: string,
    @Arg('version', () => Int, { description: 'The version read; another → STALE_VERSION (R17).' }) version: number,
  ) {
    return EvaluationType.from(await ctx.services.evaluations.approve(actor(ctx), id, version));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => [EvaluationType], {
    description: 'The whole group rated by the head of raterUnitId, in one transaction.',
  })
  async approveEvaluations(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID, { description: 'The period.' }) periodId: string,
    @Arg('raterUnitId', () => ID, { description: 'The unit whose head rates the group.' }) raterUnitId: string,
  ) {
    const approved = await ctx.services.evaluations.approveGroup(actor(ctx), periodId, raterUnitId);
    return approved.map((evaluation) => EvaluationType.from(evaluation));
  }

  @Allow(Role.HOME_AFFAIRS)
  @Mutation(() => EvaluationType, {
    description: 'APPROVED → REVIEWED by Home Affairs, before notification, with a reason.',
  })
  async reopenEvaluation(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The APPROVED evaluation.' }) id: string,
    @Arg('reason', () => String, { description: 'Why it is reopened; required.' }) reason: string,
  ) {
    return EvaluationType.from(await ctx.services.evaluations.reopen(actor(ctx), id, reason));
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => Int, {
    description:
      'Home Affairs publishes every approved result of the period, all groups in one transaction; returns how many.',
  })
  async notifyPeriod(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID, { description: 'The open period.' }) periodId: string,
  ) {
    return ctx.services.evaluations.notifyPeriod(actor(ctx), periodId);
  }

  @Allow(SIGNED_IN)
  @Mutation(() => Int, {
    description: 'Publishes the approved results of the group rated by the head of unitId; returns how many.',
  })
  async notifyEvaluations(
    @Ctx() ctx: RequestContext,
    @Arg('periodId', () => ID, { description: 'The open period.' }) periodId: string,
    @Arg('unitId', () => ID, { description: 'The rater’s unit; its head, or Home Affairs, publishes.' }) unitId: string,
  ) {
    return ctx.services.evaluations.notify(actor(ctx), periodId, unitId);
  }

  @Allow(SIGNED_IN)
  @Mutation(() => EvaluationType, { description: 'By the person rated, within 90 days of notification.' })
  async appealEvaluation(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The caller’s own NOTIFIED evaluation; after the window → DEADLINE_PASSED.' })
    id: string,
    @Arg('reason', () => String, { description: 'The grounds of the appeal; required.' }) reason: string,
  ) {
    return EvaluationType.from(await ctx.services.evaluations.appeal(actor(ctx), id, reason));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => EvaluationType, {
    description: 'By the rater’s own rater (Home Affairs for the city’s direct reports).',
  })
  async decideAppeal(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The APPEALED evaluation.' }) id: string,
    @Arg('input', () => DecideAppealInput, { description: 'The decision.' }) input: DecideAppealInput,
  ) {
    return EvaluationType.from(await ctx.services.evaluations.decideAppeal(actor(ctx), id, input));
  }
}
