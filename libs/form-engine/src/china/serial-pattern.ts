import { DEFAULT_TIME_ZONE } from '@anxin/rules';
import { DateTime } from 'luxon';
import { zoneOf } from '../dates/zone.util';

/** Date parts a serial pattern may use, in the form's time zone. */
const DATE_TOKENS: ReadonlySet<string> = new Set([
  'yyyy',
  'yy',
  'MM',
  'dd',
  'HH',
  'yyyyMM',
  'yyyyMMdd',
  'yyMM',
  'yyMMdd',
]);
const SEQ = /^seq(?::(\d{1,2}))?$/;
const DEFAULT_SEQ_WIDTH = 4;

type SerialPart =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'date'; readonly format: string }
  | { readonly kind: 'seq'; readonly width: number };

export type ParsedSerialPattern =
  { readonly ok: true; readonly parts: readonly SerialPart[] } | { readonly ok: false; readonly message: string };

function token(body: string): SerialPart | string {
  if (DATE_TOKENS.has(body)) return { kind: 'date', format: body };
  const seq = SEQ.exec(body);
  if (seq === null)
    return `unknown part "{${body}}"; use ${[...DATE_TOKENS].map((t) => `{${t}}`).join(' ')} or {seq[:width]}`;
  const width = seq[1] === undefined ? DEFAULT_SEQ_WIDTH : Number(seq[1]);
  return width >= 1 && width <= 12 ? { kind: 'seq', width } : `the width of {seq:${seq[1]}} must be 1 to 12`;
}

/**
 * Parses a serial-number pattern such as `BX-{yyyyMMdd}-{seq:4}`: literal text, date parts and exactly one
 * `{seq}` (zero-padded to its width, default 4; longer numbers are never cut).
 */
export function parseSerialPattern(pattern: string): ParsedSerialPattern {
  const parts: SerialPart[] = [];
  const re = /\{([^{}]*)\}|([^{}]+)|([{}])/g;
  for (let match = re.exec(pattern); match !== null; match = re.exec(pattern)) {
    const [, body, literal, brace] = match;
    if (brace !== undefined) return { ok: false, message: `unbalanced "${brace}"` };
    if (literal !== undefined) {
      parts.push({ kind: 'literal', text: literal });
      continue;
    }
    const part = token(body ?? '');
    if (typeof part === 'string') return { ok: false, message: part };
    parts.push(part);
  }
  const seqs = parts.filter((p) => p.kind === 'seq').length;
  return seqs === 1 ? { ok: true, parts } : { ok: false, message: `a pattern needs exactly one {seq}, found ${seqs}` };
}

function toDateTime(date: Date | number | string, timeZone: string): DateTime | null {
  const zone = zoneOf(timeZone);
  const parsed =
    typeof date === 'string'
      ? DateTime.fromISO(date, { zone })
      : typeof date === 'number'
        ? DateTime.fromMillis(date, { zone })
        : DateTime.fromJSDate(date, { zone });
  return parsed.isValid ? parsed.setZone(zone) : null;
}

function render(pattern: string, date: Date | number | string, seq: string, timeZone: string): string | null {
  const parsed = parseSerialPattern(pattern);
  const at = toDateTime(date, timeZone);
  if (!parsed.ok || at === null) return null;
  return parsed.parts
    .map((part) => (part.kind === 'literal' ? part.text : part.kind === 'date' ? at.toFormat(part.format) : seq))
    .join('');
}

/**
 * The serial number the host assigns: the pattern with the date parts of `date` (in `timeZone`, default
 * Asia/Shanghai) and the sequence number zero-padded. `null` for an invalid pattern, date or sequence (a
 * non-negative safe integer).
 *
 * @example formatSerial('BX-{yyyyMMdd}-{seq:4}', '2025-01-28T10:00:00+08:00', 7); // 'BX-20250128-0007'
 */
export function formatSerial(
  pattern: string,
  date: Date | number | string,
  seq: number,
  timeZone: string = DEFAULT_TIME_ZONE,
): string | null {
  if (!Number.isSafeInteger(seq) || seq < 0) return null;
  const parsed = parseSerialPattern(pattern);
  const width = parsed.ok ? (parsed.parts.find((p) => p.kind === 'seq')?.width ?? DEFAULT_SEQ_WIDTH) : 0;
  return render(pattern, date, String(seq).padStart(width, '0'), timeZone);
}

/**
 * The key of the sequence counter a serial number draws from: the pattern with its date parts filled and
 * `{seq}` left in place (`BX-20250128-{seq}`). Counting per key makes a pattern with `{yyyyMMdd}` restart every
 * day, one with `{yyyyMM}` every month, and one without date parts never.
 */
export function serialSequenceKey(
  pattern: string,
  date: Date | number | string,
  timeZone: string = DEFAULT_TIME_ZONE,
): string | null {
  return render(pattern, date, '{seq}', timeZone);
}
