import type { FieldAccess, FieldDefinition, FormDefinition } from '../model/form-definition.type';
import { formProblem, pointer, type FormProblem } from '../problems/form-problem.type';

/**
 * What one process node (a user task) lets its user do with each field. Keys are top-level: a field, a section
 * (all its fields) or a sub-form (all its rows: rows have no identity, so per-column access would lose data).
 */
export interface FormPermissions {
  /** Access of every field not listed (and not in a listed section); absent: as the form defines it. */
  readonly default?: FieldAccess;
  readonly fields?: Readonly<Record<string, FieldAccess>>;
}

/** The form as one node's user gets it, and the permission keys that match nothing. */
export interface PermittedForm {
  readonly form: FormDefinition;
  readonly problems: readonly FormProblem[];
}

function withAccess<T extends FieldDefinition>(field: T, access: FieldAccess | undefined): T {
  if (access === undefined) return field;
  const { permission: _old, ...rest } = field;
  return (access === 'write' ? rest : { ...rest, permission: access }) as T;
}

function permitted(form: FormDefinition, permissions: FormPermissions): PermittedForm {
  const listed = permissions.fields ?? {};
  const access = (key: string): FieldAccess | undefined => (Object.hasOwn(listed, key) ? listed[key] : undefined);
  const used = new Set<string>();
  const apply = (field: FieldDefinition, inherited: FieldAccess | undefined): FieldDefinition => {
    const own = access(field.key);
    if (own !== undefined) used.add(field.key);
    const chosen = own ?? inherited;
    if (field.type !== 'section') return withAccess(field, chosen);
    const fields = field.fields.map((child) => apply(child, chosen) as typeof child);
    return withAccess({ ...field, fields }, own ?? permissions.default);
  };
  const fields = (form.fields ?? []).map((field) => apply(field, permissions.default));
  const problems = Object.keys(listed)
    .filter((key) => !used.has(key))
    .map((key) =>
      formProblem('UNKNOWN_PERMISSION_FIELD', pointer('/fields', key), `No top-level field or section "${key}".`),
    );
  return { form: { ...form, fields }, problems };
}

const memo = new WeakMap<object, Map<string, PermittedForm>>();

/**
 * Applies one node's field permissions (`write`, `read`, `hidden`) to a form and returns a new form (the input is
 * not changed; the result is memoised per form and permissions, so its compiled plan is reused):
 *
 * - `read`: shown, never written: the stored value is kept whatever the client sends;
 * - `hidden`: not shown, its value withheld from `evaluateForm`, and the stored value kept on submission (unlike
 *   `visibleIf`, which drops the value);
 * - `write`: as the form defines it.
 *
 * A field's own entry wins over its section's, which wins over `default`.
 */
export function applyPermissions(form: FormDefinition, permissions: FormPermissions): PermittedForm {
  let byPermissions = memo.get(form);
  if (byPermissions === undefined) {
    byPermissions = new Map();
    memo.set(form, byPermissions);
  }
  const id = JSON.stringify([permissions.default ?? null, Object.entries(permissions.fields ?? {}).sort()]);
  let result = byPermissions.get(id);
  if (result === undefined) {
    result = permitted(form, permissions);
    byPermissions.set(id, result);
  }
  return result;
}
