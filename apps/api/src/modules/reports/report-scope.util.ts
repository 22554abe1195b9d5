import type { UserRole } from '@anxin/persistence';
import type { ReportScope } from '@anxin/report-engine';
import type { Actor } from '../../common/context/actor.type';

/** Who runs reports: staff. Engineers too, within their teams' and their own tickets; owners never. */
export const REPORT_ROLES: readonly UserRole[] = [
  'admin',
  'designer',
  'supervisor',
  'manager',
  'finance',
  'agent',
  'engineer',
];

/**
 * The rows of datasets an actor sees, as ticket access has it (`InstanceAccess`): admins the whole company; staff
 * other than engineers their projects; engineers their teams (by id and by code, as tickets name them); an owner
 * who is also staff his units; everybody the rows assigned to him or started by him.
 */
export function reportScopeOf(actor: Actor): ReportScope {
  if (actor.roles.includes('admin')) return { all: true };
  const projectStaff = actor.roles.some((role) => role !== 'owner' && role !== 'engineer');
  return {
    userId: actor.userId,
    ...(projectStaff ? { projects: [...actor.projectIds] } : {}),
    ...(actor.roles.includes('engineer') ? { teams: [...actor.teamIds, ...actor.teamCodes] } : {}),
    ...(actor.roles.includes('owner') ? { units: [...actor.unitIds] } : {}),
  };
}

/**
 * A scope narrowed to one project the scope sees (a scheduled run per project): exactly that project's rows; a
 * project outside the scope gives a scope that sees nothing (never more than the recipient may see).
 */
export function narrowToProject(scope: ReportScope, projectId: string): ReportScope {
  const sees = scope.all === true || (scope.projects ?? []).includes(projectId);
  return { projects: sees ? [projectId] : [] };
}
