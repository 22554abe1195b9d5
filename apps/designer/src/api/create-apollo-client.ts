import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { Observable } from 'rxjs';
import type { AuthSession } from '../auth/auth-session';
import { notifyError } from './error-notifier';
import { setLiveConnected } from './live-connection';
import { toApiError } from './to-api-error';

/** Per-operation context: `quiet` skips the toast (the page shows the error itself). */
export interface AnxinContext {
  quiet?: boolean;
  token?: string | null;
  retried?: boolean;
}

function wsUrl(): string {
  return `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
}

/** Bearer token on every request; the token used is kept in the context so a 401 can tell which one failed. */
function authLink(session: AuthSession): ApolloLink {
  return new SetContextLink(async (previous) => {
    const token = await session.accessToken();
    const headers = { ...(previous['headers'] as Record<string, string> | undefined) };
    if (token) headers['authorization'] = `Bearer ${token}`;
    return { headers, token };
  });
}

/** UNAUTHENTICATED → refresh (rotating the refresh token) and send once more; other errors → a friendly toast. */
function errorLink(session: AuthSession): ApolloLink {
  return new ErrorLink(({ error, operation, forward }) => {
    const apiError = toApiError(error);
    const context = operation.getContext() as AnxinContext;
    if (apiError.code === 'UNAUTHENTICATED' && !context.retried) {
      return new Observable<ApolloLink.Result>((observer) => {
        session.rejected(context.token ?? null).then(
          (token) => {
            if (token === null) return observer.error(error);
            operation.setContext({ retried: true });
            forward(operation).subscribe(observer);
          },
          (failure: unknown) => observer.error(failure),
        );
      });
    }
    if (!context.quiet && apiError.code !== 'VALIDATION_FAILED') notifyError(apiError);
    return undefined;
  });
}

/** Subscriptions over graphql-ws: the token goes in `connectionParams`, refreshed before each (re)connection. */
function wsLink(session: AuthSession): GraphQLWsLink {
  const client = createClient({
    url: wsUrl(),
    lazy: true,
    retryAttempts: Infinity,
    // 4403 (token expired) is worth a retry: connectionParams refreshes the token first.
    shouldRetry: () => session.canResume(),
    connectionParams: async () => {
      const token = await session.accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connected: () => setLiveConnected(true),
      closed: () => setLiveConnected(false),
    },
  });
  return new GraphQLWsLink(client);
}

/** Where requests go; tests give an absolute URL and their own fetch. */
export interface TransportOptions {
  uri?: string;
  fetch?: typeof fetch;
}

/** The app's Apollo Client: HTTP for queries and mutations, WebSocket for subscriptions. */
export function createApolloClient(session: AuthSession, transport: TransportOptions = {}): ApolloClient {
  const httpLink = new HttpLink({
    uri: transport.uri ?? '/graphql',
    ...(transport.fetch ? { fetch: transport.fetch } : {}),
  });
  const http = ApolloLink.from([errorLink(session), authLink(session), httpLink]);
  const link = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    wsLink(session),
    http,
  );
  return new ApolloClient({ link, cache: new InMemoryCache() });
}
