import type { OptionItem } from '../model/form-definition.type';
import { formProblem, pointer, type FormProblem } from '../problems/form-problem.type';
import { duplicateOptions } from './check-options';
import { optionsShape } from './compound-shapes';
import { checkProperties, isRecord, stringShape, textShape, type Shape } from './shape';

const DICTIONARY_PROPERTIES: Readonly<Record<string, Shape>> = {
  $schema: stringShape({ doc: 'the path or URL of form.schema.json, for editors' }),
  key: stringShape({ pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, doc: 'a kebab-case key' }),
  name: textShape,
  description: textShape,
  items: optionsShape,
};
const DICTIONARY_REQUIRED = ['key', 'name', 'items'];

/**
 * Checks a dictionary (form.schema.json `$defs/dictionary`: `{ key, name, description?, items }`) without throwing.
 * Problems use the codes of `checkForm` (`MISSING_PROPERTY`, `UNKNOWN_PROPERTY`, `INVALID_PROPERTY`,
 * `DUPLICATE_OPTION`) with JSON Pointers into the dictionary; duplicate values are looked for only once the shape
 * is right.
 *
 * @example
 * ```ts
 * checkDictionary({ key: 'size', name: '尺寸', items: [{ value: 's', label: '小' }, { value: 's', label: '大' }] });
 * // [{ code: 'DUPLICATE_OPTION', path: '/items/1/value', … }]
 * ```
 */
export function checkDictionary(dictionary: unknown): FormProblem[] {
  if (!isRecord(dictionary)) return [formProblem('INVALID_PROPERTY', '', 'A dictionary must be an object.')];
  const shape = checkProperties(dictionary, '', DICTIONARY_PROPERTIES, DICTIONARY_REQUIRED);
  if (shape.length > 0) return shape;
  return duplicateOptions(dictionary.items as readonly OptionItem[], pointer('', 'items'));
}
