import { parse } from 'tinyduration';

const MILLIS = { weeks: 604_800_000, days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1_000 } as const;

// tinyduration's own pattern is not anchored ("P1DX" parses); this one is, and it refuses "P" and "PT".
const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
const STRICT_DURATION = new RegExp(
  `^-?P(?!$)(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?=\\d)(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`,
);

/** A parsed ISO 8601 duration, or why it cannot be used as a fixed length of time. */
export type DurationParse =
  | { readonly ok: true; readonly millis: number; readonly hasDays: boolean }
  | { readonly ok: false; readonly reason: 'syntax' | 'calendar-unit' };

/**
 * Parses an ISO 8601 duration (`PT4H`, `P2DT30M`, `-PT15M`, `P1W`) into milliseconds, with days of 24 hours.
 * Years and months have no fixed length and are refused (`calendar-unit`); add them to a date instead.
 */
export function parseDuration(text: string): DurationParse {
  if (!STRICT_DURATION.test(text)) return { ok: false, reason: 'syntax' };
  const parsed = parse(text);
  if (parsed.years || parsed.months) return { ok: false, reason: 'calendar-unit' };
  const millis =
    (parsed.weeks ?? 0) * MILLIS.weeks +
    (parsed.days ?? 0) * MILLIS.days +
    (parsed.hours ?? 0) * MILLIS.hours +
    (parsed.minutes ?? 0) * MILLIS.minutes +
    (parsed.seconds ?? 0) * MILLIS.seconds;
  const hasDays = Boolean(parsed.weeks || parsed.days);
  return { ok: true, millis: Math.round(parsed.negative ? -millis : millis), hasDays };
}
