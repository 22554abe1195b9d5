import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphqlError } from './graphql-session';

/** One subscription over a real graphql-ws connection, recording what arrives. */
export interface LiveSubscription<T> {
  readonly events: T[];
  readonly errors: GraphqlError[][];
  /** Settles with the close code once the server closes the connection (a refusal: 4403). */
  readonly closed: Promise<number>;
  /** Resolves when the server acknowledged the connection (its token was accepted). */
  readonly connected: Promise<void>;
  close(): Promise<void>;
}

export interface LiveClientOptions {
  /** Sent as `connectionParams.authorization: Bearer <token>`; omitted: no credentials at all. */
  readonly token?: string;
  readonly connectionParams?: Record<string, unknown>;
  readonly variables?: Record<string, unknown>;
}

/** Subscribes to `query` on the app's `/graphql` WebSocket, with `graphql-ws`'s own client on `ws`, no retries. */
export function liveSubscribe<T>(baseUrl: string, query: string, options: LiveClientOptions = {}): LiveSubscription<T> {
  const events: T[] = [];
  const errors: GraphqlError[][] = [];
  let onClosed: (code: number) => void = () => undefined;
  let onConnected: () => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const client: Client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams: options.connectionParams ?? (options.token ? { authorization: `Bearer ${options.token}` } : {}),
    on: {
      connected: () => onConnected(),
      closed: (event) => onClosed((event as { code?: number }).code ?? 0),
    },
    onNonLazyError: () => undefined,
  });
  client.subscribe<T>(
    { query, ...(options.variables ? { variables: options.variables } : {}) },
    {
      next: (result) => {
        if (result.data) events.push(result.data);
        if (result.errors) errors.push(result.errors as unknown as GraphqlError[]);
      },
      // graphql-ws hands an operation's refusal (validation, limits) here as the list of errors.
      error: (error) => {
        if (Array.isArray(error)) errors.push(error as GraphqlError[]);
      },
      complete: () => undefined,
    },
  );
  return { events, errors, closed, connected, close: () => client.dispose() as Promise<void> };
}
