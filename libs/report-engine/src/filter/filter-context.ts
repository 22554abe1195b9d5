import type { DatasetIndex } from '../dataset/dataset-index';
import type { DatasetField, FieldType } from '../model/dataset.type';
import type { PlanExpr, PlanPredicate } from '../model/query-plan.type';
import type { ReportProblem } from '../model/report-problem.type';
import type { ReportParameter } from '../model/report.type';
import type { ResolvedParams } from '../params/resolve-params';
import { parseColumnRef } from '../dataset/dataset-index';

/** What compiling a filter needs. */
export interface FilterContext {
  readonly index: DatasetIndex;
  /** Parameters the filter may name (a report's; none in a measure's filter). */
  readonly parameters: readonly ReportParameter[];
  /** Coerced parameter values; absent when only checking (each declared parameter then stands for some value). */
  readonly params?: ResolvedParams;
  /** The clock of relative dates (any instant when only checking). */
  readonly now: Date;
}

/** A compiled filter: `undefined` predicate when nothing constrains (no filter, or every part widened away). */
export interface CompiledFilter {
  readonly predicate?: PlanPredicate;
  readonly problems: ReportProblem[];
}

/** The expression of a field's column on the dataset's rows. */
export function fieldExpr(field: DatasetField): PlanExpr {
  return { kind: 'column', ref: parseColumnRef(field.column) };
}

export function valueNode(value: string | number | boolean | null, type: FieldType): PlanExpr {
  return { kind: 'value', value, type };
}

/** ANDs predicates, leaving out absent ones; undefined when none is left. */
export function andAll(items: readonly (PlanPredicate | undefined)[]): PlanPredicate | undefined {
  const present = items.filter((p): p is PlanPredicate => p !== undefined);
  if (present.length <= 1) return present[0];
  return { kind: 'and', items: present };
}
