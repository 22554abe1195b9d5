import type { JsonValue } from '@anxin/rules';
import type { FieldDefinition, FormDefinition } from '../model/form-definition.type';
import { addedBreaks, changedBreaks } from './breaking-rules';
import type { BreakingChange, FieldDiff, FormDiff, PropertyChange } from './diff.type';

interface Flat {
  readonly field: FieldDefinition;
  readonly section: string | undefined;
}

/** Every field by path (`key`, `subForm.column`), with the section it sits in. */
function flatten(form: FormDefinition): Map<string, Flat> {
  const flat = new Map<string, Flat>();
  const visit = (field: FieldDefinition, prefix: string, section: string | undefined): void => {
    const path = `${prefix}${field.key}`;
    flat.set(path, { field, section });
    if (field.type === 'section') field.fields.forEach((child) => visit(child, prefix, field.key));
    if (field.type === 'sub-form') field.fields.forEach((column) => visit(column, `${path}.`, undefined));
  };
  (form.fields ?? []).forEach((field) => visit(field, '', undefined));
  return flat;
}

/** JSON with sorted keys, to compare values structurally. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function propertyChanges(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  skip: readonly string[],
): PropertyChange[] {
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((n) => !skip.includes(n)).sort();
  return names
    .filter((name) => canonical(a[name]) !== canonical(b[name]))
    .map((name) => ({
      property: name,
      ...(a[name] === undefined ? {} : { before: a[name] as JsonValue }),
      ...(b[name] === undefined ? {} : { after: b[name] as JsonValue }),
    }));
}

function variablesOf(form: FormDefinition): Map<string, string> {
  return new Map((form.processVariables ?? []).map((m) => (typeof m === 'string' ? [m, m] : [m.name, m.field])));
}

function formBreaks(a: FormDefinition, b: FormDefinition): BreakingChange[] {
  const found: BreakingChange[] = [];
  if (a.startsProcess !== b.startsProcess) {
    found.push({
      code: 'PROCESS_CHANGED',
      path: '',
      message: `The form starts "${b.startsProcess ?? 'no process'}" instead of "${a.startsProcess ?? 'no process'}".`,
    });
  }
  const after = variablesOf(b);
  for (const [name, field] of variablesOf(a)) {
    if (after.get(name) !== field) {
      found.push({
        code: 'PROCESS_VARIABLE_REMOVED',
        path: '',
        message: `Process variable "${name}" no longer comes from "${field}".`,
      });
    }
  }
  return found;
}

/**
 * Compares two versions of a form field by field (fields are identified by key, columns by `subForm.column`) and
 * flags the breaking changes: a type change, a new required field with nothing to fill it, an option value
 * removed, a tightened constraint, a process variable lost, another process started. Removing a field does not
 * break anything by itself: stored submissions keep its value, and reports still find it by key.
 */
export function diffForms(a: FormDefinition, b: FormDefinition): FormDiff {
  const before = flatten(a);
  const after = flatten(b);
  const added: FieldDiff[] = [];
  const removed: FieldDiff[] = [];
  const changed: FieldDiff[] = [];
  for (const [path, { field }] of after) {
    if (!before.has(path)) added.push({ path, type: field.type, changes: [], breaking: addedBreaks(path, field) });
  }
  for (const [path, old] of before) {
    const next = after.get(path);
    if (next === undefined) {
      removed.push({ path, type: old.field.type, changes: [], breaking: [] });
      continue;
    }
    const changes = propertyChanges(old.field as never, next.field as never, ['fields']);
    if (old.section !== next.section) {
      changes.push({
        property: 'section',
        ...(old.section ? { before: old.section } : {}),
        ...(next.section ? { after: next.section } : {}),
      });
    }
    if (changes.length > 0) {
      changed.push({ path, type: next.field.type, changes, breaking: changedBreaks(path, old.field, next.field) });
    }
  }
  const form = propertyChanges(a as never, b as never, ['fields', '$schema']);
  const breaking = [...[...added, ...changed].flatMap((d) => d.breaking), ...formBreaks(a, b)];
  return { added, removed, changed, form, breaking };
}
