import type { JsonValue } from '@anxin/rules';
import { roundToFen } from '../china/money.util';
import type { PlanAggregate } from '../plan/form-plan.type';
import { isPlainRecord, ownValue } from './plain-record.util';

/**
 * An aggregate over a sub-form's rows: `count` rows (or non-empty cells of a column), `sum`, `avg`, `min`, `max`
 * of a numeric column (empty cells skipped). No rows: sum and count are 0, the others `null`. Over a money
 * column the result is rounded to the fen.
 */
export function aggregateValue(aggregate: PlanAggregate, rows: unknown): JsonValue {
  const list = Array.isArray(rows) ? rows : [];
  const column = aggregate.def.field;
  if (column === undefined) return aggregate.def.op === 'count' ? list.length : null;
  const cells = list.map((row) => (isPlainRecord(row) ? ownValue(row, column) : undefined));
  if (aggregate.def.op === 'count') return cells.filter((c) => c !== undefined && c !== null).length;
  const numbers = cells.filter((c): c is number => typeof c === 'number' && Number.isFinite(c));
  const sum = numbers.reduce((total, n) => total + n, 0);
  const result = {
    sum,
    avg: numbers.length === 0 ? null : sum / numbers.length,
    min: numbers.length === 0 ? null : Math.min(...numbers),
    max: numbers.length === 0 ? null : Math.max(...numbers),
  }[aggregate.def.op];
  if (result === null || result === undefined) return null;
  return aggregate.column?.kind.type === 'money' ? roundToFen(result) : Number(result.toPrecision(15)) + 0;
}
