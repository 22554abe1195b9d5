import fc from 'fast-check';
import { CheckedInstance, type ExtraChecks } from './checked-instance.harness';
import { commandChoiceArb, pickCommand, type CommandChoice } from './command-choice.arbitrary';
import { drainToEnd } from './drain-instance.util';
import { buildFamilyInstance, familyCaseArb, type FamilyCase } from './model-family.arbitrary';

/** Runs the choices on a fresh instance (stopping one step after it ended: that step must be refused or a no-op). */
function runChoices(family: FamilyCase, choices: readonly CommandChoice[], checks: ExtraChecks): CheckedInstance {
  const instance = new CheckedInstance(buildFamilyInstance(family), checks);
  let stepsAfterEnd = 0;
  for (const choice of choices) {
    if (instance.state.status !== 'running' && ++stepsAfterEnd > 1) break;
    instance.step(pickCommand(instance.family.model, instance.state, choice, instance.memory));
  }
  return instance;
}

const choicesArb = fc.array(commandChoiceArb, { maxLength: 25 });

describe('random command sequences on random processes', () => {
  it('should keep every invariant, refuse without change, count revisions and announce every change', () => {
    fc.assert(
      fc.property(familyCaseArb, choicesArb, (family, choices) => {
        // given a started instance of a generated process
        // when random commands run
        const instance = runChoices(family, choices, {});

        // then the harness found, after every step: no invariant broken, refusals changing nothing, the revision
        // one up per accepted command, and effects matching the state diff
        expect(instance.trace.length).toBeGreaterThan(0);
      }),
      { numRuns: 6000 },
    );
  });

  /*
   * Found 退回 from a non-interrupting boundary path to its still-running host, and 撤回 after somebody else's 退回 to
   * the same task, leaving two tokens at the target (regressions.spec.ts).
   */
  it('should never duplicate a token or a task, and the instance should still run to its end', () => {
    fc.assert(
      fc.property(familyCaseArb, choicesArb, fc.boolean(), (family, choices, timersFirst) => {
        // given a started instance of a generated process
        // when random commands run, the family invariants checked after each
        const instance = runChoices(family, choices, { family: true });

        // then doing the obvious next steps still ends it
        drainToEnd(instance, { timersFirst, maxSteps: 300 });
        expect(instance.state.status).not.toBe('running');
      }),
      { numRuns: 3000 },
    );
  });

  /* Found a task unblocked after 加签 `before` without TaskUpdated (regressions.spec.ts). */
  it('should announce every change to an open task with TaskUpdated', () => {
    fc.assert(
      fc.property(familyCaseArb, choicesArb, (family, choices) => {
        // given / when
        const instance = runChoices(family, choices, { taskUpdates: true });

        // then the harness found no silent change to an open task
        expect(instance.trace.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });
});
