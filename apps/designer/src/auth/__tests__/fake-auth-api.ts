import type { AuthApi, AuthPayload } from '../session-user.type';

/**
 * The server's token rules in memory: each refresh token works once and is replaced (rotation); a reused one is
 * refused, as the API refuses it (and revokes the session).
 */
export class FakeAuthApi implements AuthApi {
  readonly refreshCalls: string[] = [];
  private issued = 0;
  private readonly valid = new Set<string>();
  expiresInMs = 15 * 60_000;

  constructor(private readonly now: () => number) {}

  login = ({ username, password }: { username: string; password: string }): Promise<AuthPayload> => {
    if (password !== 'anxin123') return Promise.reject(Object.assign(new Error('bad'), { code: 'UNAUTHENTICATED' }));
    return Promise.resolve(this.issue(username));
  };

  refresh = (token: string): Promise<AuthPayload> => {
    this.refreshCalls.push(token);
    if (!this.valid.delete(token)) return Promise.reject(new Error('refresh token used or unknown'));
    return Promise.resolve(this.issue('owner-1'));
  };

  logout = (token: string): Promise<void> => {
    this.valid.delete(token);
    return Promise.resolve();
  };

  private issue(username: string): AuthPayload {
    this.issued += 1;
    const refreshToken = `refresh-${this.issued}`;
    this.valid.add(refreshToken);
    return {
      token: `access-${this.issued}`,
      expiresAt: new Date(this.now() + this.expiresInMs).toISOString(),
      refreshToken,
      refreshExpiresAt: new Date(this.now() + 30 * 86_400_000).toISOString(),
      user: { id: `user-${username}`, username, displayName: username, roles: ['OWNER'], projectIds: [] },
    };
  }
}

export function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}
