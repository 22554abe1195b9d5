import { measureRule, type RuleMeasure } from '../json/measure-rule.util';
import { RuleFault } from '../problems/rule-fault.error';
import { problem, type RuleProblem } from '../problems/rule-problem.type';
import { compileNode } from './compile-node';
import type { CompiledNode } from './evaluation-context';
import type { RuleLimits } from './rule-limits';

/** Measurement stops here whatever the limits say, so a cyclic or gigantic rule stays cheap to reject. */
const DEPTH_CAP = 1024;
const BYTE_CAP = 16 * 1024 * 1024;

/** A rule measured and (when possible) compiled; independent of limits, so it can be cached by rule identity. */
export interface CompiledEntry {
  readonly measure: RuleMeasure;
  readonly node: CompiledNode | undefined;
  readonly compileProblems: readonly RuleProblem[];
}

// Memoisation only: rules are immutable definitions, so the compiled closures depend on nothing else.
const cache = new WeakMap<object, CompiledEntry>();

function build(rule: unknown): CompiledEntry {
  const measure = measureRule(rule, DEPTH_CAP, BYTE_CAP);
  if (measure.notJsonAt !== undefined || measure.depth > DEPTH_CAP || measure.bytes > BYTE_CAP) {
    return { measure, node: undefined, compileProblems: [] };
  }
  try {
    return { measure, node: compileNode(rule, ''), compileProblems: [] };
  } catch (error) {
    if (error instanceof RuleFault) return { measure, node: undefined, compileProblems: [error.problem] };
    throw error;
  }
}

/** The compiled entry of a rule, from the cache when the same rule object was compiled before. */
export function compiledEntry(rule: unknown): CompiledEntry {
  if (typeof rule !== 'object' || rule === null) return build(rule);
  const cached = cache.get(rule);
  if (cached) return cached;
  const entry = build(rule);
  cache.set(rule, entry);
  return entry;
}

/** Problems that stop this rule under these limits: not JSON, too deep, too large, or not compilable. */
export function entryProblems(entry: CompiledEntry, limits: RuleLimits): RuleProblem[] {
  const { measure } = entry;
  if (measure.notJsonAt !== undefined) {
    return [
      problem(
        'RULE_NOT_JSON',
        measure.notJsonAt,
        'Rules must be JSON: no undefined, functions, NaN or class instances.',
      ),
    ];
  }
  const maxDepth = Math.min(limits.maxDepth, DEPTH_CAP);
  const maxBytes = Math.min(limits.maxRuleBytes, BYTE_CAP);
  const found: RuleProblem[] = [];
  if (measure.depth > maxDepth) {
    found.push(problem('RULE_TOO_DEEP', '', `Rule is nested deeper than ${maxDepth} levels.`));
  }
  if (measure.bytes > maxBytes) {
    found.push(problem('RULE_TOO_LARGE', '', `Rule exceeds ${maxBytes} bytes of JSON.`));
  }
  return found.length > 0 ? found : [...entry.compileProblems];
}

/** True when the entry can run under these limits. */
export function isRunnable(entry: CompiledEntry, limits: RuleLimits): entry is CompiledEntry & { node: CompiledNode } {
  return (
    entry.node !== undefined && entry.measure.depth <= limits.maxDepth && entry.measure.bytes <= limits.maxRuleBytes
  );
}
