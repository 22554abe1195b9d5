import type { EntryLiteral, InputEntry, RangeBounds, TableValueType } from '@anxin/rules';

/**
 * A decision table cell as text, DMN style: `-` (or nothing) matches anything; `漏水` equals; `漏水, 堵塞` is one of;
 * `>= 500`, `< 200`, `[200..500)` are ranges (brackets include, parentheses exclude); `not(…)` negates; a JSON
 * object (`{"test": …}`) is kept as written. Texts with commas, brackets or spaces at the ends go in double quotes.
 */
export type EntryParse = { ok: true; entry: InputEntry | undefined } | { ok: false };

// Texts the parser would read as something else: quoted.
const NEEDS_QUOTES = /^[\s"[({<>]|\s$|[,，]|^not\(|^-$|^$/;

function literalText(value: EntryLiteral, type: TableValueType): string {
  if (typeof value !== 'string') return String(value);
  return type === 'string' && NEEDS_QUOTES.test(value) ? JSON.stringify(value) : value;
}

function boundText(value: number | string, type: TableValueType): string {
  return typeof value === 'number' ? String(value) : literalText(value, type === 'number' ? 'string' : type);
}

function rangeText(range: RangeBounds, type: TableValueType): string {
  const low = range.gte ?? range.gt;
  const high = range.lte ?? range.lt;
  if (low !== undefined && high !== undefined)
    return `${range.gte !== undefined ? '[' : '('}${boundText(low, type)}..${boundText(high, type)}${range.lte !== undefined ? ']' : ')'}`;
  if (low !== undefined) return `${range.gte !== undefined ? '>=' : '>'} ${boundText(low, type)}`;
  if (high !== undefined) return `${range.lte !== undefined ? '<=' : '<'} ${boundText(high, type)}`;
  return JSON.stringify({ range });
}

/** The text of a cell (the inverse of `parseEntry`). */
export function entryText(entry: InputEntry | undefined, type: TableValueType): string {
  if (entry === undefined) return '-';
  if (typeof entry !== 'object') return literalText(entry, type);
  if ('oneOf' in entry && entry.oneOf.length >= 2) return entry.oneOf.map((v) => literalText(v, type)).join(', ');
  if ('range' in entry) return rangeText(entry.range, type);
  if ('not' in entry) return `not(${entryText(entry.not, type)})`;
  return JSON.stringify(entry);
}

function parseLiteral(text: string, type: TableValueType): EntryLiteral | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return typeof parsed === 'string' ? parsed : undefined;
    } catch {
      return undefined;
    }
  }
  if (trimmed === '') return undefined;
  if (type === 'number') return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : undefined;
  if (type === 'boolean') return trimmed === 'true' ? true : trimmed === 'false' ? false : undefined;
  return trimmed;
}

function parseBound(text: string, type: TableValueType): number | string | undefined {
  const literal = parseLiteral(text, type === 'date' ? 'date' : 'number');
  return typeof literal === 'boolean' ? undefined : literal;
}

/** Splits at commas outside double quotes. */
function splitList(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    if (char === '"' && text[i - 1] !== '\\') quoted = !quoted;
    if ((char === ',' || char === '，') && !quoted) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  return [...parts, current];
}

const RANGE = /^([[(])\s*(.+?)\s*\.\.\s*(.+?)\s*([\])])$/;
const COMPARISON = /^(>=|>|<=|<)\s*(.+)$/;
const BOUND_KEYS: Readonly<Record<string, keyof RangeBounds>> = { '>=': 'gte', '>': 'gt', '<=': 'lte', '<': 'lt' };

function parseRange(text: string, type: TableValueType): EntryParse | undefined {
  const between = RANGE.exec(text);
  if (between) {
    const [, open, lowText, highText, close] = between as unknown as [string, string, string, string, string];
    const low = parseBound(lowText, type);
    const high = parseBound(highText, type);
    if (low === undefined || high === undefined) return { ok: false };
    return {
      ok: true,
      entry: { range: { [open === '[' ? 'gte' : 'gt']: low, [close === ']' ? 'lte' : 'lt']: high } },
    };
  }
  const comparison = COMPARISON.exec(text);
  if (!comparison) return undefined;
  const bound = parseBound(comparison[2] as string, type);
  return bound === undefined
    ? { ok: false }
    : { ok: true, entry: { range: { [BOUND_KEYS[comparison[1] as string] as string]: bound } } };
}

/** A cell's text as an input entry of the column's type; `{ ok: false }` when it means nothing. */
export function parseEntry(text: string, type: TableValueType): EntryParse {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === '-') return { ok: true, entry: undefined };
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
        ? { ok: true, entry: parsed as InputEntry }
        : { ok: false };
    } catch {
      return { ok: false };
    }
  }
  const negated = /^not\((.*)\)$/.exec(trimmed);
  if (negated) {
    const inner = parseEntry(negated[1] as string, type);
    return inner.ok && inner.entry !== undefined ? { ok: true, entry: { not: inner.entry } } : { ok: false };
  }
  if (type === 'number' || type === 'date') {
    const range = parseRange(trimmed, type);
    if (range) return range;
  }
  const items = splitList(trimmed).map((item) => parseLiteral(item, type));
  if (items.some((item) => item === undefined)) return { ok: false };
  const literals = items as EntryLiteral[];
  return { ok: true, entry: literals.length === 1 ? literals[0] : { oneOf: literals } };
}
