import { useApolloClient } from '@apollo/client/react';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { AuthContext, type AuthState, type AuthStatus } from './auth-context';
import type { AuthSession } from './auth-session';
import type { SessionUser } from './session-user.type';

/**
 * Publishes the session to React. On start it resumes a stored session (refresh token → new tokens); when the
 * session ends (logout, or a refused refresh anywhere in the app) the Apollo cache is cleared.
 */
export function AuthProvider({ session, children }: { session: AuthSession; children: ReactNode }) {
  const client = useApolloClient();
  const [user, setUser] = useState<SessionUser | null>(session.currentUser);
  const [status, setStatus] = useState<AuthStatus>(() =>
    session.currentUser ? 'signedIn' : session.canResume() ? 'resuming' : 'signedOut',
  );

  useEffect(
    () =>
      session.onChange((next) => {
        setUser(next);
        setStatus(next ? 'signedIn' : 'signedOut');
        if (!next) void client.clearStore();
      }),
    [session, client],
  );

  useEffect(() => {
    if (status !== 'resuming') return;
    session.refresh().then(
      (token) => setStatus(token ? 'signedIn' : 'signedOut'),
      () => setStatus('signedOut'),
    );
  }, [session, status]);

  const state = useMemo<AuthState>(
    () => ({
      status,
      user,
      login: (username, password) => session.login(username, password),
      logout: () => session.logout(),
    }),
    [session, status, user],
  );
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}
