import { SetMetadata } from '@nestjs/common';
import { STAFF_ROLES, type UserRole } from '@anxin/persistence';

export const ROLES_KEY = 'anxin:roles';

/** The caller needs at least one of these roles (on a handler, or on the class for all its handlers). */
export const Roles = (...roles: UserRole[]) => SetMetadata(ROLES_KEY, roles);

/** Any role but `owner`. */
export const StaffOnly = () => Roles(...STAFF_ROLES);
