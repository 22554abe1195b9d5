/** Field types that hold a value in a submission. */
export const VALUE_FIELD_TYPES = [
  'text',
  'textarea',
  'number',
  'integer',
  'money',
  'select',
  'multiselect',
  'radio',
  'checkbox',
  'switch',
  'cascader',
  'date',
  'datetime',
  'time',
  'phone',
  'email',
  'id-card',
  'image',
  'file',
  'signature',
  'rating',
  'location',
  'user-picker',
  'team-picker',
  'serial',
  'sub-form',
] as const;

/** Layout-only field types: they hold no value. */
export const LAYOUT_FIELD_TYPES = ['section', 'divider'] as const;

export type ValueFieldType = (typeof VALUE_FIELD_TYPES)[number];
export type LayoutFieldType = (typeof LAYOUT_FIELD_TYPES)[number];
export type FieldType = ValueFieldType | LayoutFieldType;

/** Types a sub-form's columns may have: every value type but a nested sub-form and the serial number. */
export type ColumnFieldType = Exclude<ValueFieldType, 'sub-form' | 'serial'>;

const VALUE_TYPES: ReadonlySet<string> = new Set(VALUE_FIELD_TYPES);
const LAYOUT_TYPES: ReadonlySet<string> = new Set(LAYOUT_FIELD_TYPES);

/** True for a type that holds a value. */
export function isValueFieldType(type: unknown): type is ValueFieldType {
  return typeof type === 'string' && VALUE_TYPES.has(type);
}

/** True for a layout-only type. */
export function isLayoutFieldType(type: unknown): type is LayoutFieldType {
  return typeof type === 'string' && LAYOUT_TYPES.has(type);
}

/** True for a type a sub-form column may have. */
export function isColumnFieldType(type: unknown): type is ColumnFieldType {
  return isValueFieldType(type) && type !== 'sub-form' && type !== 'serial';
}
