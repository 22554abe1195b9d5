import type { JsonValue, RuleValueSchema } from '@anxin/rules';
import type { Shape } from '../definition/shape';
import type { FileInfo } from '../model/form-context.type';
import type { FieldType } from '../model/field-type';
import type { OptionItem, ValueField } from '../model/form-definition.type';
import type { Issue } from '../problems/issue.type';

/** What coercion needs besides the value. */
export interface CoerceContext {
  readonly timeZone: string;
}

/** The options a choice field offers in one cell: filtered, or unavailable (the source is missing). */
export type OfferedOptions =
  { readonly ok: true; readonly items: readonly OptionItem[] } | { readonly ok: false; readonly source: string };

/** What a field's checks may know: the clock's day, files, the options on offer, the stored value. */
export interface CheckContext extends CoerceContext {
  /** Today (yyyy-MM-dd in the time zone) when a clock was given; read on demand. */
  readonly today: () => string | undefined;
  readonly files: Readonly<Record<string, FileInfo>> | undefined;
  readonly options: () => OfferedOptions;
  /** The stored value of this field, which may keep a since-disabled option. */
  readonly previous: JsonValue | undefined;
}

/** A coerced value (`null`: no value) or why the input cannot be one. */
export type Coerced = { readonly ok: true; readonly value: JsonValue } | { readonly ok: false; readonly issue: Issue };

/**
 * Everything the engine knows about one field type: its definition properties, the type rules see, how input
 * becomes a value (coercion) and what a value must satisfy (checks). Layout types hold no value.
 */
export interface FieldKind {
  readonly type: FieldType;
  /** One line for the docs and the designer's palette. */
  readonly summary: string;
  /** The stored value, for the docs. */
  readonly value: string;
  readonly example?: JsonValue;
  /** Properties of this type besides the common ones. */
  readonly properties: Readonly<Record<string, Shape>>;
  /** Properties this type must have besides `key` and `type`. */
  readonly required?: readonly string[];
  readonly holdsValue: boolean;
  readonly computable: boolean;
  /** The variable type rules see (and `computed`/`default` must yield). */
  readonly ruleType: (field: ValueField) => RuleValueSchema;
  /** Turns a non-empty input into the stored value, by the documented coercions only. */
  readonly coerce: (raw: unknown, field: ValueField, ctx: CoerceContext) => Coerced;
  /** Rounds a computed or default result before coercion (money to the fen, integers to whole numbers). */
  readonly normalizeComputed?: (value: JsonValue, field: ValueField) => JsonValue;
  /** Whether a non-null value satisfies `required` (default: any non-null value does; a switch must be on). */
  readonly fills?: (value: JsonValue) => boolean;
  /** Checks of a coerced, non-null value. */
  readonly check: (value: JsonValue, field: ValueField, ctx: CheckContext) => Issue[];
}
