/** The `p`-th percentile (0–100) of `values`, nearest-rank; 0 for no values. */
export function percentile(values: ArrayLike<number>, p: number): number {
  if (values.length === 0) return 0;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(Math.max(rank, 0), sorted.length - 1)] ?? 0;
}

export function median(values: ArrayLike<number>): number {
  return percentile(values, 50);
}

/** Milliseconds since `start` (a `performance.now()` reading). */
export function elapsedMs(start: number): number {
  return performance.now() - start;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Integers grouped by thousands with spaces, as the docs write them: `12 345`. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en').replace(/,/g, ' ');
}

/** Rates: grouped integers from 100 up, one decimal below. */
export function formatRate(value: number): string {
  return value >= 100 ? formatCount(value) : value.toFixed(1);
}

/** Milliseconds with a precision that suits their size. */
export function formatMs(value: number): string {
  return value >= 100 ? formatCount(value) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

export function formatPercent(value: number): string {
  return `${(value * 100).toFixed(value >= 0.1 ? 0 : 1)} %`;
}

/** Runs `count` jobs with at most `concurrency` in flight; `job(i)` gets the index of the job it runs. */
export async function inFlight(count: number, concurrency: number, job: (index: number) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < count; index = next++) await job(index);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
}
