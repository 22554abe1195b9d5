import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import {
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
  specifiedRules,
  validate,
  type ValidationRule,
} from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { Request } from 'express';
import type { ActorContext } from '../context/actor-context.service';
import type { Actor } from '../context/actor.type';
import type { GraphqlContext } from './http-request-of.util';
import { subscribeAsActor, type SubscriptionScope } from './subscribe-as-actor.util';

/** How a connection proves who it is (implemented by the live module with the access tokens). */
export interface ConnectionAuthenticator<S extends { readonly expiresAt: Date }> {
  authenticate(connectionParams: Readonly<Record<string, unknown>> | undefined): Promise<S | undefined>;
  actorOf(session: S | undefined): Promise<Actor | undefined>;
}

/** graphql-ws close code for a refused or expired connection (graphql-ws's own `Forbidden`). */
export const CONNECTION_REFUSED = 4403;

interface ConnectionExtra<S> extends Extra {
  session?: S;
  expiryTimer?: NodeJS.Timeout;
}

type WsContext<S> = Context<Record<string, unknown> | undefined, ConnectionExtra<S>>;

/** The context of one subscription operation: the upgrade request, and the actor read afresh for it. */
export type SubscriptionContext = GraphqlContext & SubscriptionScope;

export function isWsContext<S>(value: unknown): value is WsContext<S> {
  return typeof value === 'object' && value !== null && 'extra' in value && 'connectionParams' in value;
}

/**
 * GraphQL subscriptions over graphql-ws on the GraphQL path. The connection is authenticated once, with the access
 * token in `connectionParams` (refused with 4403 otherwise), and closed with 4403 when that token expires, so that a
 * client reconnects with a fresh one. Each subscription then runs as the user read afresh (`subscribe` wrapped by
 * {@link subscribeAsActor}), and its errors go through the same mapping as HTTP's (`formatError`).
 *
 * The query limits (graphql-armor's validation rules) apply as over HTTP. `subscribe` and `validate` are graphql-ws
 * server options that @nestjs/graphql's type leaves out but passes on (it spreads this object into graphql-ws's
 * `useServer`); the e2e tests fail if that stops being true.
 */
export function graphqlWsSubscriptions<S extends { readonly expiresAt: Date }>(deps: {
  readonly authenticator: ConnectionAuthenticator<S>;
  readonly actors: ActorContext;
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  readonly validationRules: readonly ValidationRule[];
}): { 'graphql-ws': GraphQLWsSubscriptionsConfig } {
  const rules = [...specifiedRules, ...deps.validationRules];
  const graphqlWs: GraphQLWsSubscriptionsConfig & Pick<ServerOptions, 'subscribe' | 'validate'> = {
    subscribe: subscribeAsActor(deps.actors),
    validate: (schema, document) => validate(schema, document, rules),
    onConnect: async (ctx) => {
      const context = ctx as unknown as WsContext<S>;
      const session = await deps.authenticator.authenticate(context.connectionParams);
      if (!session) return false;
      context.extra.session = session;
      const closeAt = session.expiresAt.getTime() - Date.now();
      context.extra.expiryTimer = setTimeout(
        () => context.extra.socket.close(CONNECTION_REFUSED, 'Token expired'),
        closeAt,
      );
      context.extra.expiryTimer.unref();
      return true;
    },
    onClose: (ctx) => clearTimeout((ctx as unknown as WsContext<S>).extra.expiryTimer),
    onNext: (_ctx, _id, _payload, _args, result) => withFormattedErrors(result, deps.formatError),
  };
  return { 'graphql-ws': graphqlWs };
}

/** The context of a subscription operation on an authenticated connection. */
export async function subscriptionContextOf<S extends { readonly expiresAt: Date }>(
  ctx: WsContext<S>,
  authenticator: ConnectionAuthenticator<S>,
): Promise<SubscriptionContext> {
  const { request, session } = ctx.extra;
  return {
    req: request as Request,
    actor: await authenticator.actorOf(session),
    ip: request.socket.remoteAddress,
  };
}

function withFormattedErrors(
  result: ExecutionResult,
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): FormattedExecutionResult | undefined {
  if (!result.errors?.length) return undefined;
  return { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) };
}
