import { timeZoneOf } from '../evaluation/evaluation-context';
import { diffInstants, isDateUnit } from '../dates/date-unit';
import { parseInstant } from '../dates/instant.util';
import { eager } from './compile-helpers';
import { checkDateLiteral, checkUnitLiteral } from './date-literal.check';
import type { OperationDefinition } from './operation.type';

/**
 * `{ "date_diff": [from, to, unit] }`: `to − from` in `minutes`, `hours` or `days` (fractional; negative when `to`
 * is earlier); `null` when a date or the unit is not valid.
 */
export const dateDiffOperation: OperationDefinition = {
  name: 'date_diff',
  family: 'date',
  summary: '`[from, to, unit]`: the time from `from` to `to` in `minutes`, `hours` or `days` (fractional), or `null`.',
  arity: { min: 3, max: 3 },
  signature: { params: [['date', 'number'], ['date', 'number'], ['string']], result: 'number' },
  checkLiterals: (raw, paths) => [
    ...checkDateLiteral(raw[0], paths[0] ?? ''),
    ...checkDateLiteral(raw[1], paths[1] ?? ''),
    ...checkUnitLiteral(raw[2], paths[2] ?? ''),
  ],
  examples: [
    {
      description: 'hours waited since the report',
      rule: { date_diff: [{ var: 'reportedAt' }, { now: [] }, 'hours'] },
      data: { reportedAt: '2025-01-27T09:30:00+08:00' },
      now: '2025-01-27T04:00:00.000Z',
      result: 2.5,
    },
  ],
  compile: eager(([from, to, unit], _data, ctx, path) => {
    if (!isDateUnit(unit)) return null;
    const zone = timeZoneOf(ctx, path);
    const start = parseInstant(from, zone);
    const end = parseInstant(to, zone);
    return start === null || end === null ? null : diffInstants(start, end, unit, zone);
  }),
};
