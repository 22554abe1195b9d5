import { consecutiveRuns, monthChunks } from '../rollups/rollup-days.util';

describe('rollup days: how the worker cuts days into statements', () => {
  it('should cut a full rebuild into one range per month of days that have rows', () => {
    // Given days with rows in January, February and April (unsorted, with a repeat)
    const days = ['2026-02-03', '2026-01-05', '2026-01-31', '2026-04-01', '2026-01-05'];
    // When they are cut into month chunks
    // Then each month with rows is one range, from its first to its last such day
    expect(monthChunks(days)).toEqual([
      { from: '2026-01-05', to: '2026-01-31' },
      { from: '2026-02-03', to: '2026-02-03' },
      { from: '2026-04-01', to: '2026-04-01' },
    ]);
  });

  it('should recompute exactly the changed days, consecutive ones as one range (across a month end)', () => {
    // Given changed days, two of them consecutive across January's end
    const days = ['2026-02-01', '2026-01-31', '2026-03-04', '2026-01-31'];
    // When they are cut into runs
    // Then consecutive days share a range and no other day is included
    expect(consecutiveRuns(days)).toEqual([
      { from: '2026-01-31', to: '2026-02-01' },
      { from: '2026-03-04', to: '2026-03-04' },
    ]);
    expect(consecutiveRuns([])).toEqual([]);
  });
});
