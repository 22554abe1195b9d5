import {
  textIn,
  type Dictionary,
  type FormDefinition,
  type Locale,
  type OptionItem,
  type ValueField,
} from '@anxin/form-engine';

export interface LabelSources {
  /** The deployed forms, the one that starts the ticket's process first: they name and describe its fields. */
  forms: readonly FormDefinition[];
  dictionaries: Readonly<Record<string, Dictionary>>;
  projects: readonly { id: string; name: string }[];
}

/** A projected ticket field as a person reads it. */
export interface FieldRow {
  key: string;
  label: string;
  value: string;
}

/** The first top-level value field with this key in the forms (the start form first). */
export function fieldOf(key: string, forms: readonly FormDefinition[]): ValueField | undefined {
  for (const form of forms) {
    const field = form.fields.find((f) => f.key === key);
    if (field && field.type !== 'section' && field.type !== 'divider') return field;
  }
  return undefined;
}

function optionsOf(field: ValueField, sources: LabelSources): readonly OptionItem[] | undefined {
  if ('options' in field && field.options) return field.options;
  const from = 'optionsFrom' in field ? field.optionsFrom : undefined;
  if (from && 'dictionary' in from) return sources.dictionaries[from.dictionary]?.items;
  if (from && 'dataSource' in from && from.dataSource === 'projects') {
    return sources.projects.map((project) => ({ value: project.id, label: project.name }));
  }
  return undefined;
}

/**
 * A projected field of a ticket as the forms define it: the field's label, and the value the way the form offered
 * it (its options, a dictionary, the projects picker; money in yuan). `undefined` for what no form defines, for
 * empty values and for ids nobody can name here (buildings, units and users: no picker query for them).
 */
export function ticketFieldRow(
  key: string,
  value: unknown,
  sources: LabelSources,
  locale: Locale,
): FieldRow | undefined {
  const field = fieldOf(key, sources.forms);
  if (!field || (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean'))
    return undefined;
  const label = textIn(field.label, locale);
  const text = String(value);
  if (field.type === 'money' && typeof value === 'number') return { key, label, value: `¥${value.toFixed(2)}` };
  const options = optionsOf(field, sources);
  if (options) {
    const option = options.find((item) => item.value === text);
    return option ? { key, label, value: textIn(option.label, locale) } : { key, label, value: text };
  }
  if ('optionsFrom' in field && field.optionsFrom) return undefined;
  if (field.type === 'user-picker' || field.type === 'team-picker') return undefined;
  return { key, label, value: text };
}

/** The forms, the one that starts this process first. */
export function startFormFirst(forms: readonly FormDefinition[], processKey: string): FormDefinition[] {
  return [...forms].sort((a, b) => Number(b.startsProcess === processKey) - Number(a.startsProcess === processKey));
}
