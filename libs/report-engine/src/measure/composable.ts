import type { DatasetIndex } from '../dataset/dataset-index';
import type { DatasetMeasure } from '../model/dataset.type';
import { formulaRefs, parseFormula } from './formula';

/** Aggregates a rollup can store as parts (sums, counts, minima, maxima) and recombine over any grouping. */
const COMPOSABLE = new Set(['count', 'sum', 'avg', 'min', 'max', 'share']);

/**
 * Whether a measure can be answered from a rollup: count, sum, avg, min, max, share, and formulas over those.
 * Distinct counts, medians and percentiles cannot be recombined from per-day parts, nor can a measure whose filter
 * uses relative dates be stored.
 */
const RELATIVE = new Set(['inLast', 'inThis', 'inPrevious']);

/** Whether a rule names a relative date anywhere: its rows change with the clock, so no stored day can hold it. */
function usesRelativeDates(rule: unknown): boolean {
  if (Array.isArray(rule)) return rule.some(usesRelativeDates);
  if (typeof rule !== 'object' || rule === null) return false;
  return Object.entries(rule).some(([key, value]) => RELATIVE.has(key) || usesRelativeDates(value));
}

export function isComposable(
  measure: DatasetMeasure,
  index: DatasetIndex,
  seen: ReadonlySet<string> = new Set(),
): boolean {
  if (usesRelativeDates(measure.filter)) return false;
  if (measure.aggregate !== 'formula') return COMPOSABLE.has(measure.aggregate);
  if (seen.has(measure.key) || measure.formula === undefined) return false;
  const { formula } = parseFormula(measure.formula, '');
  if (!formula) return false;
  const inner = new Set([...seen, measure.key]);
  return formulaRefs(formula).every(({ key }) => {
    const ref = index.measure(key);
    return ref !== undefined && isComposable(ref, index, inner);
  });
}
