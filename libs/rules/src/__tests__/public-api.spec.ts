import * as rules from '../index';

describe('@anxin/rules public API', () => {
  it('should expose exactly the evaluation, checking, table, assignment and calendar API from index.ts', () => {
    // given the library's single public entry point (imported elsewhere as @anxin/rules)
    // when its runtime exports are listed
    const exported = Object.keys(rules).sort();

    // then exactly the documented API is public
    expect(exported).toEqual([
      'CN_OFFICE_HOURS',
      'CN_WORKDAYS_COVERAGE',
      'DEFAULT_CURSOR',
      'DEFAULT_RULE_LIMITS',
      'DEFAULT_TIME_ZONE',
      'addWorkingTime',
      'assign',
      'checkAssignmentStrategy',
      'checkCalendar',
      'checkRule',
      'checkTable',
      'cnWorkdaysCalendar',
      'compileRule',
      'evaluate',
      'evaluateCondition',
      'evaluateTable',
      'explainAssignment',
      'hasErrors',
      'isTruthy',
      'listOperations',
      'workingTimeBetween',
    ]);
  });

  it('should route a ticket end to end: table decides the team, strategy picks the engineer, calendar sets the deadline', () => {
    // given a ticket reported before the 2025 Spring Festival
    const ticket = { category: '漏水', reportedAt: '2025-01-27T16:00:00+08:00' };
    const table: rules.DecisionTable = {
      key: 'team',
      hitPolicy: 'FIRST',
      inputs: [{ id: 'category', expression: { var: 'category' }, type: 'string' }],
      outputs: [{ id: 'team' }, { id: 'hours' }],
      rules: [
        { id: 'plumbing', when: { category: { oneOf: ['漏水', '堵塞'] } }, then: { team: 'plumbing', hours: 4 } },
        { id: 'other', then: { team: 'general', hours: 8 } },
      ],
    };

    // when the three parts run
    const decided = rules.evaluateTable(table, ticket);
    const output = decided.ok && decided.decision.kind === 'single' ? decided.decision.output : null;
    const assigned = rules.assign(
      {
        key: 'pick',
        steps: [{ type: 'inTeams', teamsRule: { var: 'team' } }, { type: 'leastLoaded' }],
        fallback: { policy: 'escalate' },
      },
      {
        candidates: [
          { id: 'li', skills: [], teams: ['plumbing'], openTasks: 2, capacity: 5, onDuty: true },
          { id: 'wang', skills: [], teams: ['plumbing'], openTasks: 1, capacity: 5, onDuty: true },
        ],
        context: output,
      },
    );
    const deadline = rules.addWorkingTime(
      ticket.reportedAt,
      `PT${typeof output?.hours === 'number' ? output.hours : 0}H`,
      rules.cnWorkdaysCalendar(),
    );

    // then the plumbing team's least loaded engineer gets it, due two hours into the first day after the holiday
    expect(decided).toMatchObject({ ok: true, appliedRuleIds: ['plumbing'] });
    expect(assigned).toMatchObject({ ok: true, outcome: { kind: 'assigned', candidateId: 'wang' } });
    expect(deadline).toEqual({ ok: true, value: '2025-02-05T11:00:00.000+08:00', warnings: [] });
  });
});
