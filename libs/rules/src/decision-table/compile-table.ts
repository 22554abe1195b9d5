import { compileRule, type CompiledRule } from '../evaluation/evaluate';
import type { RuleResult } from '../evaluation/rule-result.type';
import { hasErrors, prefixProblems, type RuleProblem } from '../problems/rule-problem.type';
import type { DecisionTable, TableOutputs, TableValueType } from './decision-table.type';
import { compileEntry, type CompiledInputEntry } from './input-entry';
import { validateTable } from './validate-table';

/** An input column ready to run. */
export interface CompiledInput {
  readonly id: string;
  readonly type: TableValueType;
  readonly expression: CompiledRule;
}

/** A row ready to run: one entry per input column, `undefined` for "any". */
export interface CompiledRow {
  readonly id: string;
  readonly entries: readonly (CompiledInputEntry | undefined)[];
  readonly outputs: TableOutputs;
}

/** A validated table with its expressions and entries compiled. */
export interface CompiledTable {
  readonly table: DecisionTable;
  readonly inputs: readonly CompiledInput[];
  readonly rows: readonly CompiledRow[];
  /** Warnings found while compiling (errors prevent compilation). */
  readonly warnings: readonly RuleProblem[];
}

// Memoisation only: definitions are immutable, so a table object always compiles to the same thing.
const cache = new WeakMap<object, RuleResult<CompiledTable>>();

function compileInputs(table: DecisionTable, found: RuleProblem[]): CompiledInput[] {
  return table.inputs.flatMap((input, i) => {
    const compiled = compileRule(input.expression);
    if (compiled.ok) return [{ id: input.id, type: input.type, expression: compiled.value }];
    found.push(...prefixProblems(`/inputs/${i}/expression`, compiled.problems));
    return [];
  });
}

function compileRows(table: DecisionTable, found: RuleProblem[]): CompiledRow[] {
  return table.rules.map((row, r) => {
    const entries = table.inputs.map((input) => {
      const raw = row.when?.[input.id];
      if (raw === undefined) return undefined;
      const compiled = compileEntry(raw, input.type, `/rules/${r}/when/${input.id}`);
      found.push(...compiled.problems);
      return compiled.entry;
    });
    return { id: row.id, entries, outputs: row.then };
  });
}

function build(raw: unknown): RuleResult<CompiledTable> {
  const { table, problems } = validateTable(raw);
  if (table === undefined) return { ok: false, problems };
  const found = [...problems];
  const inputs = compileInputs(table, found);
  const rows = compileRows(table, found);
  if (hasErrors(found)) return { ok: false, problems: found };
  return { ok: true, value: { table, inputs, rows, warnings: found } };
}

/** Validates and compiles a decision table, once per table object. */
export function compileTable(raw: unknown): RuleResult<CompiledTable> {
  if (typeof raw !== 'object' || raw === null) return build(raw);
  const cached = cache.get(raw);
  if (cached) return cached;
  const result = build(raw);
  cache.set(raw, result);
  return result;
}
