import type { FieldType } from '@anxin/form-engine';

const NUMERIC: ReadonlySet<FieldType> = new Set(['number', 'integer', 'money', 'rating']);

/**
 * The `default` a designer typed: a rule when it is JSON of an object or a list (`{"var":"$user.name"}`), a number
 * for number fields, true/false for a switch, else the text itself. Empty: no default.
 */
export function parseDefault(text: string, type: FieldType): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      return text;
    }
  }
  if (NUMERIC.has(type) && /^[+-]?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (type === 'switch' && (trimmed === 'true' || trimmed === 'false')) return trimmed === 'true';
  return text;
}

/** How a default shows in its input: text as it is, anything else as JSON. */
export function formatDefault(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
