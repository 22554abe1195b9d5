import { AuthSession, REFRESH_TOKEN_KEY } from '../auth-session';
import { FakeAuthApi, memoryStorage } from './fake-auth-api';

describe('AuthSession: the access token in memory, the refresh token in storage, rotated on each refresh', () => {
  let now: number;
  let api: FakeAuthApi;
  let storage: ReturnType<typeof memoryStorage>;
  let session: AuthSession;

  beforeEach(() => {
    now = Date.parse('2026-11-23T08:00:00Z');
    api = new FakeAuthApi(() => now);
    storage = memoryStorage();
    session = new AuthSession({ api, storage, now: () => now });
  });

  it('given a login, then the access token is only in memory and the refresh token is stored', async () => {
    // When owner-1 signs in
    const user = await session.login('owner-1', 'anxin123');
    // Then the user is known, the refresh token stored, the access token served from memory without a refresh
    expect(user.username).toBe('owner-1');
    expect(storage.map.get(REFRESH_TOKEN_KEY)).toBe('refresh-1');
    expect([...storage.map.values()]).not.toContain('access-1');
    await expect(session.accessToken()).resolves.toBe('access-1');
    expect(api.refreshCalls).toEqual([]);
  });

  it('given a token about to expire, when a request needs one, then it is refreshed once and both tokens rotate', async () => {
    // Given a session whose access token expires in 20 seconds
    await session.login('owner-1', 'anxin123');
    now += 15 * 60_000 - 20_000;
    // When three requests ask for a token at once
    const tokens = await Promise.all([session.accessToken(), session.accessToken(), session.accessToken()]);
    // Then one refresh traded refresh-1 for a new pair, and everybody got the new access token
    expect(api.refreshCalls).toEqual(['refresh-1']);
    expect(tokens).toEqual(['access-2', 'access-2', 'access-2']);
    expect(storage.map.get(REFRESH_TOKEN_KEY)).toBe('refresh-2');
  });

  it('given a 401 for the current token, when rejected, then it refreshes; a 401 for an older token reuses the newer one', async () => {
    // Given a signed-in session
    await session.login('owner-1', 'anxin123');
    // When the server answers UNAUTHENTICATED for access-1
    await expect(session.rejected('access-1')).resolves.toBe('access-2');
    // Then a late 401 of another request that still carried access-1 does not refresh again (no token reuse)
    await expect(session.rejected('access-1')).resolves.toBe('access-2');
    expect(api.refreshCalls).toEqual(['refresh-1']);
  });

  it('given a reload, when the tab resumes, then the stored refresh token brings the user back', async () => {
    // Given a tab that signed in, and a new tab (a reload) with the same storage
    await session.login('owner-1', 'anxin123');
    const reloaded = new AuthSession({ api, storage, now: () => now });
    expect(reloaded.canResume()).toBe(true);
    // When it asks for a token
    await expect(reloaded.accessToken()).resolves.toBe('access-2');
    // Then it knows the user again
    expect(reloaded.currentUser?.username).toBe('owner-1');
  });

  it('given a refused refresh (used or revoked token), then the tab is signed out and listeners are told', async () => {
    // Given a signed-in session whose stored refresh token was already used elsewhere
    await session.login('owner-1', 'anxin123');
    await api.refresh('refresh-1');
    const seen: (string | null)[] = [];
    session.onChange((user) => seen.push(user?.username ?? null));
    // When the access token is rejected
    await expect(session.rejected('access-1')).resolves.toBeNull();
    // Then nothing is stored any more, and the app learnt of the sign-out
    expect(storage.map.has(REFRESH_TOKEN_KEY)).toBe(false);
    expect(session.currentUser).toBeNull();
    expect(seen).toEqual([null]);
  });

  it('given a logout, then the refresh token is revoked at the server and forgotten', async () => {
    // Given a signed-in session
    await session.login('owner-1', 'anxin123');
    // When the user signs out
    await session.logout();
    // Then it cannot be resumed, and the old refresh token no longer works
    expect(session.canResume()).toBe(false);
    await expect(api.refresh('refresh-1')).rejects.toThrow('used or unknown');
  });
});
