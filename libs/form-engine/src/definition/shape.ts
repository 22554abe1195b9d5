import { formProblem, pointer, type FormProblem } from '../problems/form-problem.type';

/**
 * The expected shape of one property of a definition: a check, and the words the docs and messages use for it.
 * form.schema.json states the same shapes; a test keeps the two lists of properties equal.
 */
export interface Shape {
  readonly doc: string;
  readonly check: (value: unknown, path: string) => FormProblem[];
}

const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

function invalid(path: string, what: string): FormProblem[] {
  return [formProblem('INVALID_PROPERTY', path, `Must be ${what}.`)];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text, optionally one of a list or matching a pattern. */
export function stringShape(options: { enum?: readonly string[]; pattern?: RegExp; doc?: string } = {}): Shape {
  const what = options.enum ? `one of ${options.enum.map((e) => `"${e}"`).join(', ')}` : (options.doc ?? 'text');
  return {
    doc: what,
    check: (value, path) => {
      if (typeof value !== 'string') return invalid(path, what);
      if (options.enum && !options.enum.includes(value)) return invalid(path, what);
      return options.pattern && !options.pattern.test(value) ? invalid(path, what) : [];
    },
  };
}

/** Names rules can never read (`@anxin/rules` refuses them as path segments), so no field may have them. */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['constructor', 'prototype']);

/** A field or aggregate key: an identifier rules can read (`category`, `unitPrice`). */
export const keyShape: Shape = {
  doc: 'an identifier: a letter, then letters, digits or _ (at most 64); not constructor or prototype',
  check: (value, path) =>
    isFieldKey(value) ? [] : invalid(path, 'an identifier: a letter, then letters, digits or _ (at most 64)'),
};

export function isFieldKey(value: unknown): value is string {
  return typeof value === 'string' && KEY_PATTERN.test(value) && !RESERVED_KEYS.has(value);
}

/** An integer in a range. */
export function integerShape(min: number, max: number): Shape {
  const what = `an integer from ${min} to ${max}`;
  return {
    doc: what,
    check: (value, path) =>
      typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? [] : invalid(path, what),
  };
}

export const numberShape: Shape = {
  doc: 'a number',
  check: (value, path) => (typeof value === 'number' && Number.isFinite(value) ? [] : invalid(path, 'a number')),
};

export const booleanShape: Shape = {
  doc: 'true or false',
  check: (value, path) => (typeof value === 'boolean' ? [] : invalid(path, 'true or false')),
};

/** A JSONLogic rule: any JSON; `checkForm` checks it with `checkRule`. */
export const ruleShape: Shape = { doc: 'a JSONLogic rule', check: () => [] };

/** A label in Chinese, or `{ "zh-CN", "en"? }`. */
export const textShape: Shape = {
  doc: 'text, or { "zh-CN": text, "en"?: text }',
  check: (value, path) => {
    if (typeof value === 'string') return value === '' ? invalid(path, 'non-empty text') : [];
    if (!isRecord(value) || typeof value['zh-CN'] !== 'string' || value['zh-CN'] === '') {
      return invalid(path, 'text, or { "zh-CN": text, "en"?: text }');
    }
    const extra = Object.keys(value).filter((k) => k !== 'zh-CN' && k !== 'en');
    if (extra.length > 0)
      return [formProblem('UNKNOWN_PROPERTY', pointer(path, extra[0] ?? ''), 'Only "zh-CN" and "en".')];
    return value.en === undefined || typeof value.en === 'string' ? [] : invalid(pointer(path, 'en'), 'text');
  },
};

/** A non-empty list of distinct texts. */
export const stringListShape: Shape = {
  doc: 'a non-empty list of texts',
  check: (value, path) =>
    Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string' && v !== '')
      ? []
      : invalid(path, 'a non-empty list of texts'),
};

/** `required`: true, false or a JSONLogic condition. */
export const requiredShape: Shape = { doc: 'true, false or a JSONLogic condition', check: () => [] };

/**
 * Checks an object against its allowed properties: unknown ones, missing required ones, then each shape.
 */
export function checkProperties(
  value: Record<string, unknown>,
  path: string,
  shapes: Readonly<Record<string, Shape>>,
  required: readonly string[],
): FormProblem[] {
  const problems: FormProblem[] = [];
  for (const name of required) {
    if (value[name] === undefined) problems.push(formProblem('MISSING_PROPERTY', path, `"${name}" is required.`));
  }
  for (const [name, property] of Object.entries(value)) {
    const shape = Object.hasOwn(shapes, name) ? shapes[name] : undefined;
    if (shape === undefined) {
      problems.push(formProblem('UNKNOWN_PROPERTY', pointer(path, name), `"${name}" is not a property here.`));
    } else if (property !== undefined) problems.push(...shape.check(property, pointer(path, name)));
  }
  return problems;
}
