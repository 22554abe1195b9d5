import { problem, type RuleProblem } from '../problems/rule-problem.type';
import { forEachCombination, productSize } from './combinations.util';
import type { CompiledTable } from './compile-table';
import { columnCells, entryMask, type Cell } from './table-cells';

/** Above this many cell combinations, shadowing and coverage are not computed (reported as undecidable). */
export const MAX_COMBINATIONS = 10_000;

/** A row seen through the cells: per column, which cells it matches (`undefined`: a `test`, unknown). */
interface RowCells {
  readonly index: number;
  readonly id: string;
  readonly masks: readonly (readonly boolean[] | undefined)[];
  readonly decidable: boolean;
  readonly empty: boolean;
}

interface Grid {
  readonly columns: readonly Cell[][];
  readonly rows: readonly RowCells[];
  readonly describe: (combination: readonly number[]) => string;
}

function buildGrid(compiled: CompiledTable): Grid {
  const { table } = compiled;
  const columns = table.inputs.map((input, c) =>
    columnCells(
      input,
      compiled.rows.map((row) => row.entries[c]),
    ),
  );
  const rows = compiled.rows.map((row, index) => {
    const masks = row.entries.map((entry, c) => entryMask(entry, columns[c] ?? []));
    const decidable = masks.every((m) => m !== undefined);
    const empty = masks.some((m) => m !== undefined && !m.includes(true));
    return { index, id: row.id, masks, decidable, empty };
  });
  const describe = (combination: readonly number[]): string =>
    combination.map((cell, c) => `${table.inputs[c]?.id ?? '?'} ${columns[c]?.[cell]?.label ?? '?'}`).join(', ');
  return { columns, rows, describe };
}

function covers(row: RowCells, combination: readonly number[]): boolean {
  return combination.every((cell, c) => row.masks[c]?.[cell] === true);
}

function neverMatching(grid: Grid): RuleProblem[] {
  return grid.rows
    .filter((row) => row.empty)
    .map((row) =>
      problem(
        'TABLE_ROW_NEVER_MATCHES',
        `/rules/${row.index}`,
        `Row "${row.id}" can never match: one of its entries matches no value.`,
        'warning',
      ),
    );
}

/** First combination both rows match, if any. */
function overlapOf(a: RowCells, b: RowCells): number[] | undefined {
  const shared: number[] = [];
  for (const [c, mask] of a.masks.entries()) {
    const cell = mask?.findIndex((m, k) => m && b.masks[c]?.[k] === true) ?? -1;
    if (cell === -1) return undefined;
    shared.push(cell);
  }
  return shared;
}

function overlaps(grid: Grid): RuleProblem[] {
  const rows = grid.rows.filter((row) => row.decidable && !row.empty);
  const found: RuleProblem[] = [];
  rows.forEach((b, j) =>
    rows.slice(0, j).forEach((a) => {
      const shared = overlapOf(a, b);
      if (shared)
        found.push(
          problem(
            'TABLE_OVERLAP',
            `/rules/${b.index}`,
            `Rows "${a.id}" and "${b.id}" both match when ${grid.describe(shared)}.`,
          ),
        );
    }),
  );
  return found;
}

function shadowed(grid: Grid): RuleProblem[] {
  const found: RuleProblem[] = [];
  grid.rows.forEach((row, j) => {
    if (!row.decidable || row.empty) return;
    const earlier = grid.rows.slice(0, j).filter((r) => r.decidable);
    const choices = row.masks.map((mask) => (mask ?? []).flatMap((m, k) => (m ? [k] : [])));
    if (earlier.length === 0 || productSize(choices.map((c) => c.length)) > MAX_COMBINATIONS) return;
    let hidden = true;
    forEachCombination(
      choices.map((c) => c.length),
      (picked) => {
        const combination = picked.map((k, c) => choices[c]?.[k] ?? 0);
        hidden = earlier.some((r) => covers(r, combination));
        return hidden;
      },
    );
    if (hidden)
      found.push(
        problem(
          'TABLE_ROW_SHADOWED',
          `/rules/${row.index}`,
          `Row "${row.id}" is never applied: earlier rows match everything it matches.`,
          'warning',
        ),
      );
  });
  return found;
}

function coverage(grid: Grid): RuleProblem[] {
  const sizes = grid.columns.map((cells) => cells.length);
  if (productSize(sizes) > MAX_COMBINATIONS) {
    return [
      problem(
        'TABLE_ANALYSIS_UNDECIDABLE',
        '',
        `Too many input combinations to verify "complete" (over ${MAX_COMBINATIONS}).`,
        'info',
      ),
    ];
  }
  const gaps: string[] = [];
  let count = 0;
  forEachCombination(sizes, (combination) => {
    if (!grid.rows.some((row) => row.decidable && covers(row, combination))) {
      count += 1;
      if (gaps.length < 3) gaps.push(grid.describe(combination));
    }
    return true;
  });
  if (count === 0) return [];
  if (grid.rows.some((row) => !row.decidable)) {
    return [
      problem(
        'TABLE_ANALYSIS_UNDECIDABLE',
        '/rules',
        `Completeness depends on "test" entries; uncertain for: ${gaps.join('; ')}.`,
        'warning',
      ),
    ];
  }
  return [
    problem('TABLE_INCOMPLETE', '/rules', `${count} input combination(s) match no row, e.g. ${gaps.join('; ')}.`),
  ];
}

/**
 * Static analysis of a compiled table over the cells of its inputs: rows that can never match, overlapping rows
 * under UNIQUE, rows hidden by earlier ones under FIRST, and gaps when the table declares `complete: true`.
 * Rows with `test` entries are left out where they would make the answer uncertain.
 */
export function analyseTable(compiled: CompiledTable): RuleProblem[] {
  const grid = buildGrid(compiled);
  const { hitPolicy, complete } = compiled.table;
  return [
    ...neverMatching(grid),
    ...(hitPolicy === 'UNIQUE' ? overlaps(grid) : []),
    ...(hitPolicy === 'FIRST' ? shadowed(grid) : []),
    ...(complete === true ? coverage(grid) : []),
  ];
}
