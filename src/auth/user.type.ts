import { Field, ID, ObjectType } from 'type-graphql';

import { DateTimeScalar } from '../common/scalars.js';
import type { AuthUser } from './auth-user.js';
import { Role } from './auth.enums.js';

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  username: string;

  @Field(() => [Role])
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

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <token>`.' })
  token: string;

  @Field(() => DateTimeScalar)
  expiresAt: Date;

  @Field(() => UserType)
  user: UserType;
}
