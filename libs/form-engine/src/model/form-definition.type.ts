import type { JsonLogicRule, JsonObject } from '@anxin/rules';
import type { ColumnFieldType } from './field-type';
import type { LocalizedText } from './localized-text';

/**
 * A form definition (`definitions/forms/<key>.form.json`, schema `definitions/schemas/form.schema.json`). Treat it
 * as immutable: the engine compiles a form once and caches the result by object identity.
 */
export interface FormDefinition {
  readonly $schema?: string;
  /** Stable kebab-case key; versions live in the database. */
  readonly key: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Columns of the form's grid (1–4, default 1); a field's `span` is how many it takes. */
  readonly columns?: number;
  /** The BPMN process a submission of this form starts. */
  readonly startsProcess?: string;
  /** Fields whose values become variables of the started process (`"category"` or `{ field, name }`). */
  readonly processVariables?: readonly ProcessVariableMapping[];
  readonly fields: readonly FieldDefinition[];
}

/** A field that becomes a process variable, under its own key or under `name`. */
export type ProcessVariableMapping = string | { readonly field: string; readonly name: string };

/** Per-node access to a field, set by `applyPermissions`. */
export type FieldAccess = 'write' | 'read' | 'hidden';

/** A submission-time check: the rule must be truthy, otherwise the message is reported. */
export interface FieldValidation {
  readonly rule: JsonLogicRule;
  readonly message: LocalizedText;
  /** `error` (default) blocks the submission (阻止提交); `warning` is reported and the submission goes through. */
  readonly severity?: 'error' | 'warning';
}

/** One option of a choice field, a dictionary item or a host data-source row. */
export interface OptionItem {
  readonly value: string;
  readonly label: LocalizedText;
  /** Not offered any more; a stored value may keep it. */
  readonly disabled?: boolean;
  /** Extra data an option filter can read as `$option.<name>` (e.g. the project of a building). */
  readonly attributes?: JsonObject;
  /** Child options (cascader levels). */
  readonly children?: readonly OptionItem[];
}

/** Host data sources a field can take its options from. */
export type DataSourceName = 'projects' | 'buildings' | 'units' | 'rooms' | 'teams' | 'users';

/** Where options come from when they are not listed in the field. */
export type OptionsFrom = { readonly dictionary: string } | { readonly dataSource: DataSourceName };

interface FieldBase {
  readonly key: string;
  readonly label: LocalizedText;
  readonly description?: LocalizedText;
  /** JSONLogic condition; a hidden field is not shown, not validated and not stored. */
  readonly visibleIf?: JsonLogicRule;
  /** Grid columns the field takes (1–4). */
  readonly span?: number;
  readonly permission?: FieldAccess;
}

interface ValueFieldBase extends FieldBase {
  readonly placeholder?: LocalizedText;
  /** JSONLogic giving the initial value; a literal is a rule yielding itself (`"漏水"`, `{ "now": [] }`). */
  readonly default?: JsonLogicRule;
  /** `true` or a JSONLogic condition. Only visible, writable fields are required. */
  readonly required?: JsonLogicRule;
  readonly readOnly?: boolean;
  readonly readOnlyIf?: JsonLogicRule;
  /** Keep the stored value while hidden instead of removing it. */
  readonly keepWhenHidden?: boolean;
  readonly validations?: readonly FieldValidation[];
}

interface ComputableField extends ValueFieldBase {
  /** JSONLogic recomputed on every evaluation; a computed field is read-only. */
  readonly computed?: JsonLogicRule;
}

export interface TextField extends ComputableField {
  readonly type: 'text' | 'textarea';
  readonly minLength?: number;
  readonly maxLength?: number;
  /** A regular expression (Unicode, whole value) the text must match; checked for catastrophic backtracking. */
  readonly pattern?: string;
}

export interface NumberField extends ComputableField {
  readonly type: 'number' | 'integer' | 'money';
  readonly min?: number;
  readonly max?: number;
  /** `number` only: most decimal places allowed. */
  readonly decimals?: number;
  /** Display unit (㎡, 个, 小时). */
  readonly unit?: string;
}

