import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

/** A calendar day in Asia/Ho_Chi_Minh, 'YYYY-MM-DD' (graphql-scalars' LocalDate under the name api.md uses). */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar day in Asia/Ho_Chi_Minh, YYYY-MM-DD.',
});

/** An instant, ISO 8601 with offset. */
export const DateTimeScalar = DateTimeResolver;
