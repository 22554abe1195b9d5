import type { JsonValue } from '@anxin/rules';
import { hasAtMostDecimals, MONEY_MAX, roundToFen } from '../china/money.util';
import { integerShape, numberShape, stringShape } from '../definition/shape';
import type { NumberField, RatingField, ValueField } from '../model/form-definition.type';
import { issue, type Issue } from '../problems/issue.type';
import { coerceNumber } from './coerce.util';
import type { FieldKind } from './field-kind.type';

function range(value: number, min: number | undefined, max: number | undefined): Issue[] {
  if (min !== undefined && value < min) return [issue('MIN_VALUE', { min })];
  return max !== undefined && value > max ? [issue('MAX_VALUE', { max })] : [];
}

/** Rounds half away from zero to `digits` decimals. */
function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = Number((value * factor).toPrecision(15));
  return (Math.sign(scaled) * Math.round(Math.abs(scaled))) / factor + 0;
}

const whenNumber =
  (round: (value: number, field: ValueField) => number) =>
  (value: JsonValue, field: ValueField): JsonValue =>
    typeof value === 'number' && Number.isFinite(value) ? round(value, field) : value;

const numeric = {
  holdsValue: true,
  computable: true,
  ruleType: () => ({ type: 'number' }) as const,
  coerce: coerceNumber,
};

const bounds = { min: numberShape, max: numberShape, unit: stringShape({ doc: 'a display unit (㎡, 个, 小时)' }) };

export const numberKind: FieldKind = {
  ...numeric,
  type: 'number',
  summary: 'A number, optionally with a range and a number of decimals; a display unit.',
  value: 'number',
  example: 12.5,
  properties: { ...bounds, decimals: integerShape(0, 10) },
  normalizeComputed: whenNumber((value, field) => {
    const decimals = (field as NumberField).decimals;
    return decimals === undefined ? value : roundTo(value, decimals);
  }),
  check: (value, field) => {
    const f = field as NumberField;
    const x = Number(value);
    if (f.decimals !== undefined && !hasAtMostDecimals(x, f.decimals)) {
      return [issue('TOO_MANY_DECIMALS', { decimals: f.decimals })];
    }
    return range(x, f.min, f.max);
  },
};

export const integerKind: FieldKind = {
  ...numeric,
  type: 'integer',
  summary: 'A whole number (safe integer), optionally with a range.',
  value: 'number (integer)',
  example: 3,
  properties: bounds,
  normalizeComputed: whenNumber((value) => roundTo(value, 0)),
  check: (value, field) => {
    const f = field as NumberField;
    const x = Number(value);
    return Number.isSafeInteger(x) ? range(x, f.min, f.max) : [issue('NOT_INTEGER')];
  },
};

export const moneyKind: FieldKind = {
  ...numeric,
  type: 'money',
  summary:
    'An amount in CNY: yuan with at most two decimals, up to ±999 999 999 999.99; shown with its Chinese uppercase (大写金额).',
  value: 'number of yuan, at most 2 decimals (`1234.56`)',
  example: 1234.56,
  properties: bounds,
  normalizeComputed: whenNumber((value) => roundToFen(value)),
  check: (value, field) => {
    const f = field as NumberField;
    const x = Number(value);
    if (!hasAtMostDecimals(x, 2)) return [issue('TOO_MANY_DECIMALS', { decimals: 2 })];
    return range(x, f.min ?? -MONEY_MAX, f.max ?? MONEY_MAX);
  },
};

export const ratingKind: FieldKind = {
  ...numeric,
  computable: false,
  type: 'rating',
  summary: 'A score from 1 to `max` stars (default 5, at most 10).',
  value: 'integer 1…max',
  example: 5,
  properties: { max: integerShape(3, 10) },
  check: (value, field) => {
    const x = Number(value);
    const max = (field as RatingField).max ?? 5;
    return Number.isInteger(x) ? range(x, 1, max) : [issue('NOT_INTEGER')];
  },
};
