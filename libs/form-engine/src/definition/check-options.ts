import type { OptionItem } from '../model/form-definition.type';
import { formProblem, pointer, type FormProblem } from '../problems/form-problem.type';
import type { LocatedField } from './located-field.type';

const WITH_OPTIONS: ReadonlySet<string> = new Set(['select', 'radio', 'multiselect', 'checkbox', 'cascader']);

/** Option values listed twice on one level (each level of a cascader separately). */
export function duplicateOptions(items: readonly OptionItem[], path: string): FormProblem[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    const at = pointer(path, i);
    const own = seen.has(item.value)
      ? [formProblem('DUPLICATE_OPTION', pointer(at, 'value'), `Option value "${item.value}" is listed twice.`)]
      : [];
    seen.add(item.value);
    return [...own, ...(item.children ? duplicateOptions(item.children, pointer(at, 'children')) : [])];
  });
}

/**
 * Choice fields take their options from exactly one place: `options`, or `optionsFrom` a dictionary or a host
 * data source (a cascader: a dictionary only, which the shape says). Values are unique on each level; named dictionaries must exist when known.
 */
export function checkOptions(l: LocatedField, dictionaries: readonly string[] | undefined): FormProblem[] {
  if (!WITH_OPTIONS.has(l.kind.type)) return [];
  const field = l.field as {
    options?: readonly OptionItem[];
    optionsFrom?: { dictionary?: string };
  };
  if (field.options === undefined && field.optionsFrom === undefined) {
    return [formProblem('OPTIONS_MISSING', l.path, 'Give "options" or "optionsFrom".')];
  }
  if (field.options !== undefined && field.optionsFrom !== undefined) {
    return [
      formProblem('OPTIONS_CONFLICT', pointer(l.path, 'optionsFrom'), 'Give "options" or "optionsFrom", not both.'),
    ];
  }
  if (field.options !== undefined) return duplicateOptions(field.options, pointer(l.path, 'options'));
  const from = field.optionsFrom ?? {};
  if (from.dictionary !== undefined && dictionaries !== undefined && !dictionaries.includes(from.dictionary)) {
    return [
      formProblem(
        'UNKNOWN_DICTIONARY',
        pointer(l.path, 'optionsFrom', 'dictionary'),
        `No dictionary "${from.dictionary}".`,
      ),
    ];
  }
  return [];
}
