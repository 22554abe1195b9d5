import { ME } from '../../auth/auth.operations';
import { AuthSession } from '../../auth/auth-session';
import { FakeAuthApi, memoryStorage } from '../../auth/__tests__/fake-auth-api';
import type { ApiError } from '../api-error';
import { createApolloClient } from '../create-apollo-client';
import { setErrorNotifier } from '../error-notifier';

interface Sent {
  authorization: string | undefined;
  operationName: string;
}

/** A GraphQL endpoint answering from a script, recording the bearer token of each request. */
function scriptedFetch(answers: object[]) {
  const sent: Sent[] = [];
  const fetch = (_uri: unknown, init: { headers: Record<string, string>; body: string }) => {
    const body = JSON.parse(init.body) as { operationName: string };
    sent.push({ authorization: init.headers['authorization'], operationName: body.operationName });
    const answer = answers.shift() ?? { errors: [{ message: 'no more answers', extensions: { code: 'INTERNAL' } }] };
    const text = JSON.stringify(answer);
    return Promise.resolve({
      ok: true,
      status: 200,
      headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
      text: () => Promise.resolve(text),
      json: () => Promise.resolve(answer),
    });
  };
  return { sent, fetch: fetch as unknown as typeof globalThis.fetch };
}

const ME_DATA = {
  me: {
    __typename: 'User',
    id: 'user-owner-1',
    username: 'owner-1',
    displayName: '业主',
    phone: null,
    roles: ['OWNER'],
    teamIds: [],
    projectIds: [],
    unitIds: [],
  },
};
const UNAUTHENTICATED = { errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] };

describe('the Apollo links: bearer token, refresh on UNAUTHENTICATED, friendly errors', () => {
  let session: AuthSession;
  let api: FakeAuthApi;
  let notified: ApiError[];

  beforeEach(async () => {
    const now = Date.parse('2026-11-23T08:00:00Z');
    api = new FakeAuthApi(() => now);
    session = new AuthSession({ api, storage: memoryStorage(), now: () => now });
    await session.login('owner-1', 'anxin123');
    notified = [];
    setErrorNotifier((error) => notified.push(error));
  });

  it('given an access token the server refuses, when a query runs, then it refreshes and sends it again with the new token', async () => {
    // Given a server that refuses access-1 once, then answers
    const server = scriptedFetch([UNAUTHENTICATED, { data: ME_DATA }]);
    const client = createApolloClient(session, { uri: 'http://anxin.test/graphql', fetch: server.fetch });
    // When the app asks who is signed in
    const { data } = await client.query({ query: ME });
    // Then the answer came on the second try, with the rotated token, and no error was shown
    expect(data?.me.username).toBe('owner-1');
    expect(server.sent.map((s) => s.authorization)).toEqual(['Bearer access-1', 'Bearer access-2']);
    expect(api.refreshCalls).toEqual(['refresh-1']);
    expect(notified).toEqual([]);
  });

  it('given a refused refresh, when a query runs, then the tab is signed out and the query fails', async () => {
    // Given a server that refuses the token and a refresh token that was already used
    await api.refresh('refresh-1');
    const server = scriptedFetch([UNAUTHENTICATED]);
    const client = createApolloClient(session, { uri: 'http://anxin.test/graphql', fetch: server.fetch });
    // When a query runs, then it fails and the session is over
    await expect(client.query({ query: ME })).rejects.toThrow();
    expect(session.currentUser).toBeNull();
    expect(server.sent).toHaveLength(1);
  });

  it('given a FORBIDDEN answer, then the error is reported once with its code for a friendly message', async () => {
    // Given a server refusing the operation for the role
    const forbidden = {
      errors: [{ message: 'needs admin', extensions: { code: 'FORBIDDEN', reason: 'auth.roleRequired' } }],
    };
    const client = createApolloClient(session, {
      uri: 'http://anxin.test/graphql',
      fetch: scriptedFetch([forbidden]).fetch,
    });
    // When a query runs
    await expect(client.query({ query: ME })).rejects.toThrow();
    // Then the shell is told, with the code and reason
    expect(notified.map((e) => [e.code, e.reason])).toEqual([['FORBIDDEN', 'auth.roleRequired']]);
  });
});
