import type { JsonValue } from '@anxin/rules';
import { issue } from '../problems/issue.type';
import type { Coerced } from './field-kind.type';

/** Numeric text the engine turns into a number: optional sign, digits, optional fraction. No exponent, no hex. */
const NUMERIC_TEXT = /^[+-]?\d+(\.\d+)?$/;

/**
 * "No value": absent, `null`, text that is empty once trimmed, or an empty list. Stored as `null`.
 */
export function isEmptyInput(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true;
  if (typeof raw === 'string') return raw.trim() === '';
  return Array.isArray(raw) && raw.length === 0;
}

export function accept(value: JsonValue): Coerced {
  return { ok: true, value };
}

export function mismatch(expected: string): Coerced {
  return { ok: false, issue: issue('TYPE_MISMATCH', { expected }) };
}

/** Text, trimmed. Nothing else is text: numbers and booleans are refused. */
export function coerceText(raw: unknown): Coerced {
  return typeof raw === 'string' ? accept(raw.trim()) : mismatch('text');
}

/** A finite number, or numeric text (`"30"`, `" 12.5 "`); `-0` becomes `0`. */
export function coerceNumber(raw: unknown): Coerced {
  if (typeof raw === 'number') return Number.isFinite(raw) ? accept(raw + 0) : mismatch('number');
  if (typeof raw === 'string' && NUMERIC_TEXT.test(raw.trim())) {
    const value = Number(raw.trim());
    return Number.isFinite(value) ? accept(value + 0) : mismatch('number');
  }
  return mismatch('number');
}

/** A list of non-empty texts (each trimmed). */
export function coerceTextList(raw: unknown): Coerced {
  if (!Array.isArray(raw)) return mismatch('list of text');
  const items: string[] = [];
  for (const item of raw) {
    if (typeof item !== 'string' || item.trim() === '') return mismatch('list of text');
    items.push(item.trim());
  }
  return accept(items);
}

/** The first value listed twice, if any. */
export function firstDuplicate(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  return values.find((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

/** Length in characters as people count them (code points: one emoji is one character). */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/** A coerced text value (checks only ever see text where text was coerced). */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
