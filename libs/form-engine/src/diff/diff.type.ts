import type { JsonValue } from '@anxin/rules';
import type { FieldType } from '../model/field-type';

/** Why a change can break clients, stored submissions or the process the form starts. */
export type BreakingReason =
  | 'TYPE_CHANGED'
  | 'REQUIRED_ADDED'
  | 'OPTION_REMOVED'
  | 'CONSTRAINT_TIGHTENED'
  | 'PROCESS_VARIABLE_REMOVED'
  | 'PROCESS_CHANGED';

export interface BreakingChange {
  readonly code: BreakingReason;
  /** The field (`materials.quantity`), or `""` for the form itself. */
  readonly path: string;
  readonly message: string;
}

/** One property that differs; `before`/`after` are absent when the property was added or removed. */
export interface PropertyChange {
  readonly property: string;
  readonly before?: JsonValue;
  readonly after?: JsonValue;
}

/** A field that was added, removed or changed; `path` is its key, or `subForm.column`. */
export interface FieldDiff {
  readonly path: string;
  readonly type: FieldType;
  readonly changes: readonly PropertyChange[];
  readonly breaking: readonly BreakingChange[];
}

/** What publishing version `b` over version `a` changes, for the publish screen. */
export interface FormDiff {
  readonly added: readonly FieldDiff[];
  readonly removed: readonly FieldDiff[];
  readonly changed: readonly FieldDiff[];
  /** Properties of the form itself (title, columns, startsProcess, processVariables). */
  readonly form: readonly PropertyChange[];
  /** Every breaking change, fields and form. */
  readonly breaking: readonly BreakingChange[];
}
