import type { JsonObject, JsonValue } from '@anxin/rules';
import type { OptionItem } from '../model/form-definition.type';
import type { SubmissionProblem } from '../problems/submission-problem.type';

/** What the UI shows for one field (or one cell of a sub-form row). */
export interface FieldState {
  readonly visible: boolean;
  /** Shown but not editable: read-only, computed, server-assigned, or by permission. */
  readonly readOnly: boolean;
  /** Effective: only visible, writable fields are required. */
  readonly required: boolean;
  /** `null` when empty, and for fields withheld by permissions. */
  readonly value: JsonValue;
  readonly computed: boolean;
  /** A serial number the server assigns. */
  readonly serverAssigned: boolean;
  /** The options on offer (choice fields, pickers), after `optionFilter`; disabled ones included and flagged. */
  readonly options?: readonly OptionItem[];
  /** Money: the amount in Chinese uppercase (大写金额). */
  readonly amountInWords?: string;
  /** Sub-forms: one record of cell states per row. */
  readonly rows?: readonly Readonly<Record<string, FieldState>>[];
}

/** The outcome of `evaluateForm`: everything the UI needs to render the form for this user. */
export interface FormEvaluation {
  /** The values the user sees (withheld and hidden fields left out), aggregates included. */
  readonly values: JsonObject;
  readonly fields: Readonly<Record<string, FieldState>>;
  /** Sections and dividers. */
  readonly layout: Readonly<Record<string, { readonly visible: boolean }>>;
  readonly aggregates: JsonObject;
  /** Input that cannot be coerced, unknown keys and rules that cannot be evaluated; not `required` and checks. */
  readonly problems: readonly SubmissionProblem[];
}
