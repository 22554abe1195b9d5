import type { FieldKind } from '../field-types/field-kind.type';
import type {
  DividerField,
  FieldAccess,
  FieldValidation,
  FormDefinition,
  SectionField,
  SubFormAggregate,
  ValueField,
} from '../model/form-definition.type';
import type { LocalizedMessage } from '../model/localized-text';

/**
 * A field's rules and flags, read once from the definition into one fixed shape (field definitions come in
 * many shapes; the hot path reads this one), with the names its rule failures are reported under.
 */
export interface FieldRules {
  readonly visibleIf: unknown;
  readonly readOnlyIf: unknown;
  readonly computed: unknown;
  readonly default: unknown;
  readonly required: unknown;
  readonly optionFilter: unknown;
  readonly validations: readonly FieldValidation[];
  readonly readOnly: boolean;
  readonly keepWhenHidden: boolean;
  readonly permission: FieldAccess | undefined;
  readonly names: {
    readonly visibleIf: string;
    readonly readOnlyIf: string;
    readonly computed: string;
    readonly default: string;
    readonly required: string;
    readonly optionFilter: string;
  };
}

/** A section or divider: layout only. */
export interface PlanLayout {
  readonly key: string;
  readonly def: SectionField | DividerField;
  readonly pointer: string;
  readonly section: PlanLayout | undefined;
}

/** A field that holds a value, at the top of the form or as a sub-form column. */
export interface PlanField {
  readonly key: string;
  readonly def: ValueField;
  readonly kind: FieldKind;
  /** JSON Pointer of the definition. */
  readonly pointer: string;
  readonly section: PlanLayout | undefined;
  /** A sub-form's columns. */
  readonly columns: PlanColumns | undefined;
  readonly rules: FieldRules;
  /** The field in messages: “报修类别” / "Category". */
  readonly subject: LocalizedMessage;
}

/** The columns of a sub-form, in declaration order and in the order their per-row rules need. */
export interface PlanColumns {
  readonly declared: readonly PlanField[];
  readonly order: readonly PlanField[];
  readonly byKey: ReadonlyMap<string, PlanField>;
  readonly cycles: readonly (readonly string[])[];
}

export interface PlanAggregate {
  readonly key: string;
  readonly def: SubFormAggregate;
  readonly subForm: PlanField;
  readonly column: PlanField | undefined;
  readonly pointer: string;
}

export type PlanNode =
  | { readonly kind: 'field'; readonly field: PlanField }
  | { readonly kind: 'aggregate'; readonly aggregate: PlanAggregate };

/** A shape-valid form compiled for evaluation: the fields, what each depends on, and the order to compute them. */
export interface FormPlan {
  readonly form: FormDefinition;
  /** Top-level value fields, in declaration order. */
  readonly fields: readonly PlanField[];
  readonly byKey: ReadonlyMap<string, PlanField>;
  readonly aggregates: readonly PlanAggregate[];
  readonly layout: readonly PlanLayout[];
  /** Fields and aggregates in computation order. */
  readonly order: readonly PlanNode[];
  readonly cycles: readonly (readonly string[])[];
  /** Keys a submission may carry at its top. */
  readonly known: ReadonlySet<string>;
}
