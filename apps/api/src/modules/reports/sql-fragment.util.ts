/**
 * A piece of SQL for knex's `raw`: `??` placeholders for identifiers (knex quotes them), `?` for values (bound
 * parameters). The text itself is only ever written by the compiler, never taken from a definition or a viewer.
 */
export interface SqlFragment {
  readonly sql: string;
  readonly bindings: readonly unknown[];
}

export const fragment = (sql: string, bindings: readonly unknown[] = []): SqlFragment => ({ sql, bindings });

/** `parts` joined by `separator` (a fixed text such as `, ` or ` and `). */
export function joinFragments(parts: readonly SqlFragment[], separator: string): SqlFragment {
  return { sql: parts.map((p) => p.sql).join(separator), bindings: parts.flatMap((p) => p.bindings) };
}

/** A template of fixed SQL with fragments in it: `sqlOf\`(${a}) + (${b})\``. */
export function sqlOf(strings: TemplateStringsArray, ...parts: SqlFragment[]): SqlFragment {
  let sql = strings[0] ?? '';
  const bindings: unknown[] = [];
  parts.forEach((part, i) => {
    sql += part.sql + (strings[i + 1] ?? '');
    bindings.push(...part.bindings);
  });
  return { sql, bindings };
}

/** A plan that cannot be compiled safely: always a bug of the planner or of a checker, never a viewer's fault. */
export class UnsafePlanError extends Error {
  override readonly name = 'UnsafePlanError';
}

// Identifiers of a plan are table, column, alias and result keys of checked definitions. Anything else is refused
// before it reaches SQL, even though knex would quote it: a `?` in an identifier would shift the bindings.
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** `??`, after checking the identifier has the shape every checked definition gives it. */
export function identifier(name: string): SqlFragment {
  if (!IDENTIFIER.test(name)) throw new UnsafePlanError(`unsafe identifier in a query plan: ${JSON.stringify(name)}`);
  return fragment('??', [name]);
}

/** A whole number ≥ `min` from a plan (limits, offsets, array indexes), bound as a parameter. */
export function wholeNumber(value: number, min: number, what: string): SqlFragment {
  if (!Number.isSafeInteger(value) || value < min) throw new UnsafePlanError(`${what} must be an integer ≥ ${min}`);
  return fragment('?::bigint', [value]);
}
