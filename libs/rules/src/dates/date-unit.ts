import { DateTime } from 'luxon';

/** Units of `date_add` and `date_diff`. `days` are calendar days in the evaluation's time zone. */
export type DateUnit = 'minutes' | 'hours' | 'days';

/** The units, for validation and documentation. */
export const DATE_UNITS: readonly DateUnit[] = ['minutes', 'hours', 'days'];

const UNIT_MILLIS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 } as const;

/** Narrows a value to a date unit. */
export function isDateUnit(value: unknown): value is DateUnit {
  return typeof value === 'string' && (DATE_UNITS as readonly string[]).includes(value);
}

/** Adds `amount` units to an instant; whole days move the wall clock in `zone`, fractions are 24-hour parts. */
export function addToInstant(millis: number, amount: number, unit: DateUnit, zone: string): number {
  if (unit !== 'days') return millis + amount * UNIT_MILLIS[unit];
  const whole = Math.trunc(amount);
  const shifted = DateTime.fromMillis(millis, { zone }).plus({ days: whole }).toMillis();
  return shifted + (amount - whole) * UNIT_MILLIS.days;
}

/** `to − from` in units (fractional); days count calendar days in `zone`. */
export function diffInstants(from: number, to: number, unit: DateUnit, zone: string): number {
  if (unit !== 'days') return (to - from) / UNIT_MILLIS[unit];
  const end = DateTime.fromMillis(to, { zone });
  return end.diff(DateTime.fromMillis(from, { zone }), 'days').days;
}
