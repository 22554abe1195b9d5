/** Number of combinations of one choice per list. */
export function productSize(sizes: readonly number[]): number {
  return sizes.reduce((acc, n) => acc * n, 1);
}

/**
 * Visits every combination of one index per list (odometer order) until `visit` returns false. Callers bound the
 * product with `productSize` first.
 */
export function forEachCombination(sizes: readonly number[], visit: (combination: readonly number[]) => boolean): void {
  if (sizes.some((n) => n === 0)) return;
  const combination = sizes.map(() => 0);
  for (;;) {
    if (!visit(combination)) return;
    let column = sizes.length - 1;
    while (column >= 0 && (combination[column] ?? 0) + 1 >= (sizes[column] ?? 0)) {
      combination[column] = 0;
      column -= 1;
    }
    if (column < 0) return;
    combination[column] = (combination[column] ?? 0) + 1;
  }
}
