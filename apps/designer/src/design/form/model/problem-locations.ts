import type { FieldDefinition, FormDefinition } from '@anxin/form-engine';

/** A problem with a path: a JSON Pointer into the form (`/fields/2/fields/0/visibleIf`), as checkForm and the API give. */
export interface PointedProblem {
  path: string;
  code: string;
  message: string;
  severity: string;
}

/** The field a pointer is about (a section's field, a sub-form for its columns) and what is left of the pointer. */
export interface PointerTarget {
  /** `undefined`: the form itself (its title, columns, process variables). */
  fieldKey?: string;
  /** The rest of the pointer below the field (`visibleIf`, `options/1/value`), `''` for the field itself. */
  property: string;
}

function unescape(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Which field of the form a JSON Pointer points into. */
export function pointerTarget(form: FormDefinition, pointer: string): PointerTarget {
  const tokens = pointer.split('/').slice(1).map(unescape);
  let fields: readonly FieldDefinition[] = form.fields;
  let target: FieldDefinition | undefined;
  let at = 0;
  while (tokens[at] === 'fields' && at + 1 < tokens.length) {
    const field = fields[Number(tokens[at + 1])];
    if (!field) break;
    target = field;
    at += 2;
    // Only sections hold fields of the canvas; a sub-form's columns are reported at the sub-form.
    if (field.type !== 'section') break;
    fields = field.fields;
  }
  const property = tokens.slice(at).join('/');
  return target ? { fieldKey: target.key, property } : { property: tokens.join('/') };
}

/** Problems per field key; the form's own ones under `''`. */
export function problemsByField<P extends PointedProblem>(
  form: FormDefinition,
  problems: readonly P[],
): Record<string, P[]> {
  const grouped: Record<string, P[]> = {};
  for (const problem of problems) {
    const key = pointerTarget(form, problem.path).fieldKey ?? '';
    (grouped[key] ??= []).push(problem);
  }
  return grouped;
}
