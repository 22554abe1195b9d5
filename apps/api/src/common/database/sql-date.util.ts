/**
 * Timestamps read with raw SQL (`em.execute`) arrive as strings: MikroORM's PostgreSQL driver keeps `pg` from
 * parsing them. The `DateTime` scalar serialises only `Date`s (anything else is an INTERNAL error), so rows are
 * mapped through these.
 */
export function sqlDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

export function sqlDateOrNull(value: Date | string | null): Date | null {
  return value === null ? null : sqlDate(value);
}
