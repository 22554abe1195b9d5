import type { RuleEnv } from '../evaluation/rule-env.type';
import type { JsonValue } from '../json/json-value.type';
import { RuleFault } from '../problems/rule-fault.error';
import { prefixProblems, type RuleProblem } from '../problems/rule-problem.type';
import { compileTable, type CompiledRow, type CompiledTable } from './compile-table';
import type { TableEvaluation } from './decision-table.type';
import { applyHitPolicy } from './hit-policy';
import type { EntryContext } from './input-entry';
import { normalizeValue, type NormalizedValue } from './table-value';

/** The result of `evaluateTable`: the decision with its explanation, or the problems that prevented it. */
export type TableResult = TableEvaluation | { readonly ok: false; readonly problems: readonly RuleProblem[] };

type InputValues = { readonly raw: Record<string, JsonValue>; readonly normalized: NormalizedValue[] };

function evaluateInputs(compiled: CompiledTable, data: unknown, env: RuleEnv): InputValues | RuleProblem[] {
  const raw: Record<string, JsonValue> = {};
  const normalized: NormalizedValue[] = [];
  for (const [i, input] of compiled.inputs.entries()) {
    const result = input.expression.evaluate(data, env);
    if (!result.ok) return prefixProblems(`/inputs/${i}/expression`, result.problems);
    raw[input.id] = result.value;
    normalized.push(normalizeValue(result.value, input.type));
  }
  return { raw, normalized };
}

function rowMatches(row: CompiledRow, compiled: CompiledTable, values: InputValues, env: RuleEnv): boolean {
  return row.entries.every((entry, i) => {
    if (entry === undefined) return true;
    const input = compiled.inputs[i];
    const context: EntryContext = { raw: input ? (values.raw[input.id] ?? null) : null, inputs: values.raw, env };
    return entry.matches(values.normalized[i] ?? null, context);
  });
}

/**
 * Evaluates a decision table (a `DecisionTable`, validated first) against data: computes each input expression, matches every row, applies the hit
 * policy. Returns the decision with the input values, all matched row ids and the applied row ids, so a ticket
 * can show why it went to a team; or `{ ok: false, problems }` for an invalid table, a failing expression or a
 * violated UNIQUE policy. Never throws for bad tables or data.
 *
 * @example
 * ```ts
 * const result = evaluateTable(dispatchTable, { category: '漏水', area: '室内' });
 * if (result.ok && result.decision.kind === 'single') assignTeam(result.decision.output?.team, result.appliedRuleIds);
 * ```
 */
export function evaluateTable(table: unknown, data: unknown, env: RuleEnv = {}): TableResult {
  const compiled = compileTable(table);
  if (!compiled.ok) return compiled;
  const values = evaluateInputs(compiled.value, data, env);
  if (Array.isArray(values)) return { ok: false, problems: values };
  let matched: CompiledRow[];
  try {
    matched = compiled.value.rows.filter((row) => rowMatches(row, compiled.value, values, env));
  } catch (error) {
    if (error instanceof RuleFault) return { ok: false, problems: [error.problem] };
    throw error;
  }
  const outcome = applyHitPolicy(compiled.value.table, matched);
  if (!outcome.ok) return { ok: false, problems: [outcome.problem] };
  return {
    ok: true,
    decision: outcome.decision,
    inputs: values.raw,
    matchedRuleIds: matched.map((r) => r.id),
    appliedRuleIds: outcome.applied.map((r) => r.id),
  };
}
