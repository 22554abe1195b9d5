import type { JsonValue } from '@anxin/rules';
import type { FieldType, MeasureFormat } from '../model/dataset.type';

const pad = (n: number): string => String(n).padStart(2, '0');

function toNumber(value: unknown): number | null {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' || typeof value === 'bigint' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : null;
}

/**
 * A value from the database as JSON by its column type: numeric and bigint text → numbers; a `date` → `YYYY-MM-DD`
 * (a JS Date from the driver is read in local time, as the driver built it); a `datetime` → ISO 8601 in UTC.
 */
export function resultValue(value: unknown, type: FieldType): JsonValue {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'number':
    case 'integer':
      return toNumber(value);
    case 'boolean':
      return typeof value === 'boolean' ? value : value === 'true' || value === 't';
    case 'date':
      if (value instanceof Date) return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
      return typeof value === 'string' ? value.slice(0, 10) : null;
    case 'datetime':
      return value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : null;
    case 'text':
    case 'id':
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** A measure's value rounded to its decimals (a percent keeps them on the percentage: 0.12345 at 1 → 0.123). */
export function roundMeasure(
  value: unknown,
  format: MeasureFormat | undefined,
  decimals: number | undefined,
): number | null {
  const n = toNumber(value);
  if (n === null || decimals === undefined) return n;
  const places = format === 'percent' ? decimals + 2 : decimals;
  const factor = 10 ** places;
  return Math.round(n * factor) / factor;
}
