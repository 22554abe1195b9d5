// Engineers of one project, as the caller would load them for an assignment.
import type { AssignmentCandidate } from '../assignment.type';

export function engineer(id: string, overrides: Partial<AssignmentCandidate> = {}): AssignmentCandidate {
  return { id, skills: ['plumbing'], teams: ['east'], openTasks: 1, capacity: 5, onDuty: true, ...overrides };
}

export const wang = engineer('wang', { skills: ['plumbing', 'gas-certified'], openTasks: 3 });
export const li = engineer('li', { skills: ['plumbing'], openTasks: 1 });
export const zhao = engineer('zhao', { skills: ['electric'], openTasks: 0 });
export const chen = engineer('chen', { skills: ['plumbing'], openTasks: 1, onDuty: false });
export const sun = engineer('sun', { skills: ['plumbing', 'general'], teams: ['west'], openTasks: 0 });
export const zhou = engineer('zhou', { skills: ['plumbing'], openTasks: 1 });
