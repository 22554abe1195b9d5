import type { JsonValue } from '@anxin/rules';
import { idCardFault } from '../china/id-card.util';
import { isPhoneNumber } from '../china/phone.util';
import { integerShape, stringShape, type Shape } from '../definition/shape';
import type { PhoneField, TextField, ValueField } from '../model/form-definition.type';
import { issue, type Issue } from '../problems/issue.type';
import { accept, asText, characterCount, coerceText } from './coerce.util';
import type { FieldKind } from './field-kind.type';

/** Default longest text: one line, a paragraph. */
export const DEFAULT_MAX_LENGTH = { text: 200, textarea: 2000 } as const;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const MAX_EMAIL_LENGTH = 254;

const patterns = new Map<string, RegExp | null>();

/** The author's pattern matched against the whole value (Unicode mode), compiled once; `null` if invalid. */
export function wholeValuePattern(source: string): RegExp | null {
  let compiled = patterns.get(source);
  if (compiled === undefined) {
    try {
      compiled = new RegExp(`^(?:${source})$`, 'u');
    } catch {
      compiled = null;
    }
    patterns.set(source, compiled);
  }
  return compiled;
}

function checkText(value: JsonValue, field: ValueField): Issue[] {
  const f = field as TextField;
  const text = asText(value);
  const length = characterCount(text);
  const max = f.maxLength ?? DEFAULT_MAX_LENGTH[f.type];
  const found: Issue[] = [];
  if (f.minLength !== undefined && length < f.minLength) found.push(issue('MIN_LENGTH', { min: f.minLength }));
  if (length > max) found.push(issue('MAX_LENGTH', { max }));
  if (f.pattern !== undefined && found.length === 0 && wholeValuePattern(f.pattern)?.test(text) === false) {
    found.push(issue('PATTERN_MISMATCH'));
  }
  return found;
}

const lengthShapes: Record<string, Shape> = {
  minLength: integerShape(0, 100_000),
  maxLength: integerShape(1, 100_000),
  pattern: stringShape({ doc: 'a regular expression (Unicode) the whole value must match' }),
};

const textBase = {
  holdsValue: true,
  computable: true,
  ruleType: () => ({ type: 'string' }) as const,
  coerce: coerceText,
  check: checkText,
};

export const textKind: FieldKind = {
  ...textBase,
  type: 'text',
  summary: 'One line of text (default at most 200 characters), optionally matching a pattern.',
  value: 'text, trimmed',
  example: '3栋1单元1201',
  properties: lengthShapes,
};

export const textareaKind: FieldKind = {
  ...textBase,
  type: 'textarea',
  summary: 'Several lines of text (default at most 2000 characters).',
  value: 'text, trimmed',
  example: '厨房水槽下方持续漏水',
  properties: lengthShapes,
};

export const emailKind: FieldKind = {
  type: 'email',
  summary: 'An email address (at most 254 characters).',
  value: 'text, trimmed',
  example: 'wang@example.com',
  properties: {},
  holdsValue: true,
  computable: false,
  ruleType: () => ({ type: 'string' }),
  coerce: coerceText,
  check: (value) => {
    const text = asText(value);
    return text.length <= MAX_EMAIL_LENGTH && EMAIL.test(text) ? [] : [issue('INVALID_EMAIL')];
  },
};

export const phoneKind: FieldKind = {
  type: 'phone',
  summary:
    'A mainland phone number: mobile `1[3-9]` + 9 digits, or landline `0` + 2–3 digit area code, optional `-`, 7–8 digits, optional extension (`-123`, `转123`, `#123`).',
  value: 'text as dialled, trimmed (no spaces, no +86)',
  example: '13800138000',
  properties: { kind: stringShape({ enum: ['mobile', 'landline', 'any'] }) },
  holdsValue: true,
  computable: false,
  ruleType: () => ({ type: 'string' }),
  coerce: coerceText,
  check: (value, field) => {
    const kind = (field as PhoneField).kind ?? 'any';
    return isPhoneNumber(asText(value), kind) ? [] : [issue('INVALID_PHONE', { kind })];
  },
};

export const idCardKind: FieldKind = {
  type: 'id-card',
  summary:
    'An 18-character resident ID number (GB 11643): province code, real birth date (not in the future), MOD 11-2 check character.',
  value: 'text, trimmed, a final `x` upper-cased',
  example: '11010519491231002X',
  properties: {},
  holdsValue: true,
  computable: false,
  ruleType: () => ({ type: 'string' }),
  coerce: (raw) => {
    const text = coerceText(raw);
    return text.ok && typeof text.value === 'string' ? accept(text.value.replace(/x$/, 'X')) : text;
  },
  check: (value, _field, ctx) => {
    const fault = idCardFault(asText(value), ctx.today());
    return fault === null ? [] : [issue(fault)];
  },
};
