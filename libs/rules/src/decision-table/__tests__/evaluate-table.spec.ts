import { evaluateTable } from '../evaluate-table';
import type { DecisionTable } from '../decision-table.type';
import { loadTable } from './table-fixtures';

const dispatch = loadTable('dispatch-team');

describe('evaluateTable with the dispatch-team fixture (FIRST)', () => {
  it.each([
    [{ category: '燃气', area: '室内' }, 'gas', ['gas', 'otherwise']],
    [{ category: '电路', area: '公共区域' }, 'electric-public', ['electric-public', 'electric', 'otherwise']],
    [
      { category: '漏水', area: '室内', estimatedFee: 800 },
      'plumbing-large',
      ['plumbing-large', 'plumbing', 'otherwise'],
    ],
    [{ category: '堵塞', area: '室内', estimatedFee: '120' }, 'plumbing', ['plumbing', 'otherwise']],
    [{ category: '门窗', area: '室内' }, 'otherwise', ['otherwise']],
  ])('should route %j by its first matching row and list every match', (ticket, applied, matched) => {
    // given a ticket
    // when the dispatch table is evaluated
    const result = evaluateTable(dispatch, ticket);

    // then the first match is applied and all matches explain the choice
    expect(result).toMatchObject({ ok: true, appliedRuleIds: [applied], matchedRuleIds: matched });
  });

  it('should return the outputs of the applied row and the evaluated inputs', () => {
    // given a large leak estimate as numeric text
    const ticket = { category: '漏水', area: '室内', estimatedFee: '650' };

    // when the table is evaluated
    const result = evaluateTable(dispatch, ticket);

    // then the senior team must ask for approval, and the inputs are shown as evaluated
    expect(result).toMatchObject({
      decision: { kind: 'single', output: { team: 'plumbing-senior', needsApproval: true } },
      inputs: { category: '漏水', area: '室内', fee: '650' },
    });
  });
});

function table(overrides: Partial<DecisionTable>): DecisionTable {
  return {
    key: 'test-table',
    hitPolicy: 'UNIQUE',
    inputs: [{ id: 'v', expression: { var: 'v' }, type: 'number' }],
    outputs: [{ id: 'out' }],
    rules: [],
    ...overrides,
  };
}

describe('evaluateTable input entries', () => {
  const dated = table({
    hitPolicy: 'COLLECT',
    inputs: [
      { id: 'at', expression: { var: 'reportedAt' }, type: 'date' },
      { id: 'category', expression: { var: 'category' }, type: 'string' },
      { id: 'fee', expression: { var: 'fee' }, type: 'number' },
    ],
    rules: [
      { id: 'festival', when: { at: { range: { gte: '2025-01-28', lt: '2025-02-05' } } }, then: { out: 'festival' } },
      { id: 'not-gas', when: { category: { not: '燃气' } }, then: { out: 'not-gas' } },
      { id: 'one-of', when: { category: { oneOf: ['漏水', '堵塞'] } }, then: { out: 'plumbing' } },
      { id: 'exact-fee', when: { fee: 200 }, then: { out: 'fee-200' } },
      { id: 'test', when: { fee: { test: { '>': [{ var: 'value' }, { '*': [2, 100] }] } } }, then: { out: 'big' } },
      {
        id: 'cross',
        when: {
          fee: { test: { and: [{ '==': [{ var: 'inputs.category' }, '漏水'] }, { '>': [{ var: 'value' }, 0] }] } },
        },
        then: { out: 'cross' },
      },
    ],
  });

  it.each([
    [
      { reportedAt: '2025-01-30T10:00:00+08:00', category: '漏水', fee: 200 },
      ['festival', 'not-gas', 'one-of', 'exact-fee', 'cross'],
    ],
    [{ reportedAt: '2025-02-05T00:00:00+08:00', category: '燃气', fee: 300 }, ['test']],
    [
      { reportedAt: '2025-02-04T23:59:59+08:00', category: '堵塞', fee: '200' },
      ['festival', 'not-gas', 'one-of', 'exact-fee'],
    ],
  ])('should match each kind of entry against %j', (data, expected) => {
    // given a COLLECT table with one row per kind of entry
    // when it is evaluated
    const result = evaluateTable(dated, data);

    // then exactly the rows whose entries hold match
    expect(result).toMatchObject({ ok: true, matchedRuleIds: expected });
  });

  it('should let only absent entries, not and test match a missing input value', () => {
    // given a ticket without any of the inputs
    // when the table is evaluated
    const result = evaluateTable(dated, {});

    // then "not" matches null and the literal, list, range and test rows do not
    expect(result).toMatchObject({ ok: true, matchedRuleIds: ['not-gas'] });
  });
});

