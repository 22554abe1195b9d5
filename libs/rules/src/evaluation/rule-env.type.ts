import type { BusinessCalendar } from '../calendar/business-calendar.type';
import type { RuleLimits } from './rule-limits';

/** The default time zone of every date calculation: Anxin's projects are in mainland China. */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/**
 * What an evaluation may know about the world. Nothing else is read: the library never looks at the system clock.
 *
 * @example
 * ```ts
 * evaluate({ now: [] }, {}, { now: () => clock.now() });
 * ```
 */
export interface RuleEnv {
  /** The clock; `now` reads it once per evaluation. Return a `Date` or epoch milliseconds. */
  readonly now?: () => Date | number;
  /** IANA zone for calendar-day arithmetic and for ISO strings without offset; default `Asia/Shanghai`. */
  readonly timeZone?: string;
  /** Business calendars by name, for `add_working_time`; without it that operation fails with `CALENDAR_MISSING`. */
  readonly calendar?: (name: string) => BusinessCalendar | undefined;
  /** Tighter (or looser) limits than {@link DEFAULT_RULE_LIMITS}. */
  readonly limits?: Partial<RuleLimits>;
}
