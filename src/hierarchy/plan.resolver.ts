import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/permissions.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';
import { pageWindow, toConnection } from '../common/pagination.js';
import type { RequestContext } from '../context.js';
import type { StepPayload } from './plan-step.entity.js';
import { CreatePlanInput, ImportPlanInput, ReorganisationPlanListArgs } from './plan.inputs.js';
import { PlanReportType, ReorganisationPlanConnection, ReorganisationPlanType } from './plan.type.js';

/** Reorganisation plans: Home Affairs' office enters, checks, previews, applies, schedules and withdraws them. */
@Resolver(() => ReorganisationPlanType)
export class PlanResolver {
  @Allow(...HOME_AFFAIRS_OFFICE)
  @Query(() => ReorganisationPlanConnection, { description: 'Reorganisation plans, for Home Affairs’ office.' })
  async reorganisationPlans(
    @Ctx() ctx: RequestContext,
    @Args(() => ReorganisationPlanListArgs) args: ReorganisationPlanListArgs,
  ) {
    const { offset, limit } = pageWindow(args);
    const { plans, total } = await ctx.services.plans.list(offset, limit, args);
    return toConnection(plans, offset, total, (plan) => ReorganisationPlanType.from(plan));
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Query(() => ReorganisationPlanType, { description: 'One plan, for Home Affairs’ office; NOT_FOUND when missing.' })
  async reorganisationPlan(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The plan’s id.' }) id: string,
  ) {
    return ReorganisationPlanType.from(await ctx.services.plans.byId(id));
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => ReorganisationPlanType, {
    description: 'A plan with its steps, as a draft: nothing changes until it is applied.',
  })
  async createReorganisationPlan(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreatePlanInput, { description: 'The act and its steps; invalid steps → BAD_USER_INPUT.' })
    input: CreatePlanInput,
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
    @Arg('input', () => ImportPlanInput, { description: 'The act and its CSV files; bad rows → BAD_USER_INPUT.' })
    input: ImportPlanInput,
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
  async previewReorganisationPlan(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The plan; one that cannot be applied → BAD_USER_INPUT listing why.' })
    id: string,
  ) {
    return PlanReportType.from(await ctx.services.plans.preview(id));
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => ReorganisationPlanType, { description: 'Applies a plan in force, in one transaction.' })
  async applyReorganisationPlan(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, {
      description: 'A DRAFT or SCHEDULED plan whose effective date has come (else INVALID_STATE: schedule it).',
    })
    id: string,
  ) {
    return ReorganisationPlanType.from(await ctx.services.plans.apply(id));
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => ReorganisationPlanType, {
    description: 'Checks a plan and leaves it to be applied on its effective date.',
  })
  async scheduleReorganisationPlan(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'A DRAFT plan; its preview must pass.' }) id: string,
  ) {
    return ReorganisationPlanType.from(await ctx.services.plans.schedule(id));
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => ReorganisationPlanType, { description: 'Withdraws a plan not yet in force.' })
  async withdrawReorganisationPlan(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'A DRAFT or SCHEDULED plan.' }) id: string,
  ) {
    return ReorganisationPlanType.from(await ctx.services.plans.withdraw(id));
  }
}
