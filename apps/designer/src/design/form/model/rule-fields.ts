import {
  textIn,
  type Dictionary,
  type FieldDefinition,
  type FormDefinition,
  type Locale,
  type OptionItem,
} from '@anxin/form-engine';
import type { RuleField, RuleFieldType } from '../../../rules/rule-builder.types';

// How the rule builder compares each value type (lists of ids or paths test like multiple choices).
const RULE_TYPES: Readonly<Partial<Record<FieldDefinition['type'], RuleFieldType>>> = {
  text: 'text',
  textarea: 'text',
  phone: 'text',
  email: 'text',
  'id-card': 'text',
  signature: 'text',
  serial: 'text',
  time: 'text',
  location: 'text',
  number: 'number',
  integer: 'number',
  rating: 'number',
  money: 'money',
  switch: 'boolean',
  date: 'date',
  datetime: 'datetime',
  select: 'select',
  radio: 'select',
  'user-picker': 'select',
  'team-picker': 'select',
  multiselect: 'multiselect',
  checkbox: 'multiselect',
  cascader: 'multiselect',
  image: 'multiselect',
  file: 'multiselect',
};

function optionsOf(
  field: FieldDefinition,
  locale: Locale,
  dictionaries: Readonly<Record<string, Dictionary>>,
): RuleField['options'] {
  let items: readonly OptionItem[] | undefined;
  if ('options' in field && field.options) items = field.options;
  else if ('optionsFrom' in field && field.optionsFrom && 'dictionary' in field.optionsFrom) {
    items = dictionaries[field.optionsFrom.dictionary]?.items;
  }
  return items?.map((item) => ({ value: item.value, label: textIn(item.label, locale) }));
}

/**
 * What a rule of the field `except` may test: the form's other value fields with their types (and options when the
 * form lists them or a dictionary gives them), sub-form aggregates as numbers. Sections and dividers hold no value.
 */
export function ruleFieldsOf(
  form: FormDefinition,
  except: string | undefined,
  locale: Locale,
  dictionaries: Readonly<Record<string, Dictionary>> = {},
): RuleField[] {
  const result: RuleField[] = [];
  const visit = (fields: readonly FieldDefinition[]) => {
    for (const field of fields) {
      if (field.type === 'section') visit(field.fields);
      if (field.type === 'sub-form') {
        for (const aggregate of field.aggregates ?? []) {
          const label = textIn(aggregate.label, locale) || aggregate.key;
          result.push({ name: aggregate.key, label, type: 'number' });
        }
      }
      const type = RULE_TYPES[field.type];
      if (!type || field.key === except) continue;
      const options = optionsOf(field, locale, dictionaries);
      result.push({
        name: field.key,
        label: textIn(field.label, locale) || field.key,
        type,
        ...(options ? { options } : {}),
      });
    }
  };
  visit(form.fields);
  return result;
}
