import type { UserRole } from '@anxin/persistence';

/**
 * Who is calling, as services see it: loaded from the database for every authenticated request (so a deactivated
 * user or a changed scope takes effect at once, not when the token expires).
 */
export interface Actor {
  readonly userId: string;
  readonly tenantId: string;
  readonly username: string;
  readonly displayName: string;
  readonly roles: readonly UserRole[];
  /** Staff: the projects he is scoped to. Owners: the projects of their units. */
  readonly projectIds: readonly string[];
  readonly teamIds: readonly string[];
  /** The codes of those teams that have one (definitions name teams by code). */
  readonly teamCodes: readonly string[];
  /** Owners: their units. */
  readonly unitIds: readonly string[];
}
