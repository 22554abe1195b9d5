import { type FieldDefinition, type FormDefinition, type Locale, textIn } from '@anxin/form-engine';
import type { RuleField, RuleFieldType } from '../../../rules/rule-builder.types';
import { extensionsOf } from './extension-elements';
import { type ModdleElement, textOf } from './moddle-element.type';

/** An `<anxin:variable name type>` of the process. */
export interface DeclaredVariable {
  name: string;
  type: string;
}

/** The process around an element (through sub-processes): its declared variables are what rules read. */
export function processOf(bo: ModdleElement): ModdleElement | undefined {
  let current: ModdleElement | undefined = bo;
  while (current && current.$type !== 'bpmn:Process') current = current.$parent;
  return current;
}

export function declaredVariables(process: ModdleElement | undefined): DeclaredVariable[] {
  if (!process) return [];
  return extensionsOf(process, 'anxin:Variable').map((variable) => ({
    name: textOf(variable.get('name')),
    type: textOf(variable.get('type')),
  }));
}

const DECLARED_TYPES: Readonly<Record<string, RuleFieldType>> = {
  string: 'text',
  number: 'number',
  boolean: 'boolean',
  date: 'datetime',
};

function ruleTypeOf(field: FieldDefinition): RuleFieldType {
  switch (field.type) {
    case 'money':
      return 'money';
    case 'number':
    case 'integer':
    case 'rating':
      return 'number';
    case 'switch':
      return 'boolean';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    case 'select':
    case 'radio':
      return 'select';
    case 'multiselect':
    case 'checkbox':
      return 'multiselect';
    default:
      return 'text';
  }
}

/** Every field of a form, sections and sub-forms' own fields included (a section only groups). */
export function fieldsOf(form: FormDefinition): FieldDefinition[] {
  const walk = (fields: readonly FieldDefinition[]): FieldDefinition[] =>
    fields.flatMap((field) => {
      const inner = (field as { fields?: readonly FieldDefinition[] }).fields;
      return field.type === 'section' && inner ? walk(inner) : [field];
    });
  return walk(form.fields);
}

function variableNameOf(mapping: NonNullable<FormDefinition['processVariables']>[number]): [string, string] {
  return typeof mapping === 'string' ? [mapping, mapping] : [mapping.field, mapping.name];
}

/**
 * The variables a flow condition may test, as the rule builder's fields: the start form's process variables
 * first (the form that starts `processKey`, with its labels, types and listed options), then the variables the
 * process declares; a declared variable takes its label and type from the first form that has a field of that
 * name. Arrays and objects are left out (a condition compares values).
 */
export function processRuleFields(options: {
  processKey: string;
  variables: readonly DeclaredVariable[];
  forms: readonly FormDefinition[];
  locale: Locale;
}): RuleField[] {
  const { processKey, variables, forms, locale } = options;
  const fieldByKey = new Map<string, FieldDefinition>();
  for (const form of forms)
    for (const field of fieldsOf(form)) if (!fieldByKey.has(field.key)) fieldByKey.set(field.key, field);
  const toRuleField = (name: string, field: FieldDefinition | undefined, declared?: string): RuleField | undefined => {
    if (declared === 'array' || declared === 'object') return undefined;
    if (!field) {
      const type = DECLARED_TYPES[declared ?? 'string'];
      return type ? { name, label: name, type } : undefined;
    }
    const result: RuleField = { name, label: textIn(field.label, locale) || name, type: ruleTypeOf(field) };
    const listed = (field as { options?: readonly { value: string; label: FieldDefinition['label'] }[] }).options;
    if (listed) result.options = listed.map((option) => ({ value: option.value, label: textIn(option.label, locale) }));
    return result;
  };
  const result = new Map<string, RuleField>();
  const startForm = forms.find((form) => form.startsProcess === processKey);
  const startFields = new Map(startForm ? fieldsOf(startForm).map((field) => [field.key, field]) : []);
  for (const mapping of startForm?.processVariables ?? []) {
    const [fieldKey, name] = variableNameOf(mapping);
    const declared = variables.find((variable) => variable.name === name)?.type;
    const ruleField = toRuleField(name, startFields.get(fieldKey), declared);
    if (ruleField) result.set(name, ruleField);
  }
  for (const variable of variables) {
    if (result.has(variable.name)) continue;
    const ruleField = toRuleField(variable.name, fieldByKey.get(variable.name), variable.type);
    if (ruleField) result.set(variable.name, ruleField);
  }
  return [...result.values()];
}
