import { spendIterations, type CompiledNode } from '../evaluation/evaluation-context';
import { readPath, splitPath } from '../evaluation/read-path.util';
import { argAt } from './compile-helpers';
import type { CompileInput } from './operation.type';

/** The per-row logic of `sum_by` / `count_where`: a string literal is shorthand for `{ "var": <string> }`. */
export function rowLogic(input: CompileInput): CompiledNode {
  const [, literal] = input.raw;
  if (typeof literal !== 'string') return argAt(input, 1);
  const segments = splitPath(literal);
  return (row) => readPath(row, segments, null);
}

/**
 * Compiles `[rows, logic]` into a numeric fold over the rows (a sub-form's rows): each row's logic value is combined
 * by `step`; not an array gives 0. Iterations count against the rule's array budget.
 */
export function compileRowFold(input: CompileInput, step: (total: number, rowValue: unknown) => number): CompiledNode {
  const rows = argAt(input, 0);
  const logic = rowLogic(input);
  return (data, ctx) => {
    const items = rows(data, ctx);
    if (!Array.isArray(items)) return 0;
    spendIterations(ctx, items.length, input.path);
    let total = 0;
    for (const item of items) total = step(total, logic(item, ctx));
    return total;
  };
}