describe('evaluateTable hit policies', () => {
  const rows = [
    { id: 'low', when: { v: { range: { lt: 10 } } }, then: { out: 1 } },
    { id: 'mid', when: { v: { range: { gte: 5, lt: 20 } } }, then: { out: 2 } },
    { id: 'any', then: { out: 3 } },
  ];

  it('should apply the single matching row under UNIQUE and give null when none matches', () => {
    // given a UNIQUE table with disjoint rows
    const unique = table({ rules: rows.slice(0, 1) });

    // when it is evaluated on a matching and a non-matching value
    const hit = evaluateTable(unique, { v: 3 });
    const miss = evaluateTable(unique, { v: 30 });

    // then the row is applied, or nothing
    expect(hit).toMatchObject({ decision: { kind: 'single', output: { out: 1 } }, appliedRuleIds: ['low'] });
    expect(miss).toMatchObject({ decision: { kind: 'single', output: null }, appliedRuleIds: [], matchedRuleIds: [] });
  });

  it('should fail with TABLE_UNIQUE_VIOLATION when several rows match under UNIQUE', () => {
    // given overlapping rows
    // when a value in the overlap is evaluated
    const result = evaluateTable(table({ rules: rows }), { v: 7 });

    // then the violation names the rows
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({ code: 'TABLE_UNIQUE_VIOLATION', message: expect.stringContaining('low, mid, any') }),
      ],
    });
  });

  it('should pick the highest priority output under PRIORITY, and the earlier row on a tie', () => {
    // given priorities P1 > P2 > P3 and rows in a different order
    const priority = table({
      hitPolicy: 'PRIORITY',
      outputs: [{ id: 'level', priorities: ['P1', 'P2', 'P3'] }, { id: 'note' }],
      rules: [
        { id: 'third', then: { level: 'P3', note: 'a' } },
        { id: 'first', when: { v: { range: { gt: 5 } } }, then: { level: 'P1', note: 'b' } },
        { id: 'first-again', when: { v: { range: { gt: 6 } } }, then: { level: 'P1', note: 'c' } },
      ],
    });

    // when values matching different subsets are evaluated
    const high = evaluateTable(priority, { v: 9 });
    const low = evaluateTable(priority, { v: 1 });

    // then P1 wins (the earlier P1 row), else P3
    expect(high).toMatchObject({ appliedRuleIds: ['first'], matchedRuleIds: ['third', 'first', 'first-again'] });
    expect(low).toMatchObject({ decision: { kind: 'single', output: { level: 'P3', note: 'a' } } });
  });

  it('should return all matching outputs in table order under COLLECT', () => {
    // given a COLLECT table
    // when a value matches several rows
    const result = evaluateTable(table({ hitPolicy: 'COLLECT', rules: rows }), { v: 7 });

    // then every match is returned in order
    expect(result).toMatchObject({
      decision: { kind: 'list', outputs: [{ out: 1 }, { out: 2 }, { out: 3 }] },
      appliedRuleIds: ['low', 'mid', 'any'],
    });
  });

  it.each([
    ['SUM', 7, 6],
    ['MIN', 7, 1],
    ['MAX', 7, 3],
    ['COUNT', 7, 3],
    ['SUM', 15, 5],
  ] as const)('should aggregate COLLECT with %s of the matches for v = %s', (aggregation, v, expected) => {
    // given a COLLECT table with an aggregation
    const collect = table({ hitPolicy: 'COLLECT', aggregation, rules: rows });

    // when it is evaluated
    const result = evaluateTable(collect, { v });

    // then the aggregate is computed over the matching rows
    expect(result).toMatchObject({ decision: { kind: 'aggregate', aggregation, value: expected } });
  });

  it('should aggregate to null (COUNT to 0) when no row matches', () => {
    // given rows that do not match
    const none = [{ id: 'never', when: { v: 1 }, then: { out: 1 } }];

    // when SUM and COUNT tables are evaluated
    const sum = evaluateTable(table({ hitPolicy: 'COLLECT', aggregation: 'SUM', rules: none }), { v: 2 });
    const count = evaluateTable(table({ hitPolicy: 'COLLECT', aggregation: 'COUNT', rules: none }), { v: 2 });

    // then SUM is null and COUNT is 0
    expect(sum).toMatchObject({ decision: { value: null } });
    expect(count).toMatchObject({ decision: { value: 0 } });
  });
});

describe('evaluateTable failures', () => {
  it('should return the problems of an invalid table instead of throwing', () => {
    // given a table whose row names an input that does not exist
    const broken = table({ rules: [{ id: 'r', when: { nope: 1 }, then: { out: 1 } }] });

    // when it is evaluated
    const result = evaluateTable(broken, {});

    // then the problem points at the row
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'TABLE_UNKNOWN_INPUT', path: '/rules/0/when/nope' })],
    });
  });

  it('should report a failing input expression under its input path', () => {
    // given an input reading the clock without one
    const clocked = table({
      inputs: [{ id: 'v', expression: { date_diff: [{ var: 'at' }, { now: [] }, 'hours'] }, type: 'number' }],
    });

    // when it is evaluated without env.now
    const result = evaluateTable(clocked, { at: '2025-01-01' });

    // then the problem says where
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'CLOCK_MISSING', path: '/inputs/0/expression/date_diff/1' })],
    });
  });

  it('should use the env clock for input expressions', () => {
    // given the same input with a clock
    const clocked = table({
      inputs: [{ id: 'v', expression: { date_diff: [{ var: 'at' }, { now: [] }, 'hours'] }, type: 'number' }],
      rules: [{ id: 'late', when: { v: { range: { gt: 4 } } }, then: { out: 'late' } }],
    });

    // when evaluated five hours after the report
    const result = evaluateTable(
      clocked,
      { at: '2025-01-01T08:00:00Z' },
      { now: () => new Date('2025-01-01T13:00:00Z') },
    );

    // then the row for late tickets matches
    expect(result).toMatchObject({ ok: true, appliedRuleIds: ['late'], inputs: { v: 5 } });
  });

  it('should return problems for a value that is not a table at all', () => {
    // given nonsense
    // when it is evaluated
    // then the problem says it is not a table
    expect(evaluateTable('table', {})).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'TABLE_INVALID', path: '' })],
    });
  });
});
