import type { AssignmentStep } from './assignment.type';
import { partition, type StepInput, type StepOutcome } from './assignment-step.type';
import { resolveNames } from './rule-list.util';

type RequireSkills = Extract<AssignmentStep, { type: 'requireSkills' }>;

/**
 * Keeps candidates holding all (`match: 'all'`, default) or any (`'any'`) of the skills. Skills come from the step
 * or from `skillsRule` evaluated on the request context (e.g. the skills a ticket category needs).
 *
 * @example `{ "type": "requireSkills", "skillsRule": { "if": [{ "==": [{ "var": "category" }, "燃气"] }, ["gas-cert"], ["plumbing"]] } }`
 */
export function requireSkillsStep({ step, index, candidates, request }: StepInput<RequireSkills>): StepOutcome {
  const resolved = resolveNames(step.skills, step.skillsRule, request, `/steps/${index}/skillsRule`);
  if (!resolved.ok) return resolved;
  const needed = resolved.names;
  const missingOf = (skills: readonly string[]): string[] => needed.filter((s) => !skills.includes(s));
  const keep = (skills: readonly string[]): boolean =>
    step.match === 'any'
      ? needed.length === 0 || needed.some((s) => skills.includes(s))
      : missingOf(skills).length === 0;
  return partition(
    candidates,
    (c) => keep(c.skills),
    (c) => ({ candidateId: c.id, reason: 'MISSING_SKILLS', detail: `missing ${missingOf(c.skills).join(', ')}` }),
  );
}
