import type { DecisionTableInput } from './decision-table.type';
import type { CompiledInputEntry } from './input-entry';
import { formatValue, normalizeValue, type NormalizedValue } from './table-value';

/**
 * One cell of a column's domain: a representative value and how to describe the cell. Every decidable entry
 * either matches the whole cell or none of it, because cells are cut at every literal and bound the column uses:
 *
 *   boundaries 100, 500   →   (< 100) | = 100 | (100, 500) | = 500 | (> 500)
 *   representatives           99      100     300       500     501
 */
export interface Cell {
  readonly value: NormalizedValue;
  readonly label: string;
}

/** Stands for every string the column never mentions. */
const OTHER_STRING = '\u0000other';

function distinct(values: readonly NormalizedValue[]): NormalizedValue[] {
  return [...new Set(values.filter((v) => v !== null))];
}

function orderedCells(boundaries: readonly number[], input: DecisionTableInput): Cell[] {
  const points = [...new Set(boundaries)].sort((a, b) => a - b);
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return [{ value: 0, label: 'any value' }];
  const show = (v: number): string => formatValue(v, input.type);
  const cells: Cell[] = [{ value: first - 1, label: `< ${show(first)}` }];
  points.forEach((point, i) => {
    cells.push({ value: point, label: `= ${show(point)}` });
    const next = points[i + 1];
    if (next !== undefined) cells.push({ value: (point + next) / 2, label: `in (${show(point)}, ${show(next)})` });
  });
  cells.push({ value: last + 1, label: `> ${show(last)}` });
  return cells;
}

/** Partitions an input column's domain into cells, from its declared values or the entries of all rows. */
export function columnCells(input: DecisionTableInput, entries: readonly (CompiledInputEntry | undefined)[]): Cell[] {
  if (input.type === 'boolean') return [true, false].map((value) => ({ value, label: `= ${String(value)}` }));
  if (input.values !== undefined) {
    return distinct(input.values.map((v) => normalizeValue(v, input.type))).map((value) => ({
      value,
      label: `= ${formatValue(value, input.type)}`,
    }));
  }
  const boundaries = entries.flatMap((entry) => (entry?.decidable ? entry.boundaries : []));
  if (input.type === 'string') {
    const literals = distinct(boundaries);
    return [
      ...literals.map((value) => ({ value, label: `= ${formatValue(value, 'string')}` })),
      { value: OTHER_STRING, label: 'is any other value' },
    ];
  }
  return orderedCells(
    boundaries.filter((b): b is number => typeof b === 'number'),
    input,
  );
}

/** Which cells an entry matches; `undefined` (an absent entry) matches all, an undecidable entry gives `undefined`. */
export function entryMask(entry: CompiledInputEntry | undefined, cells: readonly Cell[]): boolean[] | undefined {
  if (entry === undefined) return cells.map(() => true);
  if (!entry.decidable) return undefined;
  return cells.map((cell) => entry.matches(cell.value, undefined));
}
