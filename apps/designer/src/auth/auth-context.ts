import { createContext } from 'react';
import type { SessionUser } from './session-user.type';

export type AuthStatus = 'resuming' | 'signedIn' | 'signedOut';

export interface AuthState {
  status: AuthStatus;
  user: SessionUser | null;
  login: (username: string, password: string) => Promise<SessionUser>;
  logout: () => Promise<void>;
}

export const AuthContext = createContext<AuthState | null>(null);
