import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, SIGNED_IN } from '../auth/permissions.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';
import { pageWindow, toConnection } from '../common/pagination.js';
import { listConditions } from '../common/where.js';
import { DateScalar } from '../common/scalars.js';
import type { RequestContext } from '../context.js';
import { UnitType } from '../hierarchy/unit.type.js';
import { Position } from './people.enums.js';
import { AppointInput, PersonListArgs } from './people.inputs.js';
import { AppointmentType, PersonConnection, PersonType, RaterType } from './person.type.js';

@Resolver(() => PersonType)
export class PersonResolver {
  @Allow(SIGNED_IN)
  @Query(() => PersonType, {
    nullable: true,
    description: 'One person in the caller’s reach (their units and below; the city for Home Affairs).',
  })
  async person(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The person’s id; one the caller may not see is NOT_FOUND.' }) id: string,
  ): Promise<PersonType> {
    return PersonType.from(await ctx.services.people.get(await ctx.caller(), id));
  }

  @Allow(SIGNED_IN)
  @Query(() => PersonConnection, { description: 'People by name; with a unit, those appointed there today.' })
  async people(
    @Ctx() ctx: RequestContext,
    @Args(() => PersonListArgs) args: PersonListArgs,
  ): Promise<PersonConnection> {
    const { offset, limit } = pageWindow(args);
    const { people, total } = await ctx.services.people.list(
      await ctx.caller(),
      listConditions(args),
      ctx.today(),
      offset,
      limit,
    );
    return toConnection(people, offset, total, (person) => PersonType.from(person));
  }

  @FieldResolver(() => UnitType, { nullable: true, description: 'The unit of the main appointment today.' })
  async unit(@Root() person: PersonType, @Ctx() ctx: RequestContext) {
    const today = ctx.today();
    const appointment = await ctx.loaders.primaryAppointmentOn.load({ id: person.id, asOf: today });
    const unit = appointment ? await ctx.loaders.unitById.load(appointment.unitId) : null;
    return unit ? UnitType.from(unit, today) : null;
  }

  @FieldResolver(() => Position, { nullable: true, description: 'The position of the main appointment today.' })
  async position(@Root() person: PersonType, @Ctx() ctx: RequestContext) {
    const appointment = await ctx.loaders.primaryAppointmentOn.load({ id: person.id, asOf: ctx.today() });
    return appointment?.position ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the person heads a unit today (R4), acting or not.' })
  async isHead(@Root() person: PersonType, @Ctx() ctx: RequestContext) {
    const today = ctx.today();
    const appointment = await ctx.loaders.primaryAppointmentOn.load({ id: person.id, asOf: today });
    if (!appointment) return false;
    const head = await ctx.loaders.headOn.load({ id: appointment.unitId, asOf: today });
    return head?.person.id === person.id;
  }

  @FieldResolver(() => [AppointmentType], {
    description:
      'Every appointment, latest first; empty for a person the caller may not see (the head of a unit reached through the org chart).',
  })
  async appointments(@Root() person: PersonType, @Ctx() ctx: RequestContext) {
    if (!(await ctx.loaders.personVisible.load(person.id))) return [];
    return (await ctx.loaders.appointmentsOfPerson.load(person.id)).map((appointment) =>
      AppointmentType.from(appointment),
    );
  }

  @FieldResolver(() => RaterType, {
    nullable: true,
    description: 'R5: who rates this person on asOf (default today); null for a person the caller may not see.',
  })
  async rater(
    @Root() person: PersonType,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day (default today).' }) asOf?: string,
  ) {
    if (!(await ctx.loaders.personVisible.load(person.id))) return null;
    const day = asOf ?? ctx.today();
    const decision = await ctx.services.people.raterOf(person.id, day);
    const rater = decision.raterPersonId ? await ctx.loaders.personById.load(decision.raterPersonId) : null;
    return Object.assign(new RaterType(), {
      person: rater ? PersonType.from(rater) : null,
      raterUnitId: decision.raterUnitId,
      asOf: day,
      warnings: decision.warnings,
    });
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => AppointmentType, {
    description: 'R3: an overlapping head of the same kind (acting or not) → CONFLICT.',
  })
  async appoint(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AppointInput, { description: 'The appointment.' }) input: AppointInput,
  ) {
    return AppointmentType.from(await ctx.services.people.appoint(input));
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => AppointmentType, { description: '`to` is the first day no longer held.' })
  async endAppointment(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The appointment.' }) id: string,
    @Arg('to', () => DateScalar, { description: 'The first day no longer held; after `from` (else BAD_USER_INPUT).' })
    to: string,
  ) {
    return AppointmentType.from(await ctx.services.people.endAppointment(id, to));
  }
}

@Resolver(() => AppointmentType)
export class AppointmentResolver {
  @FieldResolver(() => PersonType, { description: 'The person appointed.' })
  async person(@Root() appointment: AppointmentType, @Ctx() ctx: RequestContext) {
    const person = await ctx.loaders.personById.load(appointment.personId);
    return person ? PersonType.from(person) : null;
  }

  @FieldResolver(() => UnitType, { description: 'The unit, seen on the first day held.' })
  async unit(@Root() appointment: AppointmentType, @Ctx() ctx: RequestContext) {
    const unit = await ctx.loaders.unitById.load(appointment.unitId);
    return unit ? UnitType.from(unit, appointment.from) : null;
  }
}

@Resolver(() => RaterType)
export class RaterResolver {
  @FieldResolver(() => UnitType, { nullable: true, description: 'The unit the rater heads.' })
  async unit(@Root() rater: RaterType, @Ctx() ctx: RequestContext) {
    const unit = rater.raterUnitId ? await ctx.loaders.unitById.load(rater.raterUnitId) : null;
    return unit ? UnitType.from(unit, rater.asOf) : null;
  }
}
