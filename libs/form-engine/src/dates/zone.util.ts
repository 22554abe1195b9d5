import { IANAZone, type Zone } from 'luxon';

const zones = new Map<string, Zone>();

/**
 * The luxon zone of an IANA name, created once: luxon re-validates a zone given by name on every call (an
 * `Intl.DateTimeFormat` each time), which dominated the cost of a submission with dates.
 */
export function zoneOf(name: string): Zone {
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = IANAZone.create(name);
    if (zones.size < 64) zones.set(name, zone);
  }
  return zone;
}
