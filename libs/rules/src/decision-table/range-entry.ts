import { isPlainObject } from '../json/plain-object.util';
import { childPath, problem, type RuleProblem } from '../problems/rule-problem.type';
import type { TableValueType } from './decision-table.type';
import type { EntryCompilation } from './input-entry';
import { isOrdered, normalizeValue } from './table-value';

type BoundKey = 'gt' | 'gte' | 'lt' | 'lte';
const BOUND_KEYS: readonly BoundKey[] = ['gt', 'gte', 'lt', 'lte'];

function invalid(path: string, message: string): EntryCompilation {
  return { entry: undefined, problems: [problem('TABLE_ENTRY_INVALID', path, message)] };
}

function readBounds(
  body: Record<string, unknown>,
  type: TableValueType,
  path: string,
): Map<BoundKey, number> | RuleProblem {
  const bounds = new Map<BoundKey, number>();
  for (const key of Object.keys(body)) {
    if (!(BOUND_KEYS as readonly string[]).includes(key))
      return problem('TABLE_ENTRY_INVALID', path, `Unknown bound "${key}".`);
    const value = normalizeValue(body[key], type);
    if (typeof value !== 'number') {
      return problem('TABLE_ENTRY_INVALID', childPath(path, key), `${JSON.stringify(body[key])} is not a ${type}.`);
    }
    bounds.set(key as BoundKey, value);
  }
  return bounds;
}

/** Compiles `{ range: { gt|gte, lt|lte } }` on a number or date column. */
export function compileRange(body: unknown, type: TableValueType, path: string): EntryCompilation {
  if (!isOrdered(type)) return invalid(path, `Ranges need a number or date input, not ${type}.`);
  if (!isPlainObject(body)) return invalid(path, 'A range is an object of bounds: gt, gte, lt, lte.');
  const bounds = readBounds(body, type, path);
  if (!(bounds instanceof Map)) return { entry: undefined, problems: [bounds] };
  if (bounds.size === 0) return invalid(path, 'A range needs at least one bound.');
  if ((bounds.has('gt') && bounds.has('gte')) || (bounds.has('lt') && bounds.has('lte'))) {
    return invalid(path, 'A range has at most one lower and one upper bound.');
  }
  const gt = bounds.get('gt');
  const gte = bounds.get('gte');
  const lt = bounds.get('lt');
  const lte = bounds.get('lte');
  const matches = (v: unknown): boolean =>
    typeof v === 'number' &&
    (gt === undefined || v > gt) &&
    (gte === undefined || v >= gte) &&
    (lt === undefined || v < lt) &&
    (lte === undefined || v <= lte);
  return { entry: { decidable: true, boundaries: [...bounds.values()], matches }, problems: [] };
}
