import type { Actor } from '../../../common/context/actor.type';
import { narrowToProject, reportScopeOf } from '../report-scope.util';

const actor = (roles: Actor['roles']): Actor => ({
  userId: 'u1',
  tenantId: 't1',
  username: 'x',
  displayName: 'x',
  roles,
  projectIds: ['p1', 'p2'],
  teamIds: ['team-id'],
  teamCodes: ['team-code'],
  unitIds: ['unit-1'],
});

describe('reportScopeOf (the actor as the report engine’s scope)', () => {
  it('should give admins the whole company', () => {
    expect(reportScopeOf(actor(['admin', 'engineer']))).toEqual({ all: true });
  });

  it('should give staff their projects and their own rows', () => {
    expect(reportScopeOf(actor(['supervisor']))).toEqual({ userId: 'u1', projects: ['p1', 'p2'] });
  });

  it('should give engineers their teams by id and code and their own rows, not their projects', () => {
    expect(reportScopeOf(actor(['engineer']))).toEqual({ userId: 'u1', teams: ['team-id', 'team-code'] });
  });

  it('should add an owner-and-staff user’s units to his staff scope', () => {
    expect(reportScopeOf(actor(['agent', 'owner']))).toEqual({
      userId: 'u1',
      projects: ['p1', 'p2'],
      units: ['unit-1'],
    });
  });
});

describe('narrowToProject: a scheduled run per project', () => {
  it('should keep exactly one project the scope sees, and nothing of a project it does not', () => {
    // Given an admin's scope and a manager's of projects p1 and p2
    // When each is narrowed to p2, and the manager's to p3
    // Then p2 alone; and for p3 a scope that sees nothing (never more than the recipient may see)
    expect(narrowToProject({ all: true }, 'p2')).toEqual({ projects: ['p2'] });
    expect(narrowToProject(reportScopeOf(actor(['manager'])), 'p2')).toEqual({ projects: ['p2'] });
    expect(narrowToProject(reportScopeOf(actor(['manager'])), 'p3')).toEqual({ projects: [] });
  });
});
