import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, SIGNED_IN } from '../auth/permissions.js';
import { HOME_AFFAIRS_OFFICE } from '../auth/role.js';
import { BadInputError, NotFoundError } from '../common/errors.js';
import { isWellFormedId } from '../common/ids.js';
import { pageWindow, toConnection } from '../common/pagination.js';
import { listConditions } from '../common/where.js';
import { nodeFieldsAsked } from '../common/lookahead.js';
import { settle, type Maybe } from '../common/settled-loader.js';
import { DateScalar } from '../common/scalars.js';
import type { RequestContext } from '../context.js';
import { PersonType } from '../people/person.type.js';
import type { Unit } from './unit.entity.js';
import { CreateUnitInput, MergeUnitsInput, UnitListArgs, UpdateUnitInput } from './unit.inputs.js';
import { UnitConnection, UnitLineageType, UnitType } from './unit.type.js';
import { loadUnitFields } from './unit.loaders.js';
import { UNIT_LABEL } from './tree.queries.js';
import { addDays } from '../common/dates.js';

@Resolver(() => UnitType)
export class UnitResolver {
  @Allow(SIGNED_IN)
  @Query(() => UnitType, {
    nullable: true,
    description: 'By id (whatever its validity) or by code among the units valid on asOf.',
  })
  async unit(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { nullable: true, description: 'The unit’s id; give id or code, not both.' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'The unit’s code, among the units valid on asOf.' })
    code?: string,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day the unit and its nested fields are seen on (default today).',
    })
    asOf?: string,
  ): Promise<UnitType> {
    const day = asOf ?? ctx.today();
    if (!id === !code) {
      throw new BadInputError(
        [{ field: 'id', message: 'cần đúng một trong hai: id hoặc code' }],
        'Give exactly one of id and code.',
      );
    }
    let unit: Unit | null = null;
    if (id) unit = isWellFormedId(id) ? await ctx.loaders.unitById.load(id) : null;
    else unit = await ctx.services.hierarchy.unitByCode(code as string, day);
    if (!unit) throw new NotFoundError(...UNIT_LABEL);
    return UnitType.from(unit, day);
  }

  @Allow(SIGNED_IN)
  @Query(() => UnitConnection, { description: 'Units valid on asOf (default today).' })
  async units(
    @Ctx() ctx: RequestContext,
    @Args(() => UnitListArgs) args: UnitListArgs,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day of the tree (default today).' })
    asOf: string | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<UnitConnection> {
    const day = asOf ?? ctx.today();
    const { offset, limit } = pageWindow(args);
    const { units, total } = await ctx.services.hierarchy.list(listConditions(args), day, offset, limit);
    await loadUnitFields(ctx.loaders, units, day, nodeFieldsAsked(info));
    return toConnection(units, offset, total, (unit) => UnitType.from(unit, day));
  }

  @FieldResolver(() => UnitType, { nullable: true, description: 'R1: the parent unit on the day; null for the city.' })
  parent(
    @Root() unit: UnitType,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day (default: the day this unit is seen on).' })
    asOf?: string,
  ): Maybe<UnitType | null> {
    const day = asOf ?? unit.asOf;
    return settle([ctx.loaders.parentOn.answer({ id: unit.id, asOf: day })], (parent) =>
      parent ? UnitType.from(parent, day) : null,
    );
  }

  @FieldResolver(() => [UnitType], { description: 'R1: the units directly under this one on the day.' })
  async children(
    @Root() unit: UnitType,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day (default: the day this unit is seen on).' })
    asOf?: string,
  ) {
    const day = asOf ?? unit.asOf;
    const children = await ctx.loaders.childrenOn.load({ id: unit.id, asOf: day });
    return children.map((child) => UnitType.from(child, day));
  }

  @FieldResolver(() => PersonType, {
    nullable: true,
    description: 'R4: the non-acting head, else the acting head, else null.',
  })
  head(
    @Root() unit: UnitType,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day (default: the day this unit is seen on).' })
    asOf?: string,
  ): Maybe<PersonType | null> {
    return settle([ctx.loaders.headOn.answer({ id: unit.id, asOf: asOf ?? unit.asOf })], (head) =>
      head ? PersonType.from(head.person) : null,
    );
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why head is empty or acting, in Vietnamese; null when all is well.',
  })
  headWarning(
    @Root() unit: UnitType,
    @Ctx() ctx: RequestContext,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day (default: the day this unit is seen on).' })
    asOf?: string,
  ): Maybe<string | null> {
    const day = asOf ?? unit.asOf;
    return settle([ctx.loaders.headOn.answer({ id: unit.id, asOf: day })], (head) => {
      if (!head) return `${unit.name} chưa có người đứng đầu vào ngày ${day}.`;
      return head.appointment.acting ? `${head.person.fullName} là người đứng đầu theo quyền (phụ trách).` : null;
    });
  }

  @FieldResolver(() => [UnitLineageType], {
    description: 'The units this one was formed from (reorganisation plans), each seen on the day before it ended.',
  })
  async predecessors(@Root() unit: UnitType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.predecessors.load(unit.id)).map((link) =>
      Object.assign(new UnitLineageType(), {
        unit: UnitType.from(link.unit, addDays(link.effectiveDate, -1)),
        effectiveDate: link.effectiveDate,
        whole: link.whole,
      }),
    );
  }

  @FieldResolver(() => [UnitLineageType], {
    description: 'The units that took this one over (whole, or a part of it), each seen on its first day.',
  })
  async successors(@Root() unit: UnitType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.successors.load(unit.id)).map((link) =>
      Object.assign(new UnitLineageType(), {
        unit: UnitType.from(link.unit, link.effectiveDate),
        effectiveDate: link.effectiveDate,
        whole: link.whole,
      }),
    );
  }

  @FieldResolver(() => UnitType, { nullable: true, description: 'R2: the unit this one was merged into.' })
  async mergedInto(@Root() unit: UnitType, @Ctx() ctx: RequestContext) {
    if (!unit.mergedIntoId) return null;
    const target = await ctx.loaders.unitById.load(unit.mergedIntoId);
    return target ? UnitType.from(target, unit.asOf) : null;
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => UnitType, {
    description: 'A new unit, under its parent from validFrom; a code taken on those days → CONFLICT (R1).',
  })
  async createUnit(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateUnitInput, { description: 'The unit.' }) input: CreateUnitInput,
  ) {
    return UnitType.from(await ctx.services.hierarchy.createUnit(input), input.validFrom);
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => UnitType, {
    description: 'Corrects a unit’s code, name, type or kind over its whole validity (a reorganisation is a plan).',
  })
  async updateUnit(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The unit.' }) id: string,
    @Arg('input', () => UpdateUnitInput, { description: 'The fields to change.' }) input: UpdateUnitInput,
  ) {
    return UnitType.from(await ctx.services.hierarchy.updateUnit(id, input), ctx.today());
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => UnitType, {
    description: 'R1: from `from` on, the unit sits under parentId; nested fields are seen on `from`.',
  })
  async moveUnit(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID, { description: 'The unit to move.' }) id: string,
    @Arg('parentId', () => ID, {
      description: 'The new parent, valid on `from`; a descendant → BAD_USER_INPUT (no cycle, R1).',
    })
    parentId: string,
    @Arg('from', () => DateScalar, { description: 'The first day under the new parent; before it, the tree is kept.' })
    from: string,
  ) {
    return UnitType.from(
      (await ctx.services.hierarchy.moveUnit(id, parentId, from, { userId: ctx.user?.id })).unit,
      from,
    );
  }

  @Allow(...HOME_AFFAIRS_OFFICE)
  @Mutation(() => UnitType, { description: 'R2: returns the target, seen on the merge date.' })
  async mergeUnits(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => MergeUnitsInput, { description: 'The sources, the target and the day.' })
    input: MergeUnitsInput,
  ) {
    return UnitType.from((await ctx.services.hierarchy.mergeUnits(input, { userId: ctx.user?.id })).unit, input.date);
  }
}
