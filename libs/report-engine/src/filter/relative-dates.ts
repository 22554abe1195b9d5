import { DateTime } from 'luxon';
import type { DatasetField, TimeBucket } from '../model/dataset.type';
import type { PlanPredicate } from '../model/query-plan.type';
import { fieldExpr, valueNode } from './filter-context';

export type RelativeKind = 'inLast' | 'inThis' | 'inPrevious';

/** A range of instants in the dataset's zone; `to` is included only for `inLast` (it is now). */
export interface RelativeRange {
  readonly from: DateTime;
  readonly to: DateTime;
  readonly toIncluded: boolean;
}

const PLURAL = { day: 'days', week: 'weeks', month: 'months', quarter: 'quarters', year: 'years' } as const;

/**
 * The range of a relative date filter, in `zone` (weeks start on Monday):
 * - `inLast n unit`: from the start of the unit n−1 units before now's (the last 30 days start 29 days before
 *   today at midnight) up to and including now;
 * - `inThis unit`: the current bucket, `[start, next start)`;
 * - `inPrevious unit`: the bucket before it.
 */
export function relativeRange(
  kind: RelativeKind,
  unit: TimeBucket,
  count: number,
  now: Date,
  zone: string,
): RelativeRange {
  const local = DateTime.fromJSDate(now, { zone });
  const start = local.startOf(unit);
  switch (kind) {
    case 'inLast':
      return { from: start.minus({ [PLURAL[unit]]: count - 1 }), to: local, toIncluded: true };
    case 'inThis':
      return { from: start, to: start.plus({ [PLURAL[unit]]: 1 }), toIncluded: false };
    case 'inPrevious':
      return { from: start.minus({ [PLURAL[unit]]: 1 }), to: start, toIncluded: false };
  }
}

/** The bucket starting on `day` (a local date) as `[start, next start)` in `zone`, or undefined when it is not a bucket start. */
export function bucketRange(day: string, unit: TimeBucket, zone: string): { from: DateTime; to: DateTime } | undefined {
  const from = DateTime.fromISO(day, { zone });
  if (!from.isValid || !from.startOf(unit).equals(from)) return undefined;
  return { from, to: from.plus({ [PLURAL[unit]]: 1 }) };
}

/** A time field within a range: `>= from` and `< to` (`<= to` when included), dates for date fields. */
export function rangePredicate(field: DatasetField, range: RelativeRange): PlanPredicate {
  const at = (t: DateTime) => (field.type === 'date' ? t.toISODate() : t.toUTC().toISO());
  const expr = fieldExpr(field);
  return {
    kind: 'and',
    items: [
      { kind: 'compare', op: '>=', left: expr, right: valueNode(at(range.from), field.type) },
      { kind: 'compare', op: range.toIncluded ? '<=' : '<', left: expr, right: valueNode(at(range.to), field.type) },
    ],
  };
}
