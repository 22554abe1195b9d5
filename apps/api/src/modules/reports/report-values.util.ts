import type { JsonValue } from '@anxin/rules';
import type { FieldType, PlanColumn, ReportRow } from '@anxin/report-engine';

/**
 * A database value as the JSON value of its plan type: PostgreSQL's numeric and bigint arrive as text (exactness),
 * reports want numbers; dates as `YYYY-MM-DD`, instants as ISO strings.
 */
export function jsonValueOf(value: unknown, type: FieldType): JsonValue {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'number':
    case 'integer':
      return typeof value === 'number' ? value : Number(value);
    case 'date':
      return value instanceof Date ? localDate(value) : String(value as string).slice(0, 10);
    case 'datetime':
      return new Date(value as string | Date).toISOString();
    case 'boolean':
      return Boolean(value);
    case 'text':
    case 'id':
      return String(value as string);
  }
}

/** A `date` parsed by `pg` is local midnight of the server: its local calendar date is the value. */
function localDate(value: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
}

/** A result row with each selected column converted to its plan type. */
export function rowOf(row: Record<string, unknown>, columns: readonly PlanColumn[]): ReportRow {
  return Object.fromEntries(columns.map((column) => [column.key, jsonValueOf(row[column.key], column.type)]));
}
