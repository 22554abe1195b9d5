/**
 * Paths of submission data as users and the API see them: `category`, `materials[2]`, `materials[2].quantity`.
 * Field keys are identifiers (letters, digits, `_`), so no escaping is ever needed.
 */
export function fieldPath(parent: string, key: string): string {
  return parent === '' ? key : `${parent}.${key}`;
}

/** The path of row `index` (0-based) of the sub-form at `path`. */
export function rowPath(path: string, index: number): string {
  return `${path}[${index}]`;
}
