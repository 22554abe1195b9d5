import fc from 'fast-check';
import { CheckedInstance } from './checked-instance.harness';
import { drainToEnd } from './drain-instance.util';
import { buildFamilyInstance, familyCaseArb } from './model-family.arbitrary';

describe('liveness of the generated processes', () => {
  it('should complete every instance by completing or approving every task and firing every timer', () => {
    fc.assert(
      fc.property(familyCaseArb, fc.boolean(), (family, timersFirst) => {
        // given a started instance of a generated process, every check switched on
        const instance = new CheckedInstance(buildFamilyInstance(family), { family: true, taskUpdates: true });

        // when the obvious next step is taken again and again (timers first, or only when no task can be done)
        const steps = drainToEnd(instance, { timersFirst, maxSteps: 300 });

        // then it completed, in a bounded number of steps
        expect(instance.state.status).toBe('completed');
        expect(steps).toBeLessThanOrEqual(300);
      }),
      { numRuns: 4000 },
    );
  });
});
