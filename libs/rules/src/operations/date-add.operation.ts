import { timeZoneOf } from '../evaluation/evaluation-context';
import { addToInstant, isDateUnit } from '../dates/date-unit';
import { formatInstant, parseInstant } from '../dates/instant.util';
import { eager } from './compile-helpers';
import { checkDateLiteral, checkUnitLiteral } from './date-literal.check';
import type { OperationDefinition } from './operation.type';

/**
 * `{ "date_add": [date, amount, unit] }`: the date moved by `amount` minutes, hours or days (calendar days in the
 * evaluation's time zone), as an ISO 8601 UTC string; `null` when the date, amount or unit is not valid.
 */
export const dateAddOperation: OperationDefinition = {
  name: 'date_add',
  family: 'date',
  summary: '`[date, amount, unit]`: the date moved by `amount` `minutes`, `hours` or `days`; ISO 8601 UTC, or `null`.',
  arity: { min: 3, max: 3 },
  signature: { params: [['date', 'number'], ['number'], ['string']], result: 'date' },
  checkLiterals: (raw, paths) => [
    ...checkDateLiteral(raw[0], paths[0] ?? ''),
    ...checkUnitLiteral(raw[2], paths[2] ?? ''),
  ],
  examples: [
    {
      description: 'on-site deadline: 4 hours after the report',
      rule: { date_add: [{ var: 'reportedAt' }, 4, 'hours'] },
      data: { reportedAt: '2025-01-27T09:30:00+08:00' },
      result: '2025-01-27T05:30:00.000Z',
    },
    {
      description: 'owner confirmation window: 3 days after completion',
      rule: { date_add: [{ var: 'completedAt' }, 3, 'days'] },
      data: { completedAt: '2025-01-27T18:00:00+08:00' },
      result: '2025-01-30T10:00:00.000Z',
    },
  ],
  compile: eager(([date, amount, unit], _data, ctx, path) => {
    if (!isDateUnit(unit) || typeof amount !== 'number' || !Number.isFinite(amount)) return null;
    const zone = timeZoneOf(ctx, path);
    const millis = parseInstant(date, zone);
    return millis === null ? null : formatInstant(addToInstant(millis, amount, unit, zone));
  }),
};
