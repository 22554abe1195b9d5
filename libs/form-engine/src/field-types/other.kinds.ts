import type { JsonValue } from '@anxin/rules';
import { aggregatesShape, fieldsShape } from '../definition/compound-shapes';
import { booleanShape, integerShape, stringShape } from '../definition/shape';
import type { SubFormField } from '../model/form-definition.type';
import { issue } from '../problems/issue.type';
import { accept, characterCount, coerceNumber, coerceText, mismatch } from './coerce.util';
import type { Coerced, FieldKind } from './field-kind.type';

/** Default and absolute most rows of a sub-form. */
export const DEFAULT_MAX_ROWS = 200;
export const MAX_ROWS_LIMIT = 1000;
const MAX_ADDRESS_LENGTH = 200;

export const switchKind: FieldKind = {
  type: 'switch',
  summary: 'Yes or no. A required switch must be on (an agreement, 业主确认).',
  value: '`true` or `false` (the texts `"true"` and `"false"` are accepted)',
  example: true,
  properties: {},
  holdsValue: true,
  computable: true,
  ruleType: () => ({ type: 'boolean' }),
  coerce: (raw) => {
    if (typeof raw === 'boolean') return accept(raw);
    const text = typeof raw === 'string' ? raw.trim() : undefined;
    return text === 'true' || text === 'false' ? accept(text === 'true') : mismatch('boolean');
  },
  fills: (value) => value === true,
  check: () => [],
};

function coerceLocation(raw: unknown): Coerced {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return mismatch('location');
  const record = raw as Record<string, unknown>;
  if (Object.keys(record).some((k) => k !== 'lat' && k !== 'lng' && k !== 'address')) return mismatch('location');
  const lat = coerceNumber(record.lat);
  const lng = coerceNumber(record.lng);
  if (!lat.ok || !lng.ok) return mismatch('location');
  if (record.address === undefined || record.address === null) return accept({ lat: lat.value, lng: lng.value });
  const address = coerceText(record.address);
  if (!address.ok) return mismatch('location');
  return accept({ lat: lat.value, lng: lng.value, address: address.value });
}

export const locationKind: FieldKind = {
  type: 'location',
  summary: 'A position (GCJ-02 as Chinese map SDKs give it) with an optional address of at most 200 characters.',
  value: '`{ "lat": number, "lng": number, "address"?: text }`',
  example: { lat: 31.2304, lng: 121.4737, address: '上海市黄浦区人民大道200号' },
  properties: {},
  holdsValue: true,
  computable: false,
  ruleType: () => ({
    type: 'object',
    properties: [
      { name: 'lat', type: 'number' },
      { name: 'lng', type: 'number' },
      { name: 'address', type: 'string' },
    ],
  }),
  coerce: coerceLocation,
  check: (value) => {
    const { lat, lng, address } = value as { lat: number; lng: number; address?: string };
    const valid =
      Math.abs(lat) <= 90 &&
      Math.abs(lng) <= 180 &&
      (address === undefined || characterCount(address) <= MAX_ADDRESS_LENGTH);
    return valid ? [] : [issue('INVALID_LOCATION')];
  },
};

export const serialKind: FieldKind = {
  type: 'serial',
  summary:
    'A serial number (流水号) the server assigns from a pattern such as `BX-{yyyyMMdd}-{seq:4}`; whatever the client sends is ignored.',
  value: 'text, assigned by the host with `formatSerial` (`BX-20250128-0007`)',
  example: 'BX-20250128-0007',
  properties: {
    pattern: stringShape({ doc: 'literal text, date parts {yyyy} {yy} {MM} {dd} {HH} {yyyyMMdd}…, one {seq[:width]}' }),
  },
  required: ['label', 'pattern'],
  holdsValue: true,
  computable: false,
  ruleType: () => ({ type: 'string' }),
  coerce: coerceText,
  check: () => [],
};

export const subFormKind: FieldKind = {
  type: 'sub-form',
  summary:
    'A table of rows (子表单): columns are fields, with per-row rules (`$row`), row limits (default at most 200, never over 1000) and aggregates rules can read.',
  value: 'list of rows, each an object of the columns’ values',
  example: [{ name: '角阀', quantity: 2, unitPrice: 15, cost: 30 }],
  properties: {
    fields: fieldsShape,
    minRows: integerShape(0, MAX_ROWS_LIMIT),
    maxRows: integerShape(1, MAX_ROWS_LIMIT),
    aggregates: aggregatesShape,
  },
  required: ['label', 'fields'],
  holdsValue: true,
  computable: false,
  ruleType: () => ({ type: 'array' }),
  coerce: (raw) => (Array.isArray(raw) ? accept(raw as JsonValue[]) : mismatch('rows')),
  check: (value, field) => {
    const f = field as SubFormField;
    const rows = (value as unknown[]).length;
    const max = Math.min(f.maxRows ?? DEFAULT_MAX_ROWS, MAX_ROWS_LIMIT);
    if (f.minRows !== undefined && rows < f.minRows) return [issue('MIN_ROWS', { min: f.minRows })];
    return rows > max ? [issue('MAX_ROWS', { max })] : [];
  },
};

const layout = {
  holdsValue: false,
  computable: false,
  ruleType: () => ({ type: 'object' }) as const,
  coerce: () => mismatch('object'),
  check: () => [],
};

export const sectionKind: FieldKind = {
  ...layout,
  type: 'section',
  summary: 'A titled group of fields (分段) with its own grid columns; hiding it hides its fields. Layout only.',
  value: 'none',
  properties: { columns: integerShape(1, 4), collapsible: booleanShape, fields: fieldsShape },
  required: ['label', 'fields'],
};

export const dividerKind: FieldKind = {
  ...layout,
  type: 'divider',
  summary: 'A horizontal rule, optionally titled. Layout only.',
  value: 'none',
  properties: {},
  required: [],
};
