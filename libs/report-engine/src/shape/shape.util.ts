import type { ReportProblem } from '../model/report-problem.type';
import { pointer, reportProblem } from '../problems/report-problem.util';

/**
 * A check of one value's shape (what the JSON Schemas in definitions/schemas say): it appends problems to `out`.
 * Meaning (does the field exist, is the type right) is checked afterwards, on values whose shape is right.
 */
export type ShapeCheck = (value: unknown, path: string, out: ReportProblem[]) => void;

export const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]{0,62}$/;
export const KEBAB_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** `alias.column`: both identifiers. */
export const COLUMN_REF = /^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$/;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function expect(ok: boolean, what: string): ShapeCheck {
  return ok
    ? () => undefined
    : (_v, path, out) => out.push(reportProblem('INVALID_PROPERTY', path, `Must be ${what}.`));
}

/** Text, optionally one of `values` or matching `pattern` (`what` words the message). */
export function text(options: { values?: readonly string[]; pattern?: RegExp; what?: string } = {}): ShapeCheck {
  const what = options.values ? `one of ${options.values.join(', ')}` : (options.what ?? 'non-empty text');
  return (value, path, out) => {
    const ok =
      typeof value === 'string' &&
      value !== '' &&
      (options.values === undefined || options.values.includes(value)) &&
      (options.pattern === undefined || options.pattern.test(value));
    expect(ok, what)(value, path, out);
  };
}

export const identifier = text({ pattern: IDENTIFIER, what: 'an identifier (a letter, then letters, digits or _)' });
export const kebabKey = text({ pattern: KEBAB_KEY, what: 'a kebab-case key' });
export const columnRef = text({ pattern: COLUMN_REF, what: '"alias.column" in lower case' });

export function integer(min: number, max: number): ShapeCheck {
  return (value, path, out) =>
    expect(
      typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max,
      `an integer from ${min} to ${max}`,
    )(value, path, out);
}

export const boolean: ShapeCheck = (value, path, out) =>
  expect(typeof value === 'boolean', 'true or false')(value, path, out);

/** Any JSON (rules are checked for meaning later). */
export const anything: ShapeCheck = () => undefined;

/** A label: text, or `{ "zh-CN": text, "en"?: text }`. */
export const localizedText: ShapeCheck = (value, path, out) => {
  if (typeof value === 'string') return text()(value, path, out);
  if (!isRecord(value)) return expect(false, 'text or { "zh-CN", "en"? }')(value, path, out);
  object({ 'zh-CN': text(), en: text() }, ['zh-CN'])(value, path, out);
};

/** A list of items; `min` items at least. */
export function list(item: ShapeCheck, min = 0): ShapeCheck {
  return (value, path, out) => {
    if (!Array.isArray(value) || value.length < min) {
      const what = min > 0 ? `a list of at least ${min}` : 'a list';
      return expect(false, what)(value, path, out);
    }
    value.forEach((v, i) => item(v, pointer(path, i), out));
  };
}

/** An object with these properties only; `required` ones must be present. */
export function object(properties: Readonly<Record<string, ShapeCheck>>, required: readonly string[] = []): ShapeCheck {
  return (value, path, out) => {
    if (!isRecord(value)) return expect(false, 'an object')(value, path, out);
    for (const name of required) {
      if (value[name] === undefined) out.push(reportProblem('MISSING_PROPERTY', path, `"${name}" is required.`));
    }
    for (const [name, property] of Object.entries(value)) {
      const check = Object.hasOwn(properties, name) ? properties[name] : undefined;
      if (check === undefined) {
        out.push(reportProblem('UNKNOWN_PROPERTY', pointer(path, name), `"${name}" is not a property here.`));
      } else if (property !== undefined) check(property, pointer(path, name), out);
    }
  };
}

/** A map of any keys to values of one shape. */
export function record(item: ShapeCheck): ShapeCheck {
  return (value, path, out) => {
    if (!isRecord(value)) return expect(false, 'an object')(value, path, out);
    for (const [name, v] of Object.entries(value)) item(v, pointer(path, name), out);
  };
}

/** The first alternative whose `when` holds decides; none → `INVALID_PROPERTY`. */
export function either(
  alternatives: readonly { when: (value: unknown) => boolean; check: ShapeCheck }[],
  what: string,
): ShapeCheck {
  return (value, path, out) => {
    const chosen = alternatives.find((a) => a.when(value));
    if (chosen) chosen.check(value, path, out);
    else expect(false, what)(value, path, out);
  };
}

/** Runs a check and returns its problems. */
export function runShape(check: ShapeCheck, value: unknown, path = ''): ReportProblem[] {
  const out: ReportProblem[] = [];
  check(value, path, out);
  return out;
}

/** Problems for keys seen twice in `items` (path of the repeated key). */
export function duplicateKeys(items: readonly { key: string; path: string }[], what = 'key'): ReportProblem[] {
  const seen = new Set<string>();
  const problems: ReportProblem[] = [];
  for (const { key, path } of items) {
    if (seen.has(key)) problems.push(reportProblem('DUPLICATE_KEY', path, `The ${what} "${key}" is used twice.`));
    seen.add(key);
  }
  return problems;
}
