import { DEFAULT_TIME_ZONE } from '@anxin/rules';
import { asText } from '../field-types/coerce.util';
import { coerceDateTime } from '../field-types/date.kinds';
import { formProblem, pointer, type FormProblem } from '../problems/form-problem.type';
import type { LocatedField } from './located-field.type';

const PAIRS = [
  ['minLength', 'maxLength'],
  ['min', 'max'],
  ['minItems', 'maxItems'],
  ['minCount', 'maxCount'],
  ['minRows', 'maxRows'],
] as const;

/** A bound as a comparable key: numbers as they are, days and times as text, date-times as instants. */
function boundKey(type: string, value: unknown): number | string | null {
  if (type !== 'datetime') return typeof value === 'number' || typeof value === 'string' ? value : null;
  const coerced = coerceDateTime(value, DEFAULT_TIME_ZONE);
  return coerced.ok ? Date.parse(asText(coerced.value)) : null;
}

/** Every lower bound is at most its upper bound; date-time bounds are valid ISO 8601. */
export function checkRanges(l: LocatedField): FormProblem[] {
  const field = l.field as unknown as Record<string, unknown>;
  return PAIRS.flatMap(([low, high]) => {
    const bounds = [field[low], field[high]];
    const keys = bounds.map((bound) => (bound === undefined ? undefined : boundKey(l.kind.type, bound)));
    const invalid = keys.findIndex((k) => k === null);
    if (invalid >= 0) {
      const name = invalid === 0 ? low : high;
      return [formProblem('INVALID_RANGE', pointer(l.path, name), 'A bound must be an ISO 8601 date-time.')];
    }
    const [min, max] = keys;
    if (min === undefined || max === undefined || min === null || max === null || min <= max) return [];
    return [formProblem('INVALID_RANGE', pointer(l.path, low), `"${low}" is greater than "${high}".`)];
  });
}
