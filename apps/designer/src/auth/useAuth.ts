import { useContext } from 'react';
import { AuthContext, type AuthState } from './auth-context';

/** The sign-in state of the tab; only inside `AuthProvider`. */
export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}
