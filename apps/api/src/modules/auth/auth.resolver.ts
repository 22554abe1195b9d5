import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditTarget } from '../../common/audit/audit-target.decorator';
import { Public } from '../../common/auth/public.decorator';
import { RateLimit } from '../../common/auth/rate-limit.decorator';
import { ActorContext } from '../../common/context/actor-context.service';
import { UserObject } from '../org/dtos/user.object';
import { OrgDirectory } from '../org/org-directory.service';
import { AuthPayloadObject } from './auth-payload.object';
import { AuthService, type SignedIn } from './auth.service';

const signedInUser = (_args: unknown, result: unknown) => (result as AuthPayloadObject | undefined)?.user?.id;

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly directory: OrgDirectory,
    private readonly actors: ActorContext,
  ) {}

  @Public()
  @RateLimit('auth')
  @AuditTarget(signedInUser)
  @Mutation(() => AuthPayloadObject, {
    description: 'Signs in. Any wrong part gives UNAUTHENTICATED. `tenant` (company code) only when needed.',
  })
  async login(
    @Args('username') username: string,
    @Args('password') password: string,
    @Args('tenant', { type: () => String, nullable: true }) tenant?: string,
  ): Promise<AuthPayloadObject> {
    return this.payload(await this.auth.login({ username, password, tenant }));
  }

  @Public()
  @RateLimit('auth')
  @AuditTarget(signedInUser)
  @Mutation(() => AuthPayloadObject, {
    description: 'Trades a refresh token for a new access token and a new refresh token (the old one is used up).',
  })
  async refreshToken(@Args('token') token: string): Promise<AuthPayloadObject> {
    return this.payload(await this.auth.refresh(token));
  }

  @Public()
  @RateLimit('auth')
  @Mutation(() => Boolean, {
    description: "Signs out: revokes the refresh token's session. False for an unknown token.",
  })
  logout(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.auth.logout(refreshToken);
  }

  @Query(() => UserObject, { description: 'The signed-in user.' })
  me(): Promise<UserObject> {
    return this.directory.user(this.actors.require().userId);
  }

  private async payload(signedIn: SignedIn): Promise<AuthPayloadObject> {
    return {
      token: signedIn.token,
      expiresAt: signedIn.expiresAt,
      refreshToken: signedIn.refreshToken,
      refreshExpiresAt: signedIn.refreshExpiresAt,
      user: await this.directory.user(signedIn.actor.userId),
    };
  }
}
