import { isCalendarDate } from '../dates/calendar.util';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
/** First two digits of GB/T 2260 province-level codes, plus 71 (Taiwan), 81/82 (Hong Kong, Macao), 83 (Taiwan residents), 91 (abroad). */
const REGIONS = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82, 83, 91,
]);

export type IdCardFault = 'INVALID_ID_CARD' | 'ID_CARD_REGION' | 'ID_CARD_BIRTH_DATE' | 'ID_CARD_CHECKSUM';

/** The GB 11643-1999 check character of the first 17 digits (ISO 7064 MOD 11-2). */
export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS[sum % 11] ?? '';
}

/**
 * Checks an 18-character resident ID number (GB 11643-1999): 17 digits and a check character (digit or `X`),
 * a known province code, a real birth date (yyyyMMdd, from 1900, not after `today` when given) and the
 * MOD 11-2 check character. Returns the first fault, or `null`.
 */
export function idCardFault(text: string, today?: string): IdCardFault | null {
  if (!/^\d{17}[\dX]$/.test(text)) return 'INVALID_ID_CARD';
  if (!REGIONS.has(Number(text.slice(0, 2)))) return 'ID_CARD_REGION';
  const birth = text.slice(6, 14);
  const real = isCalendarDate(Number(birth.slice(0, 4)), Number(birth.slice(4, 6)), Number(birth.slice(6, 8)));
  if (!real || birth < '19000101' || (today !== undefined && birth > today.replace(/-/g, ''))) {
    return 'ID_CARD_BIRTH_DATE';
  }
  return idCardCheckChar(text.slice(0, 17)) === text[17] ? null : 'ID_CARD_CHECKSUM';
}
