import type { DatasetField, DatasetMeasure, TimeBucket } from '../model/dataset.type';
import type { PlanExpr, PlanJoin, PlanPredicate, PlanRelation, QueryPlan } from '../model/query-plan.type';

/**
 * Where a report's query reads from: the dataset's own rows, or a rollup. Each method answers `undefined` when the
 * target cannot provide what is asked (a rollup that does not cover a dimension, a measure or a filter).
 */
export interface PlanTarget {
  readonly source: PlanRelation;
  readonly joins: readonly PlanJoin[];
  /** Predicates every query of the target has (a rollup's dataset and key). */
  readonly where: readonly PlanPredicate[];
  readonly rollup?: QueryPlan['rollup'];
  dimension(field: DatasetField, bucket?: TimeBucket): PlanExpr | undefined;
  /** The expression of a dimension's label column; `null` when it has none. */
  label(field: DatasetField): PlanExpr | null | undefined;
  measure(measure: DatasetMeasure): PlanExpr | undefined;
  /** A predicate compiled over the dataset's columns, re-expressed over the target. */
  predicate(predicate: PlanPredicate): PlanPredicate | undefined;
  /** The expression of a dataset column named by the scope. */
  scopeColumn(ref: string): PlanExpr | undefined;
}
