import type { AuthApi, AuthPayload, SessionUser } from './session-user.type';

/** Where the refresh token survives a reload; the access token never leaves memory. */
export const REFRESH_TOKEN_KEY = 'anxin.refreshToken';
/** Refresh this long before the access token expires, so a request never leaves with a dying token. */
const EARLY_REFRESH_MS = 30_000;

type Listener = (user: SessionUser | null) => void;

interface Options {
  api: AuthApi;
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  now?: () => number;
  /** Serialises refreshes across tabs (Web Locks); without it, within this tab only. */
  withLock?: <T>(work: () => Promise<T>) => Promise<T>;
}

/**
 * The sign-in of this browser tab. The access token is kept in memory; the refresh token in storage, read afresh
 * at each refresh (inside a lock shared by the tabs), because refresh tokens are single use: the server treats a
 * used one as stolen and revokes the whole session.
 */
export class AuthSession {
  private access: { token: string; expiresAt: number } | null = null;
  private user: SessionUser | null = null;
  private refreshing: Promise<string | null> | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly now: () => number;

  constructor(private readonly options: Options) {
    this.now = options.now ?? (() => Date.now());
  }

  get currentUser(): SessionUser | null {
    return this.user;
  }

  /** A refresh token is stored: the tab may resume the session without a password. */
  canResume(): boolean {
    return this.options.storage.getItem(REFRESH_TOKEN_KEY) !== null;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async login(username: string, password: string): Promise<SessionUser> {
    const payload = await this.options.api.login({ username, password });
    this.accept(payload);
    return payload.user;
  }

  /** A token valid for at least the next 30 seconds, refreshed when needed; `null` when signed out. */
  async accessToken(): Promise<string | null> {
    if (this.access && this.access.expiresAt - EARLY_REFRESH_MS > this.now()) return this.access.token;
    return this.refresh();
  }

  /**
   * Trades the stored refresh token for new tokens (one refresh at a time). A refused refresh signs the tab out;
   * the error is not thrown: callers see `null` and send the user to the login page.
   */
  refresh(): Promise<string | null> {
    this.refreshing ??= this.lock(async () => {
      const stored = this.options.storage.getItem(REFRESH_TOKEN_KEY);
      if (stored === null) return this.signedOut();
      try {
        return this.accept(await this.options.api.refresh(stored));
      } catch (error) {
        if (isNetworkError(error)) throw error;
        return this.signedOut();
      }
    }).finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** The server answered UNAUTHENTICATED for `token`: forget it, and refresh unless it was replaced meanwhile. */
  async rejected(token: string | null): Promise<string | null> {
    if (this.access && this.access.token !== token) return this.access.token;
    this.access = null;
    return this.refresh();
  }

  async logout(): Promise<void> {
    const stored = this.options.storage.getItem(REFRESH_TOKEN_KEY);
    this.signedOut();
    if (stored !== null) await this.options.api.logout(stored).catch(() => undefined);
  }

  private accept(payload: AuthPayload): string {
    this.options.storage.setItem(REFRESH_TOKEN_KEY, payload.refreshToken);
    this.access = { token: payload.token, expiresAt: Date.parse(payload.expiresAt) };
    const changed = this.user?.id !== payload.user.id;
    this.user = payload.user;
    if (changed) this.emit();
    return payload.token;
  }

  private signedOut(): null {
    this.options.storage.removeItem(REFRESH_TOKEN_KEY);
    this.access = null;
    const had = this.user !== null;
    this.user = null;
    if (had) this.emit();
    return null;
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.user);
  }

  private lock<T>(work: () => Promise<T>): Promise<T> {
    return this.options.withLock ? this.options.withLock(work) : work();
  }
}

/** A transport failure (offline, server down): keep the refresh token, the next attempt may work. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

function isNetworkError(error: unknown): boolean {
  return error instanceof NetworkError;
}
