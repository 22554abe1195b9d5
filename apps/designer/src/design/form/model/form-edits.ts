import type { FieldDefinition, FormDefinition, SectionField } from '@anxin/form-engine';

/** Where a field sits: the form itself (`null`) or a section, by the section's key. */
export type Container = string | null;

/** A place to put a field: a container and an index in its `fields` (the end when omitted). */
export interface Placement {
  container: Container;
  index?: number;
}

/** A field found in the form: the field, its container and its index there. */
export interface FieldLocation {
  field: FieldDefinition;
  container: Container;
  index: number;
}

/** Property changes of a field or the form: `undefined` removes the property. */
export type Patch = Readonly<Record<string, unknown>>;

function fieldsOf(form: FormDefinition, container: Container): readonly FieldDefinition[] | undefined {
  if (container === null) return form.fields;
  const section = form.fields.find((field) => field.key === container);
  return section?.type === 'section' ? section.fields : undefined;
}

function withFields(form: FormDefinition, container: Container, fields: readonly FieldDefinition[]): FormDefinition {
  if (container === null) return { ...form, fields };
  return {
    ...form,
    fields: form.fields.map((field) =>
      field.key === container && field.type === 'section'
        ? ({ ...field, fields: fields as SectionField['fields'] } satisfies SectionField)
        : field,
    ),
  };
}

function applyPatch<T extends object>(target: T, patch: Patch): T {
  const next: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  for (const [name, value] of Object.entries(patch)) {
    if (value === undefined) delete next[name];
    else next[name] = value;
  }
  return next as T;
}

/** The field with this key, at the top or in a section (sections cannot nest). */
export function findField(form: FormDefinition, key: string): FieldLocation | undefined {
  for (const [index, field] of form.fields.entries()) {
    if (field.key === key) return { field, container: null, index };
    if (field.type === 'section') {
      const inner = field.fields.findIndex((candidate) => candidate.key === key);
      if (inner >= 0) return { field: field.fields[inner]!, container: field.key, index: inner };
    }
  }
  return undefined;
}

/** Every key of the form's namespace: fields, sections, dividers and sub-form aggregates share it. */
export function keysOf(form: FormDefinition): Set<string> {
  const keys = new Set<string>();
  const visit = (fields: readonly FieldDefinition[]) => {
    for (const field of fields) {
      keys.add(field.key);
      if (field.type === 'section') visit(field.fields);
      if (field.type === 'sub-form') for (const aggregate of field.aggregates ?? []) keys.add(aggregate.key);
    }
  };
  visit(form.fields);
  return keys;
}

/** Whether a field of this type may go into the container: sections stay at the top. */
export function canPlace(form: FormDefinition, type: FieldDefinition['type'], container: Container): boolean {
  if (container === null) return true;
  return type !== 'section' && fieldsOf(form, container) !== undefined;
}

/** The form with the field added at the placement; unchanged when the field cannot go there or its key is taken. */
export function addField(form: FormDefinition, field: FieldDefinition, at: Placement): FormDefinition {
  const fields = fieldsOf(form, at.container);
  if (!fields || !canPlace(form, field.type, at.container) || keysOf(form).has(field.key)) return form;
  const index = Math.max(0, Math.min(at.index ?? fields.length, fields.length));
  return withFields(form, at.container, [...fields.slice(0, index), field, ...fields.slice(index)]);
}

/** The form without the field (a section goes with its fields). */
export function removeField(form: FormDefinition, key: string): FormDefinition {
  const location = findField(form, key);
  if (!location) return form;
  const fields = fieldsOf(form, location.container) ?? [];
  return withFields(
    form,
    location.container,
    fields.filter((field) => field.key !== key),
  );
}

/**
 * The form with the field moved to the placement; `index` counts the target's fields without the moved one, so
 * moving down by one inside a container is `index + 1`. Unchanged when the field cannot go there.
 */
export function moveField(form: FormDefinition, key: string, to: Placement): FormDefinition {
  const location = findField(form, key);
  if (!location || to.container === key || !canPlace(form, location.field.type, to.container)) return form;
  const without = removeField(form, key);
  const target = fieldsOf(without, to.container);
  if (!target) return form;
  const index = Math.max(0, Math.min(to.index ?? target.length, target.length));
  return withFields(without, to.container, [...target.slice(0, index), location.field, ...target.slice(index)]);
}

/** The form with the field moved one place up (-1) or down (+1) in its container, leaving or entering no section. */
export function shiftField(form: FormDefinition, key: string, by: -1 | 1): FormDefinition {
  const location = findField(form, key);
  if (!location) return form;
  return moveField(form, key, { container: location.container, index: Math.max(0, location.index + by) });
}

/** The form with the field's properties changed (a new `key` renames it; the caller checks the key first). */
export function updateField(form: FormDefinition, key: string, patch: Patch): FormDefinition {
  const location = findField(form, key);
  if (!location) return form;
  const fields = fieldsOf(form, location.container) ?? [];
  return withFields(
    form,
    location.container,
    fields.map((field) => (field.key === key ? applyPatch(field, patch) : field)),
  );
}

/** The form with its own properties (title, description, columns) changed. */
export function updateForm(form: FormDefinition, patch: Patch): FormDefinition {
  const { fields: _ignored, ...rest } = patch;
  return applyPatch(form, rest);
}
