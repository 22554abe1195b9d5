import { DEFAULT_TIME_ZONE } from '@anxin/rules';
import { isEmptyInput } from '../field-types/coerce.util';
import type { CheckContext } from '../field-types/field-kind.type';
import type { OptionItem, ValueField } from '../model/form-definition.type';
import { formProblem, pointer, type FormProblem } from '../problems/form-problem.type';
import type { LocatedField } from './located-field.type';
import { containsOperation } from './rule-references';

/**
 * A literal default (no operation in it) must be a valid value of its field: `"default": 5` on a rating of 1–5,
 * not `"default": "五"`. Options are checked only when they are listed in the field.
 */
export function checkDefaultLiteral(l: LocatedField): FormProblem[] {
  const field = l.field as ValueField & { default?: unknown; options?: readonly OptionItem[] };
  if (field.default === undefined || containsOperation(field.default) || isEmptyInput(field.default)) return [];
  if (!l.kind.holdsValue || l.kind.type === 'sub-form') return [];
  const at = pointer(l.path, 'default');
  const coerced = l.kind.coerce(field.default, field, { timeZone: DEFAULT_TIME_ZONE });
  if (!coerced.ok)
    return [formProblem('INVALID_DEFAULT', at, `Not a valid ${l.kind.type} value (${coerced.issue.code}).`)];
  const ctx: CheckContext = {
    timeZone: DEFAULT_TIME_ZONE,
    today: () => undefined,
    files: undefined,
    previous: undefined,
    options: () => (field.options ? { ok: true, items: field.options } : { ok: false, source: '' }),
  };
  const issues = l.kind.check(coerced.value, field, ctx).filter((i) => i.code !== 'OPTIONS_UNAVAILABLE');
  return issues.map((i) => formProblem('INVALID_DEFAULT', at, `Not a valid value of this field (${i.code}).`));
}
