import { Field, ObjectType } from '@nestjs/graphql';
import { UserObject } from '../org/dtos/user.object';

@ObjectType('AuthPayload', { description: 'A signed-in session: send `token` as `Authorization: Bearer <token>`.' })
export class AuthPayloadObject {
  @Field(() => String, { description: 'Access token (JWT, HS256), valid 15 minutes.' })
  token!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => String, { description: 'Single-use refresh token, valid 30 days: trade it with `refreshToken`.' })
  refreshToken!: string;

  @Field(() => Date)
  refreshExpiresAt!: Date;

  @Field(() => UserObject)
  user!: UserObject;
}
