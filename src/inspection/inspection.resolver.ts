import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AuthUser } from '../auth/auth-user.js';
import { Allow, SIGNED_IN } from '../auth/permissions.js';
import { HOME_AFFAIRS_OFFICE, INSPECTION_STAFF } from '../auth/role.js';
import { pageWindow, toConnection } from '../common/pagination.js';
import { listConditions } from '../common/where.js';
import type { RequestContext } from '../context.js';
import { UnitType } from '../hierarchy/unit.type.js';
import {
  ConclusionInput,
  InspectionListArgs,
  RecordForcingEventInput,
  ScheduleInspectionInput,
} from './inspection.inputs.js';
import { ForcingEventType, FindingType, InspectionConnection, InspectionType } from './inspection.type.js';

@Resolver(() => InspectionType)
export class InspectionResolver {
  @Allow(SIGNED_IN)
  @Query(() => InspectionConnection, {
    description: 'The inspections in the caller’s reach (their units and below; the city for Home Affairs).',
  })
  async inspections(
    @Ctx() ctx: RequestContext,
    @Args(() => InspectionListArgs) args: InspectionListArgs,
  ): Promise<InspectionConnection> {
    const { offset, limit } = pageWindow(args);
    const { inspections, total } = await ctx.services.inspections.list(
      await ctx.caller(),
      listConditions(args),
      offset,
      limit,
    );
    return toConnection(inspections, offset, total, (inspection) => InspectionType.from(inspection));
  }

  @FieldResolver(() => UnitType, { description: 'The unit inspected, seen on the first day.' })
  async unit(@Root() inspection: InspectionType, @Ctx() ctx: RequestContext) {
    const unit = await ctx.loaders.unitById.load(inspection.unitId);
    return unit ? UnitType.from(unit, inspection.startedAt) : null;
  }

  @FieldResolver(() => [FindingType], { description: 'R25: the conclusion’s findings the caller may see.' })
  async findings(@Root() inspection: InspectionType, @Ctx() ctx: RequestContext) {
    return (await ctx.services.inspections.findings(await ctx.caller(), inspection.id)).map((finding) =>
      FindingType.from(finding),
    );
  }

  @Allow(...INSPECTION_STAFF)
  @Mutation(() => InspectionType, {
    description: 'R24: a SCHEDULED inspection; a team of active INSPECTOR users with one lead (else BAD_USER_INPUT).',
  })
  async scheduleInspection(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ScheduleInspectionInput, { description: 'The inspection.' }) input: ScheduleInspectionInput,
  ) {
    return InspectionType.from(await ctx.services.inspections.schedule(input));
  }

  @Allow(...INSPECTION_STAFF)
  @Mutation(() => InspectionType, { description: 'SCHEDULED → IN_PROGRESS, by the team.' })
  async startInspection(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'A SCHEDULED inspection whose first day has come (else INVALID_STATE).' })
    id: string,
  ) {
    return InspectionType.from(await ctx.services.inspections.start(ctx.user as AuthUser, id));
  }

  @Allow(...INSPECTION_STAFF)
  @Mutation(() => InspectionType, {
    description: 'The conclusion notice; with findings the inspection moves to REMEDIATING.',
  })
  async concludeInspection(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'A SCHEDULED or IN_PROGRESS inspection; only its team (or Home Affairs).' })
    id: string,
    @Arg('input', () => ConclusionInput, { description: 'The conclusion notice.' }) input: ConclusionInput,
  ) {
    return InspectionType.from(await ctx.services.inspections.conclude(ctx.user as AuthUser, id, input));
  }

  @Allow(SIGNED_IN)
  @Mutation(() => FindingType, { description: 'By the staff of the responsible unit.' })
  async reportRemediation(
    @Ctx() ctx: RequestContext,
    @Arg('findingId', () => ID, { description: 'An OPEN finding of the caller’s unit.' }) findingId: string,
    @Arg('report', () => String, { description: 'What was done; required.' }) report: string,
  ) {
    return FindingType.from(await ctx.services.inspections.reportRemediation(ctx.user as AuthUser, findingId, report));
  }

  @Allow(...INSPECTION_STAFF)
  @Mutation(() => FindingType, { description: 'By the inspection team: accepted → VERIFIED; rejected → OPEN again.' })
  async verifyRemediation(
    @Ctx() ctx: RequestContext,
    @Arg('findingId', () => ID, { description: 'A REPORTED finding.' }) findingId: string,
    @Arg('accepted', () => Boolean, { description: 'true: VERIFIED; false: back to OPEN.' }) accepted: boolean,
    @Arg('note', () => String, { nullable: true, description: 'Why, kept as verificationNote.' }) note?: string,
  ) {
    return FindingType.from(
      await ctx.services.inspections.verifyRemediation(ctx.user as AuthUser, findingId, accepted, note ?? null),
    );
  }
}

@Resolver(() => FindingType)
export class FindingResolver {
  @FieldResolver(() => UnitType, { description: 'The unit that must remedy it, seen on the due date.' })
  async responsibleUnit(@Root() finding: FindingType, @Ctx() ctx: RequestContext) {
    const unit = await ctx.loaders.unitById.load(finding.responsibleUnitId);
    return unit ? UnitType.from(unit, finding.dueDate) : null;
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => ForcingEventType, {
    description: 'R13: prosecution, detention or a finding of degradation, with its date and document.',
  })
  async recordForcingEvent(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordForcingEventInput, { description: 'The event.' }) input: RecordForcingEventInput,
  ) {
    return ForcingEventType.from(await ctx.services.forcingEvents.record(ctx.user as AuthUser, input));
  }
}
