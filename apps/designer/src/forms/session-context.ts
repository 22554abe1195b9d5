import { createContext, useContext } from 'react';
import type { AuthSession } from '../auth/auth-session';

/** The session, for the controls that talk to `/files` outside Apollo (uploads, images). */
export const SessionContext = createContext<AuthSession | null>(null);

export function useSession(): AuthSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}
