import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/context/actor.type';
import { AccessTokens, type VerifiedAccess } from '../auth/access-tokens.service';
import { ActorLoader } from '../auth/actor-loader.service';

/**
 * Authenticates graphql-ws connections with the same access token as HTTP, sent in the `connection_init` payload
 * (`connectionParams`): `{ "authorization": "Bearer <token>" }` (or `{ "token": "<token>" }`), since browsers cannot
 * set headers on a WebSocket. The user must exist and be active, as for a request.
 */
@Injectable()
export class LiveConnectionAuth {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly actors: ActorLoader,
  ) {}

  /** The verified session of a connection, or undefined: the connection is then refused. */
  async authenticate(
    connectionParams: Readonly<Record<string, unknown>> | undefined,
  ): Promise<VerifiedAccess | undefined> {
    const token = tokenOf(connectionParams);
    if (!token) return undefined;
    try {
      const access = await this.tokens.verify(token);
      return (await this.actors.load(access.tenantId, access.userId)) ? access : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * The actor for one operation on an authenticated connection, read afresh (as every HTTP request does): a user
   * deactivated or re-scoped since he connected gets his current rights, or none.
   */
  actorOf(access: VerifiedAccess | undefined): Promise<Actor | undefined> {
    if (!access || access.expiresAt.getTime() <= Date.now()) return Promise.resolve(undefined);
    return this.actors.load(access.tenantId, access.userId);
  }
}

function tokenOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const authorization = params?.['authorization'] ?? params?.['Authorization'];
  if (typeof authorization === 'string') return /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  const token = params?.['token'];
  return typeof token === 'string' && token !== '' ? token : undefined;
}
