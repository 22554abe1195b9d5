/** Roles of the API's `Role` enum (schema.gql). */
export type Role = 'ADMIN' | 'AGENT' | 'DESIGNER' | 'ENGINEER' | 'FINANCE' | 'MANAGER' | 'OWNER' | 'SUPERVISOR';

/** The signed-in user as `login` / `refreshToken` answer him. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  projectIds: string[];
}

/** `AuthPayload` of schema.gql: an access token (15 minutes) and a single-use refresh token (30 days). */
export interface AuthPayload {
  token: string;
  expiresAt: string;
  refreshToken: string;
  refreshExpiresAt: string;
  user: SessionUser;
}

/** The three public auth operations, whatever carries them (HTTP in the app, a fake in tests). */
export interface AuthApi {
  login: (input: { username: string; password: string }) => Promise<AuthPayload>;
  refresh: (refreshToken: string) => Promise<AuthPayload>;
  logout: (refreshToken: string) => Promise<void>;
}
