import type { AssignmentStep } from './assignment.type';
import { partition, type StepInput, type StepOutcome } from './assignment-step.type';
import { resolveNames } from './rule-list.util';

type InTeams = Extract<AssignmentStep, { type: 'inTeams' }>;

/** Keeps candidates belonging to at least one of the teams (literal, or from `teamsRule` over the context). */
export function inTeamsStep({ step, index, candidates, request }: StepInput<InTeams>): StepOutcome {
  const resolved = resolveNames(step.teams, step.teamsRule, request, `/steps/${index}/teamsRule`);
  if (!resolved.ok) return resolved;
  const teams = resolved.names;
  return partition(
    candidates,
    (c) => c.teams.some((t) => teams.includes(t)),
    (c) => ({
      candidateId: c.id,
      reason: 'NOT_IN_TEAMS',
      detail: `in ${c.teams.join(', ') || 'no team'}, needs ${teams.join(' or ')}`,
    }),
  );
}
