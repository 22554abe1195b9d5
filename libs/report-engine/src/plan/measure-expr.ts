import type { DatasetIndex } from '../dataset/dataset-index';
import type { DatasetMeasure, FieldType, MeasureFormat } from '../model/dataset.type';
import type { PlanExpr } from '../model/query-plan.type';
import { compileFilter } from '../filter/compile-filter';
import { fieldExpr, valueNode } from '../filter/filter-context';
import { parseFormula, type Formula } from '../measure/formula';
import { EngineInvariantError } from '../problems/engine-invariant.error';
import { parseColumnRef } from '../dataset/dataset-index';

/** The value a measure aggregates on each row: its field, or its duration; undefined for row counts. */
export function measureInput(measure: DatasetMeasure, index: DatasetIndex): PlanExpr | undefined {
  if (measure.duration) {
    const { from, to, unit } = measure.duration;
    const calendar = measure.duration.calendar ?? index.dataset.calendar;
    const end = (key: string): PlanExpr => {
      const field = index.field(key);
      if (!field) throw EngineInvariantError.unchecked(`duration field ${key}`);
      return fieldExpr(field);
    };
    return {
      kind: 'duration',
      unit,
      from: end(from),
      to: end(to),
      ...(unit === 'workingHours' && calendar ? { calendar } : {}),
    };
  }
  if (measure.field === undefined) return undefined;
  const field = index.field(measure.field);
  if (!field) throw EngineInvariantError.unchecked(`measure field ${measure.field}`);
  return { kind: 'column', ref: parseColumnRef(field.column) };
}

/** Arithmetic over measures, each measure's expression given by `of`. */
export function formulaExpr(formula: Formula, of: (key: string) => PlanExpr | undefined): PlanExpr | undefined {
  switch (formula.kind) {
    case 'number':
      return valueNode(formula.value, 'number');
    case 'measure':
      return of(formula.key);
    case 'op': {
      const [left, right] = [formulaExpr(formula.left, of), formulaExpr(formula.right, of)];
      return left && right ? { kind: 'arith', op: formula.op, left, right } : undefined;
    }
  }
}

/** Parses a checked formula measure. */
export function formulaOf(measure: DatasetMeasure): Formula {
  const { formula } = parseFormula(measure.formula ?? null, '');
  if (!formula) throw EngineInvariantError.unchecked(`formula of ${measure.key}`);
  return formula;
}

/**
 * A measure over the dataset's rows: an aggregate (with `FILTER (WHERE …)` from the measure's filter), `share` as
 * filtered count ÷ count, a formula as arithmetic over the other measures' expressions.
 */
export function measureExpr(measure: DatasetMeasure, index: DatasetIndex, now: Date): PlanExpr {
  const compiled = compileFilter(measure.filter, '', { index, parameters: [], now });
  if (compiled.problems.length > 0) throw EngineInvariantError.unchecked(`filter of ${measure.key}`);
  const filter = compiled.predicate ? { filter: compiled.predicate } : {};
  switch (measure.aggregate) {
    case 'count':
      return { kind: 'aggregate', fn: 'count', ...filter };
    case 'share':
      return {
        kind: 'arith',
        op: '/',
        left: { kind: 'aggregate', fn: 'count', ...filter },
        right: { kind: 'aggregate', fn: 'count' },
      };
    case 'formula':
      return formulaExpr(formulaOf(measure), (key) => {
        const ref = index.measure(key);
        if (!ref) throw EngineInvariantError.unchecked(`formula measure ${key}`);
        return measureExpr(ref, index, now);
      }) as PlanExpr;
    default:
      return { kind: 'aggregate', fn: measure.aggregate, expr: measureInput(measure, index), ...filter };
  }
}

/** The result type of a measure: counts are integers, everything else a number. */
export function measureType(measure: DatasetMeasure): FieldType {
  return measure.aggregate === 'count' || measure.aggregate === 'countDistinct' ? 'integer' : 'number';
}

const DEFAULT_DECIMALS: Readonly<Record<MeasureFormat, number>> = {
  integer: 0,
  decimal: 2,
  percent: 1,
  currency: 2,
  hours: 1,
};

/** A measure's format and decimals, defaulted by its aggregate. */
export function measureFormat(measure: DatasetMeasure): { format: MeasureFormat; decimals: number } {
  const format: MeasureFormat =
    measure.format ??
    (measureType(measure) === 'integer'
      ? 'integer'
      : measure.aggregate === 'share'
        ? 'percent'
        : measure.duration
          ? 'hours'
          : 'decimal');
  return { format, decimals: measure.decimals ?? DEFAULT_DECIMALS[format] };
}
