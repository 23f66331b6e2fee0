import { Field, ID, ObjectType } from 'type-graphql';

import { DateTimeScalar } from '../common/scalars.js';
import type { AuthUser } from './auth-user.js';
import { Role } from './auth.enums.js';

@ObjectType('User', { description: 'A login account, with its roles and the person it belongs to.' })
export class UserType {
  @Field(() => ID, { description: 'The account’s id.' })
  id: string;

  @Field(() => String, { description: 'The login name.' })
  username: string;

  @Field(() => [Role], { description: 'What the account may do (see each mutation’s description).' })
  roles: Role[];

  personId: string | null;

  static from(user: AuthUser): UserType {
    return Object.assign(new UserType(), {
      id: user.id,
      username: user.username,
      roles: user.roles,
      personId: user.personId,
    });
  }
}

@ObjectType('AuthPayload', { description: 'A signed-in session: its token, until when, and for whom.' })
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => DateTimeScalar, {
    description: 'When the token stops working (TOKEN_TTL_HOURS after login, 8 by default).',
  })
  expiresAt: Date;

  @Field(() => UserType, { description: 'The account signed in.' })
  user: UserType;
}
