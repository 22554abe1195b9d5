/** The `p`-th percentile (0–100) of `values`, nearest-rank; 0 for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(Math.max(rank, 0), sorted.length - 1)] ?? 0;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Integers grouped by thousands with spaces, as the docs write them: `12 345`. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en').replace(/,/g, ' ');
}

/** Milliseconds: whole from 100 up, one decimal below. */
export function formatMs(value: number): string {
  return value >= 100 ? formatCount(value) : value.toFixed(1);
}
