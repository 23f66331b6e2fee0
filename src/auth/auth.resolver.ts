import { MaxLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { PersonType } from '../people/person.type.js';
import { Allow, PUBLIC, SIGNED_IN } from './permissions.js';
import { AuthPayload, UserType } from './user.type.js';

@ArgsType()
class LoginArgs {
  @Field(() => String, { description: 'The login name (at most 64 characters).' })
  @MaxLength(64)
  username: string;

  @Field(() => String, { description: 'The password (at most 256 characters).' })
  @MaxLength(256)
  password: string;
}

@Resolver(() => UserType)
export class AuthResolver {
  @Allow(SIGNED_IN)
  @Query(() => UserType, { nullable: true, description: 'The account this request is signed in as.' })
  me(@Ctx() ctx: RequestContext): UserType | null {
    return ctx.user ? UserType.from(ctx.user) : null;
  }

  @Allow(PUBLIC)
  @Mutation(() => AuthPayload, {
    description: 'A wrong password, an unknown user and a throttled attempt get the same UNAUTHENTICATED answer.',
  })
  async login(
    @Ctx() ctx: RequestContext,
    @Args(() => LoginArgs) { username, password }: LoginArgs,
  ): Promise<AuthPayload> {
    const { token, expiresAt, user } = await ctx.services.auth.login(username, password, {
      address: ctx.address,
      requestId: ctx.requestId,
    });
    return Object.assign(new AuthPayload(), { token, expiresAt, user: UserType.from(user) });
  }

  @Allow(SIGNED_IN)
  @Mutation(() => Boolean, { description: 'Ends the token this request was made with.' })
  logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.token ? ctx.services.auth.logout(ctx.token) : Promise.resolve(false);
  }

  @FieldResolver(() => PersonType, {
    nullable: true,
    description: 'The person the account belongs to; null for an account without one (a viewer, an administrator).',
  })
  async person(@Root() user: UserType, @Ctx() ctx: RequestContext) {
    const person = user.personId ? await ctx.loaders.personById.load(user.personId) : null;
    return person ? PersonType.from(person) : null;
  }
}
