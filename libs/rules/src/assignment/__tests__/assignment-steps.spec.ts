import type { AssignmentCandidate, AssignmentRequest, AssignmentStep } from '../assignment.type';
import { runStep } from '../run-step';
import { engineer, li, sun, wang, zhao, zhou } from './candidates.fixture';

function run(
  step: AssignmentStep,
  candidates: readonly AssignmentCandidate[],
  request: Partial<AssignmentRequest> = {},
) {
  const outcome = runStep({ step, index: 0, candidates, request: { candidates, ...request } });
  if (!outcome.ok) throw new Error(outcome.problems[0]?.message);
  return {
    kept: outcome.kept.map((c) => c.id),
    removed: outcome.removed,
    cursor: outcome.cursor,
    skipped: outcome.skipped,
  };
}

describe('requireSkills', () => {
  it('should keep engineers with all the skills by default, and any of them with match "any"', () => {
    // given engineers with different skills
    const step: AssignmentStep = { type: 'requireSkills', skills: ['plumbing', 'gas-certified'] };

    // when both match modes run
    const all = run(step, [wang, li, zhao]);
    const any = run({ ...step, match: 'any' }, [wang, li, zhao]);

    // then "all" keeps the certified plumber only, "any" every plumber
    expect(all.kept).toEqual(['wang']);
    expect(all.removed).toEqual([
      { candidateId: 'li', reason: 'MISSING_SKILLS', detail: 'missing gas-certified' },
      { candidateId: 'zhao', reason: 'MISSING_SKILLS', detail: 'missing plumbing, gas-certified' },
    ]);
    expect(any.kept).toEqual(['wang', 'li']);
  });

  it('should take the skills from a rule over the ticket', () => {
    // given a rule mapping categories to skills
    const step: AssignmentStep = {
      type: 'requireSkills',
      skillsRule: { if: [{ '==': [{ var: 'category' }, '电路'] }, ['electric'], ['plumbing']] },
    };

    // when an electrical ticket is assigned
    const result = run(step, [li, zhao], { context: { category: '电路' } });

    // then the electrician stays
    expect(result.kept).toEqual(['zhao']);
  });
});

describe('inTeams', () => {
  it('should keep engineers of one of the teams', () => {
    // given engineers of the east and west teams
    // when the east team is required
    const result = run({ type: 'inTeams', teams: ['east', 'north'] }, [li, sun]);

    // then the west engineer is removed with his team named
    expect(result.kept).toEqual(['li']);
    expect(result.removed).toEqual([
      { candidateId: 'sun', reason: 'NOT_IN_TEAMS', detail: 'in west, needs east or north' },
    ]);
  });
});

describe('onDutyOnly and underCapacity', () => {
  it('should remove engineers off duty, and engineers at capacity', () => {
    // given one engineer off duty and one at capacity
    const off = engineer('off', { onDuty: false });
    const full = engineer('full', { openTasks: 5, capacity: 5 });

    // when both filters run
    const duty = run({ type: 'onDutyOnly' }, [off, li]);
    const capacity = run({ type: 'underCapacity' }, [full, li]);

    // then each removes its engineer with the reason
    expect(duty).toMatchObject({ kept: ['li'], removed: [{ candidateId: 'off', reason: 'OFF_DUTY' }] });
    expect(capacity).toMatchObject({
      kept: ['li'],
      removed: [{ candidateId: 'full', reason: 'AT_CAPACITY', detail: '5/5 open tasks' }],
    });
  });

  it('should skip a soft filter that would remove everyone', () => {
    // given only engineers off duty
    const off = [engineer('a', { onDuty: false }), engineer('b', { onDuty: false })];

    // when a soft on-duty filter runs
    const result = run({ type: 'onDutyOnly', soft: true }, off);

    // then everyone stays and the step says it was skipped
    expect(result).toMatchObject({ kept: ['a', 'b'], removed: [], skipped: true });
  });
});

describe('leastLoaded', () => {
  it('should pick the least loaded engineer among those on duty, keeping ties', () => {
    // given loads 3, 1, 1
    // when the least loaded are kept
    const result = run({ type: 'leastLoaded' }, [wang, li, zhou]);

    // then both engineers with one task stay
    expect(result.kept).toEqual(['li', 'zhou']);
    expect(result.removed).toEqual([
      { candidateId: 'wang', reason: 'MORE_LOADED', detail: '3 open tasks vs 1 open tasks' },
    ]);
  });

  it('should compare utilisation when asked, so bigger capacities take more work', () => {
    // given 4 of 10 tasks against 1 of 2
    const senior = engineer('senior', { openTasks: 4, capacity: 10 });
    const junior = engineer('junior', { openTasks: 1, capacity: 2 });

    // when utilisation is the measure
    const result = run({ type: 'leastLoaded', measure: 'utilisation' }, [junior, senior]);

    // then the senior at 40% beats the junior at 50%
    expect(result.kept).toEqual(['senior']);
  });
});

describe('roundRobin', () => {
  const step: AssignmentStep = { type: 'roundRobin' };
  const abc = ['c', 'a', 'b'].map((id) => engineer(id));

  it.each([
    [undefined, 'a'],
    ['a', 'b'],
    ['b', 'c'],
    ['c', 'a'],
    ['bb', 'c'],
  ])('should follow cursor %j with %j in id order', (cursor, expected) => {
    // given a cursor from the previous assignment
    const state = cursor === undefined ? undefined : { cursors: { roundRobin: cursor } };

    // when the rotation runs
    const result = run(step, abc, { state });

    // then the next id is kept and returned as the new cursor
    expect(result.kept).toEqual([expected]);
    expect(result.cursor).toEqual({ name: 'roundRobin', candidateId: expected });
  });

  it('should keep separate cursors by name and never mutate the given state', () => {
    // given a frozen state with two cursors
    const state = Object.freeze({ cursors: Object.freeze({ roundRobin: 'a', other: 'b' }) });

    // when a named rotation runs
    const result = run({ type: 'roundRobin', cursor: 'other' }, abc, { state });

    // then it follows its own cursor and the state is untouched
    expect(result.kept).toEqual(['c']);
    expect(state.cursors).toEqual({ roundRobin: 'a', other: 'b' });
  });
});

describe('preferPrevious', () => {
  it('should keep the first previous assignee still available', () => {
    // given previous assignees, the first of whom is not a candidate
    // when the step runs
    const result = run({ type: 'preferPrevious' }, [wang, li], { previousAssigneeIds: ['zhao', 'li', 'wang'] });

    // then li is kept
    expect(result).toMatchObject({ kept: ['li'], removed: [{ candidateId: 'wang', reason: 'NOT_PREVIOUS' }] });
  });

  it('should keep everyone when no previous assignee is available', () => {
    // given no history
    // when the step runs
    const result = run({ type: 'preferPrevious' }, [wang, li]);

    // then nobody is removed
    expect(result).toMatchObject({ kept: ['wang', 'li'], removed: [] });
  });
});
