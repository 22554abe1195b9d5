/** An inclusive range of local days, `YYYY-MM-DD`. */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** Sorted distinct days grouped by calendar month: the chunks a full rebuild writes, one transaction each. */
export function monthChunks(days: readonly string[]): DayRange[] {
  const byMonth = new Map<string, string[]>();
  for (const day of [...new Set(days)].sort()) {
    const month = day.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), day]);
  }
  return [...byMonth.values()].map((list) => ({ from: list[0]!, to: list[list.length - 1]! }));
}

/** Sorted distinct days as runs of consecutive days: exactly those days, in as few statements as possible. */
export function consecutiveRuns(days: readonly string[]): DayRange[] {
  const runs: { from: string; to: string }[] = [];
  for (const day of [...new Set(days)].sort()) {
    const last = runs[runs.length - 1];
    if (last && dayNumber(day) === dayNumber(last.to) + 1) last.to = day;
    else runs.push({ from: day, to: day });
  }
  return runs;
}
