import { registerEnumType } from '@nestjs/graphql';
import type { UserRole } from '@anxin/persistence';

/** The roles as GraphQL shows them (ADMIN…); resolvers see the stored lower-case names. */
export const RoleEnum = {
  ADMIN: 'admin',
  DESIGNER: 'designer',
  AGENT: 'agent',
  ENGINEER: 'engineer',
  SUPERVISOR: 'supervisor',
  FINANCE: 'finance',
  MANAGER: 'manager',
  OWNER: 'owner',
} as const satisfies Record<string, UserRole>;

registerEnumType(RoleEnum, {
  name: 'Role',
  description:
    'ADMIN, DESIGNER (ops staff designing forms, flows, rules, reports), AGENT (客服), ENGINEER, SUPERVISOR (工程主管), FINANCE, MANAGER (项目经理), OWNER (业主).',
});
