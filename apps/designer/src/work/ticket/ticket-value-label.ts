import { textIn, type Dictionary, type FieldDefinition, type FormDefinition, type Locale } from '@anxin/form-engine';

export interface LabelSources {
  /** The form whose submission starts the ticket's process (`startsProcess`): it says where a field's options come from. */
  startForm: FormDefinition | undefined;
  dictionaries: Readonly<Record<string, Dictionary>>;
  projects: readonly { id: string; name: string }[];
}

/**
 * The label of a ticket field's value (`category: structural` → 土建结构), found the way the form that filed the
 * ticket offered it: its own options, a dictionary, or the projects picker. The value itself when unknown.
 */
export function ticketValueLabel(field: string, value: string, sources: LabelSources, locale: Locale): string {
  const definition: FieldDefinition | undefined = sources.startForm?.fields.find((f) => f.key === field);
  if (!definition || !('type' in definition)) return value;
  const listed = 'options' in definition ? definition.options : undefined;
  const from = 'optionsFrom' in definition ? definition.optionsFrom : undefined;
  const items =
    listed ?? (from && 'dictionary' in from ? sources.dictionaries[from.dictionary]?.items : undefined) ?? undefined;
  const item = items?.find((option) => option.value === value);
  if (item) return textIn(item.label, locale);
  if (from && 'dataSource' in from && from.dataSource === 'projects') {
    return sources.projects.find((project) => project.id === value)?.name ?? value;
  }
  return value;
}

/** The form among the deployed ones that starts this process. */
export function startFormOf(forms: readonly FormDefinition[], processKey: string): FormDefinition | undefined {
  return forms.find((form) => form.startsProcess === processKey);
}
