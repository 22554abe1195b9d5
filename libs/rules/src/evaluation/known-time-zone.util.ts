import { IANAZone } from 'luxon';

// luxon checks a zone by building an Intl.DateTimeFormat each time (~100 µs); zone names are few and fixed, so the
// answer is remembered per name.
const known = new Map<string, boolean>();

/** True for a valid IANA time zone name (`Asia/Shanghai`); cached per name. */
export function isKnownTimeZone(zone: string): boolean {
  let valid = known.get(zone);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(zone);
    if (known.size < 1_000) known.set(zone, valid);
  }
  return valid;
}
