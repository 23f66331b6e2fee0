import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Allow, assertMayCall, SIGNED_IN } from '../auth/permissions.js';
import { enumLabels } from '../common/enum-labels.js';
import { NotFoundError } from '../common/errors.js';
import { Node } from '../common/node.js';
import type { RequestContext } from '../context.js';
import { EvaluationPeriodType } from '../evaluation/evaluation.type.js';
import { EvaluationResolver } from '../evaluation/evaluation.resolver.js';
import { FeedbackResolver } from '../feedback/feedback.resolver.js';
import { UnitResolver } from '../hierarchy/unit.resolver.js';
import { InitiativeResolver } from '../initiative/initiative.resolver.js';
import { InspectionResolver } from '../inspection/inspection.resolver.js';
import { PersonResolver } from '../people/person.resolver.js';
import type { NodeTypeName } from './node.queries.js';

@ObjectType('EnumLabel', { description: 'The Vietnamese label of an enum value, as the admin panel shows it.' })
export class EnumLabelType {
  @Field(() => String, { description: 'The enum’s GraphQL name (UnitKind).' })
  enum: string;

  @Field(() => String, { description: 'The value (WARD).' })
  value: string;

  @Field(() => String, { description: 'Its label (Phường, xã, đặc khu).' })
  label: string;
}

/** A list's arguments for the one row with this id. */
const byId = (id: string) => ({ first: 1, where: { id: { equals: id } } });

/** The row a list gives for `where: { id: { equals } }`: what the list's policy lets the caller see. */
function single<T>(connection: { nodes: T[] }, what: string): T {
  const [node] = connection.nodes;
  if (node === undefined) throw new NotFoundError(what, 'Node');
  return node;
}

/**
 * Each type's own query and its read through it (its single-row query, or its list for the types without one), so
 * that `node` answers exactly what that query would: its gate (`@Allow`, asked here since the method is called
 * directly) and its policy.
 */
const READ: Record<NodeTypeName, { query: string; read: (ctx: RequestContext, id: string) => Promise<Node> }> = {
  Unit: { query: 'unit', read: (ctx, id) => new UnitResolver().unit(ctx, id) },
  Person: { query: 'person', read: (ctx, id) => new PersonResolver().person(ctx, id) },
  Evaluation: { query: 'evaluation', read: (ctx, id) => new EvaluationResolver().evaluation(ctx, id) },
  EvaluationPeriod: {
    query: 'evaluationPeriods',
    read: async (ctx, id) => EvaluationPeriodType.from(await ctx.services.periods.get(id)),
  },
  FeedbackItem: {
    query: 'feedbackItems',
    read: async (ctx, id) => single(await new FeedbackResolver().feedbackItems(ctx, byId(id)), 'phản ánh'),
  },
  Inspection: {
    query: 'inspections',
    read: async (ctx, id) => single(await new InspectionResolver().inspections(ctx, byId(id)), 'cuộc kiểm tra'),
  },
  Initiative: {
    query: 'initiatives',
    read: async (ctx, id) => single(await new InitiativeResolver().initiatives(ctx, byId(id)), 'sáng kiến'),
  },
};

/** What every client needs whatever the feature: objects by id (Relay) and the labels of enum values. */
@Resolver()
export class ApiResolver {
  @Allow(SIGNED_IN)
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object by its id, answered as its type’s own query answers: that query’s gate (UNAUTHENTICATED, FORBIDDEN), then NOT_FOUND for a row it would not show.',
  })
  async node(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The object’s id.' }) id: string) {
    const type = await ctx.services.nodes.typeOf(id);
    if (!type) throw new NotFoundError('đối tượng', 'Node');
    const { query, read } = READ[type];
    assertMayCall(ctx.user, `Query.${query}`);
    return read(ctx, id);
  }

  @Allow(SIGNED_IN)
  @Query(() => [EnumLabelType], {
    description: 'The Vietnamese label of every value of an enum (all enums when none is named).',
  })
  enumLabels(
    @Arg('enum', () => String, { nullable: true, description: 'An enum’s GraphQL name, e.g. RatingLevel.' })
    name?: string,
  ): EnumLabelType[] {
    return enumLabels(name).map((row) => Object.assign(new EnumLabelType(), row));
  }
}
