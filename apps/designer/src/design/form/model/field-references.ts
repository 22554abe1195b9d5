import type { FormDefinition } from '@anxin/form-engine';

// A rule reads a field as `{"var": "key"}`, `{"var": "key.part"}` (a location's `lat`, a sub-form's rows) or
// `{"var": ["key", default]}`. `$user`, `$row`, `$value`… start with `$`, which no field key can.
function refersTo(path: unknown, key: string): path is string {
  return typeof path === 'string' && (path === key || path.startsWith(`${key}.`));
}

function renamedPath(path: string, from: string, to: string): string {
  return `${to}${path.slice(from.length)}`;
}

function isVar(node: object): node is { var: unknown } {
  return Object.keys(node).length === 1 && 'var' in node;
}

/** Calls `visit` with every `{"var": …}` of a JSON value, depth first. */
function forEachVar(node: unknown, visit: (path: unknown) => void): void {
  if (Array.isArray(node)) return node.forEach((item) => forEachVar(item, visit));
  if (typeof node !== 'object' || node === null) return;
  if (isVar(node)) {
    visit(Array.isArray(node.var) ? (node.var as unknown[])[0] : node.var);
    if (Array.isArray(node.var)) (node.var as unknown[]).slice(1).forEach((item) => forEachVar(item, visit));
    return;
  }
  Object.values(node).forEach((value) => forEachVar(value, visit));
}

/** A copy of a JSON value with every `var` reading `from` reading `to`; untouched parts keep their identity. */
function rewrite(node: unknown, from: string, to: string): unknown {
  if (Array.isArray(node)) {
    const items = node.map((item) => rewrite(item, from, to));
    return items.every((item, index) => item === node[index]) ? node : items;
  }
  if (typeof node !== 'object' || node === null) return node;
  if (isVar(node)) {
    if (Array.isArray(node.var)) {
      const [path, ...rest] = node.var as unknown[];
      const next = [
        refersTo(path, from) ? renamedPath(path, from, to) : path,
        ...rest.map((r) => rewrite(r, from, to)),
      ];
      return next.every((item, index) => item === (node.var as unknown[])[index]) ? node : { var: next };
    }
    return refersTo(node.var, from) ? { var: renamedPath(node.var, from, to) } : node;
  }
  let changed = false;
  const entries = Object.entries(node).map(([name, value]) => {
    const next = rewrite(value, from, to);
    changed ||= next !== value;
    return [name, next] as const;
  });
  return changed ? Object.fromEntries(entries) : node;
}

/** How many rules of the form read the field `key` (each `var` counts once). */
export function countFieldReferences(form: FormDefinition, key: string): number {
  let count = 0;
  forEachVar(form.fields, (path) => {
    if (refersTo(path, key)) count += 1;
  });
  return count;
}

/**
 * The form with every rule reading the field `from` reading `to` instead (visible, read-only, required, computed,
 * default, validations, option filters, anywhere in the fields). Field keys themselves are not renamed: the designer
 * renames the field first, then offers this. The same form when nothing refers to `from`.
 */
export function renameFieldReferences(form: FormDefinition, from: string, to: string): FormDefinition {
  if (from === to) return form;
  const fields = rewrite(form.fields, from, to) as FormDefinition['fields'];
  return fields === form.fields ? form : { ...form, fields };
}
