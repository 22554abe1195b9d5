import type { JsonValue } from '@anxin/rules';
import type { FieldType } from '../model/field-type';
import { FIELD_KINDS, propertiesOf, requiredPropertiesOf } from './field-kinds';

/** Public description of a field type, for the docs and the designer's palette. */
export interface FieldTypeInfo {
  readonly type: FieldType;
  readonly summary: string;
  /** The stored value. */
  readonly value: string;
  readonly example?: JsonValue;
  readonly holdsValue: boolean;
  readonly computable: boolean;
  /** Properties this type has beyond the common ones, with what each must be. */
  readonly properties: Readonly<Record<string, string>>;
  /** Every property this type allows (common ones included). */
  readonly allowed: readonly string[];
  readonly required: readonly string[];
}

/** Every field type, in palette order. */
export function listFieldTypes(): FieldTypeInfo[] {
  return Object.values(FIELD_KINDS).map((kind) => ({
    type: kind.type,
    summary: kind.summary,
    value: kind.value,
    ...(kind.example === undefined ? {} : { example: kind.example }),
    holdsValue: kind.holdsValue,
    computable: kind.computable,
    properties: Object.fromEntries(Object.entries(kind.properties).map(([name, shape]) => [name, shape.doc])),
    allowed: Object.keys(propertiesOf(kind)).sort(),
    required: requiredPropertiesOf(kind),
  }));
}
