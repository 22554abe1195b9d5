import type { FieldDefinition, FieldTypeInfo, FormDefinition, LocalizedText } from '@anxin/form-engine';
import { freeKey } from './field-key';

/** Texts a new field starts with, in both languages (from the UI's messages). */
export interface NewFieldTexts {
  /** The type's name: the new field's label. */
  label: LocalizedText;
  /** Label of the n-th starting option of a choice field. */
  option: (n: number) => LocalizedText;
  /** Label of a new sub-form's first column. */
  column: LocalizedText;
}

// A starting pattern for a serial number: the type requires one (today's date and a 4-digit counter).
const STARTING_SERIAL_PATTERN = 'NO-{yyyyMMdd}-{seq:4}';

/**
 * A new field of the type, valid as it stands (checkForm finds nothing to fix): a free key, the type's name as its
 * label, and what the type cannot do without (two options, a first column, a serial pattern).
 */
export function newField(info: FieldTypeInfo, form: FormDefinition, texts: NewFieldTexts): FieldDefinition {
  const field: Record<string, unknown> = { key: freeKey(form, info.type), type: info.type, label: texts.label };
  if ('options' in info.properties) {
    field['options'] = [1, 2].map((n) => ({ value: `option${n}`, label: texts.option(n) }));
  }
  if (info.required.includes('pattern')) field['pattern'] = STARTING_SERIAL_PATTERN;
  if (info.type === 'section') field['fields'] = [];
  else if (info.required.includes('fields')) field['fields'] = [{ key: 'column1', type: 'text', label: texts.column }];
  return field as unknown as FieldDefinition;
}
