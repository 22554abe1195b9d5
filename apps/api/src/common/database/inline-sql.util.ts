import { escapeLiteral } from 'pg';

/** A value {@link inlineSql} can write as an SQL literal. Objects and arrays travel as JSON text (`?::jsonb`). */
export type SqlValue = string | number | boolean | null | undefined;

/**
 * `sql` (written with `?` placeholders, by us) with each placeholder replaced by its value as an SQL literal, for the
 * simple query protocol, which takes no parameters but runs several statements in one round trip. Strings go through
 * node-postgres's `escapeLiteral` (quotes doubled; with a backslash, an `E''` literal with backslashes doubled),
 * which is correct whatever `standard_conforming_strings` says; numbers must be finite. The template is never
 * rescanned after a value is put in, so a `?` inside a value stays text.
 */
export function inlineSql(sql: string, params: readonly SqlValue[]): string {
  let index = 0;
  const text = sql.replace(/\?/g, () => {
    if (index >= params.length) throw new Error(`inlineSql: more placeholders than the ${params.length} values`);
    return sqlLiteral(params[index++]);
  });
  if (index !== params.length) throw new Error(`inlineSql: ${params.length} values for ${index} placeholders`);
  return text;
}

/** `value` as an SQL literal (see {@link inlineSql}). */
export function sqlLiteral(value: SqlValue): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`inlineSql: ${value} is not a finite number`);
    return String(value);
  }
  return escapeLiteral(value);
}
