import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC } from '../../common/auth/public.decorator';
import { ActorContext } from '../../common/context/actor-context.service';
import { AppError } from '../../common/errors/app-error';
import { httpOf } from '../../common/graphql/http-request-of.util';
import { AccessTokens } from './access-tokens.service';
import { ActorCache } from './actor-cache.service';

/**
 * Global guard: every GraphQL operation and REST handler needs `Authorization: Bearer <access token>` unless marked
 * `@Public()`. The token is verified, then the user is loaded (active, with roles and scope; reused for
 * `ACTOR_CACHE_SECONDS`, see {@link ActorCache}) and becomes the actor of the request; several root fields of one
 * request load him once.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly actors: ActorCache,
    private readonly context: ActorContext,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      execution.getHandler(),
      execution.getClass(),
    ]);
    if (isPublic || this.context.current()) return true;
    const token = bearerToken(httpOf(execution).req.headers.authorization);
    if (!token) throw AppError.tokenMissing();
    const claims = await this.tokens.verify(token);
    const actor = await this.actors.load(claims.tenantId, claims.userId);
    if (!actor) throw AppError.tokenInvalid();
    this.context.setActor(actor);
    return true;
  }
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
