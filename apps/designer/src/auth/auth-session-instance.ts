import { AuthSession } from './auth-session';
import { httpAuthApi } from './http-auth-api';

/** Web Locks serialise refreshes across the tabs sharing the stored refresh token (Chromium, Firefox, Safari). */
function withBrowserLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? (locks.request('anxin.refresh', work) as Promise<T>) : work();
}

/** The app's one session (the Apollo links and the React provider share it). */
export const authSession = new AuthSession({
  api: httpAuthApi,
  storage: window.localStorage,
  withLock: withBrowserLock,
});
