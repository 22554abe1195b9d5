import type { JsonLogicRule } from '@anxin/rules';
import type { DurationValue, FieldType } from '../model/dataset.type';

/** The table every rollup is stored in (created by the API), and its alias in plans. */
export const ROLLUP_TABLE = { table: 'report_rollup', alias: 'r' } as const;

/**
 * How one rollup is laid out in `report_rollup`:
 *
 * ```text
 * report_rollup(dataset_key text, rollup_key text, day date, dims text[], row_count bigint,
 *               sums double precision[], counts bigint[], mins double precision[], maxs double precision[])
 * ```
 *
 * One row per local `day` of the rollup's time field (in the dataset's zone; null when the time field is) and per
 * combination of dimension values. `row_count` counts the dataset rows of the group.
 *
 * - `dims[i]` (1-based, text): first the rollup's `dimensions` in order, then the label column of each of those
 *   dimensions that has one (in the same order), so labels can be shown without the joins.
 * - Value slot `i` (1-based) fills `sums[i]`, `counts[i]`, `mins[i]`, `maxs[i]` over the group's rows that match
 *   the slot's filter: `sum`, non-null `count`, `min` and `max` of its input. The input is a field, a duration, or
 *   `rows`: the value 1 for each matching row (so `counts[i]` = matching rows). Measures sharing an input and a
 *   filter share a slot.
 *
 * Measures are read back as: count → `sum(row_count)` (with a filter: `sum(counts[i])`); sum → `sum(sums[i])`;
 * avg → `sum(sums[i]) / sum(counts[i])`; min → `min(mins[i])`; max → `max(maxs[i])`; share →
 * `sum(counts[i]) / sum(row_count)`; formula → its arithmetic over the measures it names (stored too).
 */
export interface RollupLayout {
  readonly dataset: string;
  readonly rollup: string;
  readonly timeField: string;
  readonly dims: readonly RollupDim[];
  readonly values: readonly RollupValue[];
  /** Every measure the rollup answers (its `measures` and those their formulas name), and how to read it back. */
  readonly measures: Readonly<Record<string, RollupMeasureRead>>;
}

export interface RollupDim {
  /** 1-based position in `dims`. */
  readonly index: number;
  readonly field: string;
  /** `value`: the field's column; `label`: its label column. */
  readonly kind: 'value' | 'label';
  /** The type the text is cast back to. */
  readonly type: FieldType;
}

/** What a value slot aggregates. */
export type RollupInput =
  | { readonly kind: 'rows' }
  | { readonly kind: 'field'; readonly field: string }
  | { readonly kind: 'duration'; readonly duration: DurationValue };

export interface RollupValue {
  /** 1-based position in `sums`, `counts`, `mins`, `maxs`. */
  readonly index: number;
  readonly input: RollupInput;
  /** Only rows matching this filter (a measure's filter) count. */
  readonly filter?: JsonLogicRule;
  /** The measures reading this slot. */
  readonly measures: readonly string[];
}

export type RollupMeasureRead =
  | { readonly kind: 'rows' }
  | { readonly kind: 'count' | 'sum' | 'avg' | 'min' | 'max' | 'share'; readonly value: number }
  | { readonly kind: 'formula'; readonly measures: readonly string[] };
