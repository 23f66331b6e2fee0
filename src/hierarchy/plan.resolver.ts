import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/permissions.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';
import { PageArgs, pageWindow, toConnection } from '../common/pagination.js';
import type { OrderBy } from '../common/where.js';
import {
  ReorganisationPlanOrderBy,
  ReorganisationPlanWhere,
  type ReorganisationPlanOrderField,
} from './plan.inputs.js';
import type { RequestContext } from '../context.js';
import type { StepPayload } from './plan-step.entity.js';
import { CreatePlanInput, ImportPlanInput } from './plan.inputs.js';
import { PlanReportType, ReorganisationPlanConnection, ReorganisationPlanType } from './plan.type.js';

/** Reorganisation plans: Home Affairs' office enters, checks, previews, applies, schedules and withdraws them. */
@Resolver(() => ReorganisationPlanType)
export class PlanResolver {
  @Allow(...HOME_AFFAIRS_OFFICE)
  @Query(() => ReorganisationPlanConnection)
  async reorganisationPlans(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg('where', () => ReorganisationPlanWhere, { nullable: true, description: 'Operator conditions.' })
    where?: ReorganisationPlanWhere,
    @Arg('orderBy', () => [ReorganisationPlanOrderBy], {
      nullable: true,
      description: 'Sort columns; ties end on the id.',
    })
    orderBy?: Array<OrderBy<ReorganisationPlanOrderField>>,
  ) {
    const { offset, limit } = pageWindow(page);
    const { plans, total } = await ctx.services.plans.list(offset, limit, { where, orderBy });
    return toConnection(
      plans.map((plan) => ReorganisationPlanType.from(plan)),
      offset,
      total,
    );
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Query(() => ReorganisationPlanType)
  async reorganisationPlan(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ReorganisationPlanType.from(await ctx.services.plans.byId(id));
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => ReorganisationPlanType, {
    description: 'A plan with its steps, as a draft: nothing changes until it is applied.',
  })
  async createReorganisationPlan(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreatePlanInput) input: CreatePlanInput,
  ) {
    const { steps, ...act } = input;
    return ReorganisationPlanType.from(
      await ctx.services.plans.create(act, steps as unknown as StepPayload[], ctx.user?.id ?? null),
    );
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => ReorganisationPlanType, {
    description: 'A draft plan from the act’s units and its mapping old → new (the mapping files’ shape).',
  })
  async importReorganisationPlan(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ImportPlanInput) input: ImportPlanInput,
  ) {
    const { units, mapping, abolish, createUnmapped, ...act } = input;
    return ReorganisationPlanType.from(
      await ctx.services.plans.importMapping(
        act,
        { units, mapping },
        { abolish: abolish ?? [], createUnmapped: createUnmapped ?? false },
        ctx.user?.id ?? null,
      ),
    );
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => PlanReportType, {
    description:
      'Units closed, created and re-linked; people moved; heads whose term ends; open work that changes unit. Changes nothing.',
  })
  async previewReorganisationPlan(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return PlanReportType.from(await ctx.services.plans.preview(id));
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => ReorganisationPlanType, { description: 'Applies a plan in force, in one transaction.' })
  async applyReorganisationPlan(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ReorganisationPlanType.from(await ctx.services.plans.apply(id));
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => ReorganisationPlanType, {
    description: 'Checks a plan and leaves it to be applied on its effective date.',
  })
  async scheduleReorganisationPlan(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ReorganisationPlanType.from(await ctx.services.plans.schedule(id));
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => ReorganisationPlanType, { description: 'Withdraws a plan not yet in force.' })
  async withdrawReorganisationPlan(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string) {
    return ReorganisationPlanType.from(await ctx.services.plans.withdraw(id));
  }
}
