import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assign } from '../assign';
import type { AssignmentRequest, AssignmentStrategy } from '../assignment.type';
import { explainAssignment } from '../explain-assignment';
import { chen, engineer, li, sun, wang, zhao, zhou } from './candidates.fixture';

const strategy = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'repair-dispatch.assignment.json'), 'utf8'),
) as AssignmentStrategy;
const leak = { category: '漏水', project: { teams: ['east'] } };

describe('assign with the repair-dispatch fixture', () => {
  it('should pick the least loaded plumber of the project on duty and explain who was removed where', () => {
    // given plumbers and others, one off duty, one in another team
    const request: AssignmentRequest = { candidates: [wang, li, zhao, chen, sun], context: leak };

    // when the strategy runs
    const result = assign(strategy, request);

    // then li is chosen, and the trace says why the others are not
    expect(result).toMatchObject({ ok: true, outcome: { kind: 'assigned', candidateId: 'li', byFallback: false } });
    if (!result.ok) return;
    expect(result.trace.map((t) => [t.type, t.removed.map((r) => `${r.candidateId}:${r.reason}`)])).toEqual([
      ['requireSkills', ['zhao:MISSING_SKILLS']],
      ['inTeams', ['sun:NOT_IN_TEAMS']],
      ['onDutyOnly', ['chen:OFF_DUTY']],
      ['underCapacity', []],
      ['preferPrevious', []],
      ['leastLoaded', ['wang:MORE_LOADED']],
      ['roundRobin', []],
    ]);
  });

  it('should rotate between equally loaded engineers across successive tickets', () => {
    // given two plumbers with the same load
    const candidates = [zhou, li];

    // when three tickets are assigned in a row, carrying the state from one to the next
    const first = assign(strategy, { candidates, context: leak });
    const second = assign(strategy, { candidates, context: leak, state: first.ok ? first.state : undefined });
    const third = assign(strategy, { candidates, context: leak, state: second.ok ? second.state : undefined });

    // then the work alternates li, zhou, li (id order) and the cursor is returned each time
    const chosen = [first, second, third].map((r) =>
      r.ok && r.outcome.kind === 'assigned' ? r.outcome.candidateId : '-',
    );
    expect(chosen).toEqual(['li', 'zhou', 'li']);
    expect(third.ok && third.state).toEqual({ cursors: { 'repair-dispatch': 'li' } });
  });

  it('should keep continuity with the engineer who repaired the unit before', () => {
    // given wang repaired this unit before, though he is more loaded
    // when the strategy runs
    const result = assign(strategy, { candidates: [wang, li], context: leak, previousAssigneeIds: ['sun', 'wang'] });

    // then wang is chosen (sun is not a candidate)
    expect(result).toMatchObject({ outcome: { kind: 'assigned', candidateId: 'wang' } });
  });

  it('should require the gas certificate for gas tickets', () => {
    // given a gas ticket
    // when the strategy runs
    const result = assign(strategy, {
      candidates: [li, wang],
      context: { category: '燃气', project: { teams: ['east'] } },
    });

    // then only the certified engineer qualifies
    expect(result).toMatchObject({ outcome: { kind: 'assigned', candidateId: 'wang' } });
  });

  it('should skip the soft capacity filter rather than leave the ticket unassigned', () => {
    // given every plumber at capacity
    const full = [engineer('a1', { openTasks: 5, capacity: 5 }), engineer('a2', { openTasks: 6, capacity: 5 })];

    // when the strategy runs
    const result = assign(strategy, { candidates: full, context: leak });

    // then the capacity step is recorded as skipped and the least loaded is chosen anyway
    expect(result).toMatchObject({ outcome: { kind: 'assigned', candidateId: 'a1' } });
    expect(result.ok && result.trace[3]).toMatchObject({ type: 'underCapacity', skipped: true });
  });

  it('should escalate to the supervisor when nobody qualifies', () => {
    // given only an electrician
    // when a leak is assigned
    const result = assign(strategy, { candidates: [zhao], context: leak });

    // then the fallback escalates, and the trace stops where the last candidate went
    expect(result).toMatchObject({ ok: true, outcome: { kind: 'escalated', to: 'project-supervisor' } });
    expect(result.ok && result.trace.length).toBe(1);
  });

  it('should write an audit explanation line per step and one for the outcome', () => {
    // given an assignment
    const result = assign(strategy, { candidates: [wang, li, zhao], context: leak });
    if (!result.ok) throw new Error('expected an assignment');

    // when it is explained
    const lines = explainAssignment(result.trace, result.outcome);

    // then the lines name the removals and the outcome
    expect(lines[0]).toBe('step 1 (requireSkills): removed zhao (MISSING_SKILLS: missing plumbing); kept wang, li');
    expect(lines[lines.length - 1]).toBe('assigned to li');
  });
});

