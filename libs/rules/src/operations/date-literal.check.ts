import { DEFAULT_TIME_ZONE } from '../evaluation/rule-env.type';
import { DATE_UNITS, isDateUnit } from '../dates/date-unit';
import { parseInstant } from '../dates/instant.util';
import { problem, type RuleProblem } from '../problems/rule-problem.type';

/** Flags a literal that is not an ISO 8601 instant where a date is expected. */
export function checkDateLiteral(value: unknown, path: string): RuleProblem[] {
  if (typeof value !== 'string' || parseInstant(value, DEFAULT_TIME_ZONE) !== null) return [];
  return [problem('INVALID_DATE', path, `"${value}" is not an ISO 8601 date or date-time.`)];
}

/** Flags a literal unit that `date_add` / `date_diff` do not know. */
export function checkUnitLiteral(value: unknown, path: string): RuleProblem[] {
  if (value === undefined || isDateUnit(value) || (typeof value === 'object' && value !== null)) return [];
  return [
    problem('INVALID_ARGUMENT', path, `Unit must be one of ${DATE_UNITS.join(', ')}; got ${JSON.stringify(value)}.`),
  ];
}