export interface ChoiceField extends ValueFieldBase {
  readonly type: 'select' | 'radio' | 'multiselect' | 'checkbox';
  readonly options?: readonly OptionItem[];
  readonly optionsFrom?: OptionsFrom;
  /** JSONLogic over the form and `$option`: which options are offered (cascading choices). */
  readonly optionFilter?: JsonLogicRule;
  /** `multiselect` and `checkbox` only. */
  readonly minItems?: number;
  readonly maxItems?: number;
}

export interface CascaderField extends ValueFieldBase {
  readonly type: 'cascader';
  readonly options?: readonly OptionItem[];
  readonly optionsFrom?: { readonly dictionary: string };
  /** The path must end at a leaf (default true). */
  readonly leafOnly?: boolean;
}

export interface PickerField extends ValueFieldBase {
  readonly type: 'user-picker' | 'team-picker';
  readonly multiple?: boolean;
  readonly optionFilter?: JsonLogicRule;
  readonly minItems?: number;
  readonly maxItems?: number;
}

export interface SwitchField extends ComputableField {
  readonly type: 'switch';
}

export interface DateField extends ComputableField {
  readonly type: 'date' | 'datetime' | 'time';
  /** Earliest value, in the field's own format. */
  readonly min?: string;
  readonly max?: string;
}

export interface PhoneField extends ValueFieldBase {
  readonly type: 'phone';
  /** Mobile, landline or either (default). */
  readonly kind?: 'mobile' | 'landline' | 'any';
}

export interface PlainFormatField extends ValueFieldBase {
  readonly type: 'email' | 'id-card' | 'location' | 'signature';
}

export interface FilesField extends ValueFieldBase {
  readonly type: 'image' | 'file';
  readonly minCount?: number;
  readonly maxCount?: number;
  readonly maxSizeBytes?: number;
  /** MIME types (`image/*`, `application/pdf`). */
  readonly accept?: readonly string[];
}

export interface RatingField extends ValueFieldBase {
  readonly type: 'rating';
  /** Highest score (3–10, default 5). */
  readonly max?: number;
}

export interface SerialField extends FieldBase {
  readonly type: 'serial';
  /** `BX-{yyyyMMdd}-{seq:4}`: date parts in the form's time zone and the host's sequence. */
  readonly pattern: string;
}

/** A sum, count, minimum, maximum or average over a sub-form's rows, readable by rules under its key. */
export interface SubFormAggregate {
  readonly key: string;
  readonly label?: LocalizedText;
  readonly op: 'sum' | 'count' | 'min' | 'max' | 'avg';
  /** The column; `count` without it counts rows. */
  readonly field?: string;
}

export interface SubFormField extends ValueFieldBase {
  readonly type: 'sub-form';
  readonly fields: readonly ColumnField[];
  readonly minRows?: number;
  readonly maxRows?: number;
  readonly aggregates?: readonly SubFormAggregate[];
}

export interface SectionField extends FieldBase {
  readonly type: 'section';
  readonly columns?: number;
  readonly collapsible?: boolean;
  readonly fields: readonly (ValueField | DividerField)[];
}

export interface DividerField extends Omit<FieldBase, 'label'> {
  readonly type: 'divider';
  readonly label?: LocalizedText;
}

/** Every field that holds a value. */
export type ValueField =
  | TextField
  | NumberField
  | ChoiceField
  | CascaderField
  | PickerField
  | SwitchField
  | DateField
  | PhoneField
  | PlainFormatField
  | FilesField
  | RatingField
  | SerialField
  | SubFormField;

/** A field allowed as a sub-form column. */
export type ColumnField = Extract<ValueField, { readonly type: ColumnFieldType }>;

export type LayoutField = SectionField | DividerField;
export type FieldDefinition = ValueField | LayoutField;

/** Stored submission data: field keys to values. */
export type FormValues = JsonObject;
