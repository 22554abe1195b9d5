import { compileRule } from '../evaluation/evaluate';
import type { RuleEnv } from '../evaluation/rule-env.type';
import { isTruthy } from '../evaluation/truthy.util';
import type { JsonValue } from '../json/json-value.type';
import { isPlainObject } from '../json/plain-object.util';
import { RuleFault } from '../problems/rule-fault.error';
import { childPath, prefixProblems, problem, type RuleProblem } from '../problems/rule-problem.type';
import type { TableValueType } from './decision-table.type';
import { compileRange } from './range-entry';
import { normalizeValue, type NormalizedValue } from './table-value';

/** What a `test` entry sees besides its own input value. */
export interface EntryContext {
  readonly raw: JsonValue;
  readonly inputs: Readonly<Record<string, JsonValue>>;
  readonly env: RuleEnv;
}

/** A compiled input entry. `decidable` entries ignore the context and can be analysed statically. */
export interface CompiledInputEntry {
  readonly decidable: boolean;
  /** Literal values and bounds the entry mentions (for partitioning the column's domain). */
  readonly boundaries: readonly NormalizedValue[];
  readonly matches: (value: NormalizedValue, context: EntryContext | undefined) => boolean;
}

/** A compiled entry, or the problems that prevent it. */
export type EntryCompilation =
  | { readonly entry: CompiledInputEntry; readonly problems: readonly [] }
  | { readonly entry: undefined; readonly problems: readonly RuleProblem[] };

function fail(path: string, message: string): EntryCompilation {
  return { entry: undefined, problems: [problem('TABLE_ENTRY_INVALID', path, message)] };
}

function ok(entry: CompiledInputEntry): EntryCompilation {
  return { entry, problems: [] };
}

function literal(value: unknown, type: TableValueType, path: string): NormalizedValue | RuleProblem {
  const normalized = typeof value === 'object' ? null : normalizeValue(value, type);
  return normalized === null
    ? problem('TABLE_ENTRY_INVALID', path, `${JSON.stringify(value)} is not a ${type}.`)
    : normalized;
}

function compileOneOf(values: unknown, type: TableValueType, path: string): EntryCompilation {
  if (!Array.isArray(values)) return fail(path, '"oneOf" must be a list of literals.');
  const normalized = values.map((v, i) => literal(v, type, childPath(path, i)));
  const problems = normalized.filter((v): v is RuleProblem => typeof v === 'object' && v !== null);
  if (problems.length > 0) return { entry: undefined, problems };
  const set = new Set(normalized.filter((v): v is Exclude<NormalizedValue, null> => typeof v !== 'object'));
  return ok({ decidable: true, boundaries: [...set], matches: (v) => v !== null && set.has(v) });
}

function compileTest(rule: unknown, path: string): EntryCompilation {
  const compiled = compileRule(rule);
  if (!compiled.ok) return { entry: undefined, problems: prefixProblems(path, compiled.problems) };
  const matches = (_value: NormalizedValue, context: EntryContext | undefined): boolean => {
    if (context === undefined) return false;
    const result = compiled.value.evaluate({ value: context.raw, inputs: context.inputs }, context.env);
    if (result.ok) return isTruthy(result.value);
    const [first] = prefixProblems(path, result.problems);
    throw RuleFault.of(first?.code ?? 'EVALUATION_FAILED', first?.path ?? path, first?.message ?? 'Test failed.');
  };
  return ok({ decidable: false, boundaries: [], matches });
}

function compileNot(inner: unknown, type: TableValueType, path: string): EntryCompilation {
  const compiled = compileEntry(inner, type, path);
  const entry = compiled.entry;
  if (entry === undefined) return compiled;
  return ok({ ...entry, matches: (v, context) => !entry.matches(v, context) });
}

/** Compiles one cell of a row against its input column's type. */
export function compileEntry(raw: unknown, type: TableValueType, path: string): EntryCompilation {
  if (!isPlainObject(raw)) {
    const value = literal(raw, type, path);
    return typeof value === 'object' && value !== null
      ? { entry: undefined, problems: [value] }
      : ok({ decidable: true, boundaries: [value], matches: (v) => v === value });
  }
  const keys = Object.keys(raw);
  const [kind] = keys;
  if (keys.length !== 1 || kind === undefined)
    return fail(path, 'An entry object has exactly one of "oneOf", "range", "not", "test".');
  const body = raw[kind];
  switch (kind) {
    case 'oneOf':
      return compileOneOf(body, type, childPath(path, kind));
    case 'range':
      return compileRange(body, type, childPath(path, kind));
    case 'not':
      return compileNot(body, type, childPath(path, kind));
    case 'test':
      return compileTest(body, childPath(path, kind));
    default:
      return fail(path, `Unknown entry "${kind}"; use "oneOf", "range", "not" or "test".`);
  }
}
