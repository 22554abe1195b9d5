/** Argument names whose values never reach the audit log. */
const SECRET_KEY = /pass(word)?|secret|token|credential|otp|pin$/i;
const MAX_STRING = 200;
const MAX_ITEMS = 20;
const MAX_DEPTH = 5;
const MAX_JSON = 4_000;

export const REDACTED = '[redacted]';

/**
 * What the audit row keeps of a mutation's input: the arguments with secrets replaced by `[redacted]`, long strings
 * and lists cut, deep nesting elided, and at most ~4 KB in all.
 */
export function summarizeInput(args: Record<string, unknown>): Record<string, unknown> {
  const summary = summarize(args, 0) as Record<string, unknown>;
  const json = JSON.stringify(summary);
  return json.length <= MAX_JSON ? summary : { truncated: true, keys: Object.keys(args) };
}

function summarize(value: unknown, depth: number): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (depth >= MAX_DEPTH) return '…';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => summarize(item, depth + 1));
    return value.length > MAX_ITEMS ? [...items, `… ${value.length - MAX_ITEMS} more`] : items;
  }
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, SECRET_KEY.test(key) ? REDACTED : summarize(item, depth + 1)]),
    );
  }
  return typeof value === 'bigint' ? value.toString() : null;
}
