import { isPlainObject } from '../json/plain-object.util';
import { childPath, problem, type RuleProblem } from '../problems/rule-problem.type';

const ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Checks that a list holds objects with unique, well-formed ids; returns the ids in order. */
export function validateIds(list: readonly unknown[], path: string, found: RuleProblem[]): string[] {
  const seen = new Set<string>();
  return list.map((item, i) => {
    const id = isPlainObject(item) ? item.id : undefined;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      found.push(
        problem(
          'TABLE_INVALID',
          childPath(path, i, 'id'),
          'Each item needs an id: letters, digits, "_" or "-", not starting with a digit.',
        ),
      );
      return '';
    }
    if (seen.has(id)) found.push(problem('TABLE_DUPLICATE_ID', childPath(path, i, 'id'), `Duplicate id "${id}".`));
    seen.add(id);
    return id;
  });
}

/** Reports keys the JSON Schema does not allow (`additionalProperties: false`), so typos do not pass silently. */
export function reportUnknownKeys(
  value: unknown,
  allowed: readonly string[],
  path: string,
  found: RuleProblem[],
): void {
  if (!isPlainObject(value)) return;
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key))
      found.push(problem('TABLE_INVALID', childPath(path, key), `Unknown property "${key}".`));
  }
}
