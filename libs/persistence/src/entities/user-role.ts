/**
 * The fixed roles of Anxin users. Staff roles see the projects they are scoped to (`admin` the whole tenant);
 * `owner` (业主) sees only his own units.
 */
export const USER_ROLES = [
  'admin',
  'designer',
  'agent',
  'engineer',
  'supervisor',
  'finance',
  'manager',
  'owner',
] as const;

export type UserRole = (typeof USER_ROLES)[number];

/** Every role but `owner`. */
export const STAFF_ROLES: readonly UserRole[] = USER_ROLES.filter((role) => role !== 'owner');

export function isUserRole(value: string): value is UserRole {
  return (USER_ROLES as readonly string[]).includes(value);
}
