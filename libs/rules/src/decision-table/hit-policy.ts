import type { JsonValue } from '../json/json-value.type';
import { problem, type RuleProblem } from '../problems/rule-problem.type';
import type { CompiledRow } from './compile-table';
import type { CollectAggregation, DecisionTable, TableDecision } from './decision-table.type';

/** The decision and the rows it came from, or why the hit policy refuses the matches. */
export type HitPolicyOutcome =
  | { readonly ok: true; readonly decision: TableDecision; readonly applied: readonly CompiledRow[] }
  | { readonly ok: false; readonly problem: RuleProblem };

/** Rank of each prioritised output of a row (lower is higher priority; unknown values rank last). */
function rankOf(table: DecisionTable, row: CompiledRow): number[] {
  return table.outputs
    .filter((o) => o.priorities !== undefined)
    .map((o) => {
      const index = (o.priorities ?? []).indexOf(row.outputs[o.id] as never);
      return index === -1 ? Number.POSITIVE_INFINITY : index;
    });
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** PRIORITY: the matching row whose outputs rank highest, output by output; ties go to the earlier row. */
function highestPriority(table: DecisionTable, matched: readonly CompiledRow[]): CompiledRow | undefined {
  let best: { row: CompiledRow; rank: number[] } | undefined;
  for (const row of matched) {
    const rank = rankOf(table, row);
    if (best === undefined || compareRanks(rank, best.rank) < 0) best = { row, rank };
  }
  return best?.row;
}

/** COLLECT with an aggregation: SUM, MIN and MAX of the single output (`null` without matches), COUNT of rows. */
function aggregate(aggregation: CollectAggregation, outputId: string, matched: readonly CompiledRow[]): number | null {
  if (aggregation === 'COUNT') return matched.length;
  const values = matched
    .map((row) => row.outputs[outputId])
    .filter((v: JsonValue | undefined): v is number => typeof v === 'number');
  if (values.length === 0) return null;
  switch (aggregation) {
    case 'SUM':
      return values.reduce((a, b) => a + b, 0);
    case 'MIN':
      return Math.min(...values);
    case 'MAX':
      return Math.max(...values);
  }
}

function single(row: CompiledRow | undefined): HitPolicyOutcome {
  return { ok: true, decision: { kind: 'single', output: row ? row.outputs : null }, applied: row ? [row] : [] };
}

/** Applies the table's hit policy to the rows that matched (in table order). */
export function applyHitPolicy(table: DecisionTable, matched: readonly CompiledRow[]): HitPolicyOutcome {
  switch (table.hitPolicy) {
    case 'UNIQUE':
      if (matched.length > 1) {
        const ids = matched.map((r) => r.id).join(', ');
        return {
          ok: false,
          problem: problem('TABLE_UNIQUE_VIOLATION', '/rules', `UNIQUE table matched several rows: ${ids}.`),
        };
      }
      return single(matched[0]);
    case 'FIRST':
      return single(matched[0]);
    case 'PRIORITY':
      return single(highestPriority(table, matched));
    case 'COLLECT': {
      const { aggregation } = table;
      if (aggregation === undefined)
        return { ok: true, decision: { kind: 'list', outputs: matched.map((r) => r.outputs) }, applied: matched };
      const value = aggregate(aggregation, table.outputs[0]?.id ?? '', matched);
      return { ok: true, decision: { kind: 'aggregate', aggregation, value }, applied: matched };
    }
  }
}
