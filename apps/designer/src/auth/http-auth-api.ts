import { print, type DocumentNode } from 'graphql';
import { ApiError } from '../api/api-error';
import { LOGIN, LOGOUT, REFRESH_TOKEN } from './auth.operations';
import { NetworkError } from './auth-session';
import type { AuthApi, AuthPayload } from './session-user.type';

async function call<T>(document: DocumentNode, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch (error) {
    throw new NetworkError(String(error));
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: T | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  const first = body.errors?.[0];
  if (first) throw ApiError.fromGraphql(first);
  if (!body.data) throw new NetworkError(`HTTP ${response.status}`);
  return body.data;
}

/**
 * The auth operations over plain HTTP, outside Apollo: the Apollo links themselves need tokens, and these three
 * operations are public.
 */
export const httpAuthApi: AuthApi = {
  login: async (input) => (await call<{ login: AuthPayload }>(LOGIN, input)).login,
  refresh: async (token) => (await call<{ refreshToken: AuthPayload }>(REFRESH_TOKEN, { token })).refreshToken,
  logout: async (refreshToken) => {
    await call<{ logout: boolean }>(LOGOUT, { refreshToken });
  },
};
