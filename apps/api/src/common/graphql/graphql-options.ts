import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import type { ActorContext } from '../context/actor-context.service';
import { createGraphqlErrorFormatter } from '../errors/format-graphql-error';
import {
  type ConnectionAuthenticator,
  graphqlWsSubscriptions,
  isWsContext,
  subscriptionContextOf,
} from './graphql-ws-options';
import type { GraphqlContext } from './http-request-of.util';

/** Query limits (graphql-armor); docs/api.md lists them for clients. */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 1000,
  maxDirectives: 50,
} as const;

const logger = new Logger('GraphQL');

/** What subscriptions need from the rest of the app: who a connection is, and the actor scope to run it in. */
export interface SubscriptionDeps<S extends { readonly expiresAt: Date }> {
  readonly authenticator: ConnectionAuthenticator<S>;
  readonly actors: ActorContext;
}

/**
 * Apollo behind Nest, hardened: graphql-armor's depth, alias, cost, token and directive limits; introspection and
 * "Did you mean…" suggestions only outside production; no batching; no stack traces; every error through our one
 * mapping (`formatError`). The context carries the express request and response (guards, rate limits, audit).
 * Subscriptions use graphql-ws on the same server and path, with the same limits (graphql-ws-options.ts).
 */
export function graphqlOptions<S extends { readonly expiresAt: Date }>(
  config: AppConfig,
  subscriptions: SubscriptionDeps<S>,
): ApolloDriverConfig {
  const production = config.nodeEnv === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  const formatError = createGraphqlErrorFormatter((cause) =>
    logger.error(cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)),
  );
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    playground: false,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // Our formatError maps Nest's HttpExceptions too (the throttler's 429 among them).
    autoTransformHttpErrors: false,
    plugins: armor.plugins,
    validationRules: armor.validationRules,
    formatError,
    subscriptions: graphqlWsSubscriptions({ ...subscriptions, formatError, validationRules: armor.validationRules }),
    // Apollo calls it with the HTTP request; graphql-ws with its connection context, once per subscription.
    context: (input: unknown) =>
      isWsContext<S>(input)
        ? subscriptionContextOf(input, subscriptions.authenticator)
        : { req: (input as GraphqlContext).req, res: (input as GraphqlContext).res },
  };
}