describe('assign fallback policies', () => {
  const onlyOnDuty = (fallback: AssignmentStrategy['fallback']): AssignmentStrategy => ({
    key: 'on-duty',
    steps: [{ type: 'onDutyOnly' }],
    fallback,
  });

  it.each([
    [{ policy: 'escalate' } as const, { kind: 'escalated', to: null }],
    [
      { policy: 'assignTo', candidateId: 'supervisor-1' } as const,
      { kind: 'assigned', candidateId: 'supervisor-1', byFallback: true },
    ],
    [{ policy: 'leaveUnassigned' } as const, { kind: 'unassigned' }],
  ])('should apply the %j fallback when no candidate is left', (fallback, expected) => {
    // given nobody on duty
    // when the strategy runs
    const result = assign(onlyOnDuty(fallback), { candidates: [chen] });

    // then the fallback decides the outcome
    expect(result).toMatchObject({ ok: true, outcome: expected });
  });

  it('should break ties by candidate order and record the tie-break', () => {
    // given a strategy without a chooser and two candidates left
    // when it runs
    const result = assign(onlyOnDuty({ policy: 'leaveUnassigned' }), { candidates: [zhou, li] });

    // then the first listed wins and the trace says so
    expect(result).toMatchObject({ outcome: { candidateId: 'zhou' } });
    expect(result.ok && result.trace[result.trace.length - 1]).toMatchObject({
      type: 'tieBreak',
      removed: [{ candidateId: 'li', reason: 'TIE_BREAK' }],
    });
  });

  it('should refuse duplicate or malformed candidates and invalid strategies', () => {
    // given a duplicated candidate, a malformed one, and a strategy with an unknown step
    const bad = { ...li, openTasks: Number.NaN };
    const results = [
      assign(onlyOnDuty({ policy: 'leaveUnassigned' }), { candidates: [li, li] }),
      assign(onlyOnDuty({ policy: 'leaveUnassigned' }), { candidates: [bad] }),
      assign(
        {
          key: 'x',
          steps: [{ type: 'random' }],
          fallback: { policy: 'leaveUnassigned' },
        } as unknown as AssignmentStrategy,
        { candidates: [li] },
      ),
    ];

    // then each is a problem, not a crash
    expect(results.map((r) => (r.ok ? 'ok' : r.problems[0]?.code))).toEqual([
      'ASSIGNMENT_DUPLICATE_CANDIDATE',
      'ASSIGNMENT_INVALID',
      'ASSIGNMENT_INVALID',
    ]);
  });

  it('should report a skills rule that does not yield names', () => {
    // given a rule yielding a number
    const numeric: AssignmentStrategy = {
      key: 'numeric',
      steps: [{ type: 'requireSkills', skillsRule: { var: 'priority' } }],
      fallback: { policy: 'leaveUnassigned' },
    };

    // when it runs on a ticket
    const result = assign(numeric, { candidates: [li], context: { priority: 1 } });

    // then the rule result is the problem
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'ASSIGNMENT_RULE_RESULT', path: '/steps/0/skillsRule' })],
    });
  });
});
