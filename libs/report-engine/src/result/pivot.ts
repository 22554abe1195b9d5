import type { JsonValue } from '@anxin/rules';
import type { ReportRow, ShapedReport } from '../model/report-api.type';

type Pivot = NonNullable<ShapedReport['pivot']>;

function compareValues(a: JsonValue, b: JsonValue): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareTuples(a: readonly JsonValue[], b: readonly JsonValue[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = compareValues(a[i] ?? null, b[i] ?? null);
    if (c !== 0) return c;
  }
  return 0;
}

/** Distinct tuples of `keys` in the order they first appear, indexed by their JSON. */
function distinct(
  rows: readonly ReportRow[],
  keys: readonly string[],
): { tuples: JsonValue[][]; at: Map<string, number> } {
  const at = new Map<string, number>();
  const tuples: JsonValue[][] = [];
  for (const row of rows) {
    const tuple = keys.map((k) => row[k] ?? null);
    const id = JSON.stringify(tuple);
    if (!at.has(id)) {
      at.set(id, tuples.length);
      tuples.push(tuple);
    }
  }
  return { tuples, at };
}

/**
 * The matrix of a pivot: one line per distinct row-dimension tuple (in result order), one column per distinct
 * column-dimension tuple (sorted, nulls last) and measure: `cells[r][c * measureKeys.length + m]`.
 */
export function pivotOf(
  rows: readonly ReportRow[],
  rowKeys: readonly string[],
  columnKeys: readonly string[],
  measureKeys: readonly string[],
): Pivot {
  const lines = distinct(rows, rowKeys);
  const columnValues = distinct(rows, columnKeys).tuples.sort(compareTuples);
  const columnAt = new Map(columnValues.map((t, i) => [JSON.stringify(t), i]));
  const width = columnValues.length * measureKeys.length;
  const cells: JsonValue[][] = lines.tuples.map(() => new Array<JsonValue>(width).fill(null));
  for (const row of rows) {
    const line = cells[lines.at.get(JSON.stringify(rowKeys.map((k) => row[k] ?? null))) ?? -1];
    const column = columnAt.get(JSON.stringify(columnKeys.map((k) => row[k] ?? null))) ?? 0;
    measureKeys.forEach((m, j) => {
      if (line) line[column * measureKeys.length + j] = row[m] ?? null;
    });
  }
  return { rowKeys, columnKeys, measureKeys, rowValues: lines.tuples, columnValues, cells };
}
