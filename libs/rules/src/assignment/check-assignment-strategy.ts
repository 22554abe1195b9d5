import { checkRule } from '../checking/check-rule';
import type { RuleScope } from '../checking/rule-scope.type';
import { isPlainObject } from '../json/plain-object.util';
import { childPath, prefixProblems, problem, type RuleProblem } from '../problems/rule-problem.type';
import type { AssignmentStepType } from './assignment.type';

const FILTER_KEYS = ['type', 'soft', 'description'];
const STEP_KEYS: Readonly<Record<AssignmentStepType, readonly string[]>> = {
  requireSkills: [...FILTER_KEYS, 'skills', 'skillsRule', 'match'],
  inTeams: [...FILTER_KEYS, 'teams', 'teamsRule'],
  onDutyOnly: FILTER_KEYS,
  underCapacity: FILTER_KEYS,
  leastLoaded: ['type', 'measure', 'description'],
  preferPrevious: ['type', 'description'],
  roundRobin: ['type', 'cursor', 'description'],
};
const FALLBACK_KEYS: Readonly<Record<string, readonly string[]>> = {
  escalate: ['policy', 'to'],
  assignTo: ['policy', 'candidateId'],
  leaveUnassigned: ['policy'],
};

const invalid = (path: string, message: string): RuleProblem => problem('ASSIGNMENT_INVALID', path, message);

function unknownKeys(value: Record<string, unknown>, allowed: readonly string[], path: string): RuleProblem[] {
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => invalid(childPath(path, key), `Unknown property "${key}".`));
}

function isNameList(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v !== '');
}

/** `skills`/`skillsRule` (or `teams`/`teamsRule`): exactly one, a non-empty list or a rule yielding one. */
function checkNames(
  step: Record<string, unknown>,
  list: string,
  path: string,
  scope: RuleScope | undefined,
): RuleProblem[] {
  const rule = `${list}Rule`;
  if ((step[list] === undefined) === (step[rule] === undefined))
    return [invalid(path, `Give either "${list}" or "${rule}".`)];
  if (step[rule] !== undefined)
    return prefixProblems(childPath(path, rule), checkRule(step[rule], scope, { expect: 'array' }));
  return isNameList(step[list]) ? [] : [invalid(childPath(path, list), `"${list}" is a non-empty list of names.`)];
}

function checkOptions(step: Record<string, unknown>, path: string): RuleProblem[] {
  const found: RuleProblem[] = [];
  if (step.soft !== undefined && typeof step.soft !== 'boolean')
    found.push(invalid(childPath(path, 'soft'), '"soft" is true or false.'));
  if (step.match !== undefined && step.match !== 'all' && step.match !== 'any')
    found.push(invalid(childPath(path, 'match'), '"match" is "all" or "any".'));
  if (step.measure !== undefined && step.measure !== 'openTasks' && step.measure !== 'utilisation') {
    found.push(invalid(childPath(path, 'measure'), '"measure" is "openTasks" or "utilisation".'));
  }
  if (step.cursor !== undefined && (typeof step.cursor !== 'string' || step.cursor === ''))
    found.push(invalid(childPath(path, 'cursor'), '"cursor" is a name.'));
  return found;
}

function checkStep(step: unknown, path: string, scope: RuleScope | undefined): RuleProblem[] {
  if (!isPlainObject(step)) return [invalid(path, 'A step is an object with a "type".')];
  const type = step.type as AssignmentStepType;
  const allowed = typeof type === 'string' ? STEP_KEYS[type] : undefined;
  if (allowed === undefined || !Object.hasOwn(STEP_KEYS, type))
    return [invalid(childPath(path, 'type'), `Unknown step type ${JSON.stringify(step.type)}.`)];
  const found = [...unknownKeys(step, allowed, path), ...checkOptions(step, path)];
  if (type === 'requireSkills') found.push(...checkNames(step, 'skills', path, scope));
  if (type === 'inTeams') found.push(...checkNames(step, 'teams', path, scope));
  return found;
}

function checkSteps(steps: unknown, scope: RuleScope | undefined): RuleProblem[] {
  if (!Array.isArray(steps)) return [invalid('/steps', '"steps" is a list.')];
  const found = steps.flatMap((step, i) => checkStep(step, `/steps/${i}`, scope));
  const rotation = steps.findIndex((step) => isPlainObject(step) && step.type === 'roundRobin');
  if (rotation !== -1 && rotation < steps.length - 1) {
    const message = 'roundRobin keeps one candidate: steps after it can only remove that candidate.';
    found.push(problem('ASSIGNMENT_STEP_ORDER', `/steps/${rotation + 1}`, message, 'warning'));
  }
  return found;
}

function checkFallback(fallback: unknown): RuleProblem[] {
  if (!isPlainObject(fallback))
    return [invalid('/fallback', 'A strategy needs a fallback: escalate, assignTo or leaveUnassigned.')];
  const allowed =
    typeof fallback.policy === 'string' && Object.hasOwn(FALLBACK_KEYS, fallback.policy)
      ? FALLBACK_KEYS[fallback.policy]
      : undefined;
  if (allowed === undefined)
    return [invalid('/fallback/policy', 'The fallback policy is escalate, assignTo or leaveUnassigned.')];
  const found = unknownKeys(fallback, allowed, '/fallback');
  if (fallback.policy === 'assignTo' && (typeof fallback.candidateId !== 'string' || fallback.candidateId === '')) {
    found.push(invalid('/fallback/candidateId', 'assignTo needs the id of who receives the task.'));
  }
  if (fallback.to !== undefined && typeof fallback.to !== 'string')
    found.push(invalid('/fallback/to', '"to" names a role or queue.'));
  return found;
}

/**
 * Checks an assignment strategy definition: known step types and options, exactly one of `skills`/`skillsRule`
 * (and `teams`/`teamsRule`), rules checked with `checkRule` against `scope` (the ticket's variables), steps after
 * `roundRobin` (a warning), and the fallback. Never throws.
 */
export function checkAssignmentStrategy(strategy: unknown, scope?: RuleScope): RuleProblem[] {
  if (!isPlainObject(strategy)) return [invalid('', 'A strategy is a JSON object.')];
  const found = unknownKeys(strategy, ['$schema', 'key', 'name', 'description', 'steps', 'fallback'], '');
  if (typeof strategy.key !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(strategy.key))
    found.push(invalid('/key', 'A strategy needs a kebab-case key.'));
  return [...found, ...checkSteps(strategy.steps, scope), ...checkFallback(strategy.fallback)];
}
