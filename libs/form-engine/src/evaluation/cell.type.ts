import type { JsonObject, JsonValue } from '@anxin/rules';
import type { PlanField } from '../plan/form-plan.type';
import type { Where } from './run';

/** One row of a sub-form after resolution. */
export interface Row extends Where {
  readonly index: number;
  /** Columns in declaration order. */
  readonly cells: readonly Cell[];
  /** The row's stored value: visible columns in declaration order. */
  readonly values: JsonObject;
}

/** A field (or a sub-form cell) after resolution: what it shows, whether it can be written, its value. */
export interface Cell extends Where {
  readonly field: PlanField;
  readonly visible: boolean;
  readonly readOnly: boolean;
  /** Hidden from this user by permissions: the stored value is kept and never shown. */
  readonly withheld: boolean;
  /** Computed by a rule (always read-only, always checked). */
  readonly computed: boolean;
  /** The value; `null` when there is none. */
  readonly value: JsonValue;
  /** Whether the value belongs in the stored submission (hidden fields do not). */
  readonly present: boolean;
  /** The input could not be coerced (already reported): no further checks. */
  readonly invalid: boolean;
  /** The stored value of the field, if any. */
  readonly previous: JsonValue | undefined;
  readonly rows: readonly Row[] | undefined;
}
