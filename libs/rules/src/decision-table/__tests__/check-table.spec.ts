import type { RuleScope } from '../../checking/rule-scope.type';
import { checkTable } from '../check-table';
import type { DecisionTable } from '../decision-table.type';
import { loadTable } from './table-fixtures';

const codesAt = (problems: ReturnType<typeof checkTable>): string[] => problems.map((p) => `${p.code} ${p.path}`);

function table(overrides: Partial<DecisionTable>): DecisionTable {
  return {
    key: 'test-table',
    hitPolicy: 'FIRST',
    inputs: [{ id: 'fee', expression: { var: 'fee' }, type: 'number' }],
    outputs: [{ id: 'out' }],
    rules: [{ id: 'r1', then: { out: 1 } }],
    ...overrides,
  };
}

describe('checkTable', () => {
  it('should accept the dispatch-team fixture, complete included', () => {
    // given a well-formed FIRST table with a catch-all row
    const scope: RuleScope = {
      variables: [
        { name: 'category', type: 'string' },
        { name: 'area', type: 'string' },
        { name: 'estimatedFee', type: 'number' },
      ],
    };

    // when it is checked against the ticket form's fields
    // then nothing is reported
    expect(checkTable(loadTable('dispatch-team'), scope)).toEqual([]);
  });

  it('should find the overlap, the unreachable rows and the gap of the response-target fixture', () => {
    // given a UNIQUE table with authoring mistakes
    // when it is checked
    const problems = checkTable(loadTable('response-target'));

    // then each mistake is reported at its row
    expect(codesAt(problems)).toEqual([
      'TABLE_ROW_NEVER_MATCHES /rules/3',
      'TABLE_ROW_NEVER_MATCHES /rules/4',
      'TABLE_OVERLAP /rules/1',
      'TABLE_INCOMPLETE /rules',
    ]);
    expect(problems[2]?.message).toBe(
      'Rows "p1" and "gas" both match when priority = "P1", category = "燃气", floor < 10.',
    );
    expect(problems[3]?.message).toContain('priority = "P3"');
  });

  it('should not report disjoint UNIQUE rows, cut at shared bounds', () => {
    // given ranges that touch at 500 without overlapping
    const unique = table({
      hitPolicy: 'UNIQUE',
      rules: [
        { id: 'small', when: { fee: { range: { lt: 500 } } }, then: { out: 1 } },
        { id: 'large', when: { fee: { range: { gte: 500 } } }, then: { out: 2 } },
      ],
      complete: true,
    });

    // when it is checked
    // then the rows neither overlap nor leave a gap
    expect(checkTable(unique)).toEqual([]);
  });

  it('should report a FIRST row hidden by the rows above it', () => {
    // given a row covered by two earlier rows together
    const first = table({
      rules: [
        { id: 'cheap', when: { fee: { range: { lte: 100 } } }, then: { out: 1 } },
        { id: 'dear', when: { fee: { range: { gt: 100 } } }, then: { out: 2 } },
        { id: 'never-reached', when: { fee: { range: { gte: 50, lte: 200 } } }, then: { out: 3 } },
      ],
    });

    // when it is checked
    // then the hidden row is a warning
    expect(checkTable(first)).toEqual([
      expect.objectContaining({ code: 'TABLE_ROW_SHADOWED', path: '/rules/2', severity: 'warning' }),
    ]);
  });

  it('should report gaps of a complete table over a string column without declared values', () => {
    // given categories listed without a row for other categories
    const gaps = table({
      complete: true,
      inputs: [{ id: 'category', expression: { var: 'category' }, type: 'string' }],
      rules: [
        { id: 'leak', when: { category: '漏水' }, then: { out: 1 } },
        { id: 'gas', when: { category: '燃气' }, then: { out: 2 } },
      ],
    });

    // when it is checked
    const problems = checkTable(gaps);

    // then the missing "other" category is the gap
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'TABLE_INCOMPLETE',
        message: '1 input combination(s) match no row, e.g. category is any other value.',
      }),
    ]);
  });

  it('should call completeness undecidable when only test entries could fill the gap', () => {
    // given a gap that a test entry may or may not cover
    const tested = table({
      complete: true,
      rules: [
        { id: 'small', when: { fee: { range: { lt: 100 } } }, then: { out: 1 } },
        { id: 'odd', when: { fee: { test: { '==': [{ '%': [{ var: 'value' }, 2] }, 1] } } }, then: { out: 2 } },
      ],
    });

    // when it is checked
    // then the analysis says it cannot decide instead of claiming a gap
    expect(codesAt(checkTable(tested))).toEqual(['TABLE_ANALYSIS_UNDECIDABLE /rules']);
  });

  it.each([
    [{ hitPolicy: 'ANY' }, 'TABLE_INVALID /hitPolicy'],
    [{ aggregation: 'SUM' }, 'TABLE_AGGREGATION_INVALID /aggregation'],
    [
      { hitPolicy: 'COLLECT', aggregation: 'SUM', outputs: [{ id: 'a' }, { id: 'b' }] },
      'TABLE_AGGREGATION_INVALID /aggregation',
    ],
    [{ hitPolicy: 'PRIORITY' }, 'TABLE_PRIORITY_MISSING /outputs'],
    [{ inputs: [] }, 'TABLE_INVALID /inputs'],
    [{ key: 'Not Kebab' }, 'TABLE_INVALID /key'],
    [{ hitpolicy: 'FIRST' }, 'TABLE_INVALID /hitpolicy'],
    [{ rules: [] }, 'TABLE_EMPTY /rules'],
    [{ inputs: [{ id: 'fee', expression: { var: 'fee' }, type: 'money' }] }, 'TABLE_INVALID /inputs/0/type'],
  ])('should report the structural mistake in %j', (overrides, expected) => {
    // given a table with one structural mistake
    const broken = table(overrides as Partial<DecisionTable>);

    // when it is checked
    // then exactly that mistake is reported
    expect(codesAt(checkTable(broken))).toEqual([expected]);
  });

  it.each([
    [{ id: 'r1', when: { nope: 1 }, then: { out: 1 } }, 'TABLE_UNKNOWN_INPUT /rules/0/when/nope'],
    [{ id: 'r1', then: { out: 1, extra: 2 } }, 'TABLE_UNKNOWN_OUTPUT /rules/0/then/extra'],
    [{ id: 'r1', then: {} }, 'TABLE_MISSING_OUTPUT /rules/0/then'],
    [{ id: 'r1', when: { fee: 'cheap' }, then: { out: 1 } }, 'TABLE_ENTRY_INVALID /rules/0/when/fee'],
    [
      { id: 'r1', when: { fee: { range: { gt: 1, gte: 2 } } }, then: { out: 1 } },
      'TABLE_ENTRY_INVALID /rules/0/when/fee/range',
    ],
    [{ id: 'r1', when: { fee: { between: [1, 2] } }, then: { out: 1 } }, 'TABLE_ENTRY_INVALID /rules/0/when/fee'],
    [{ id: '1st', then: { out: 1 } }, 'TABLE_INVALID /rules/0/id'],
  ])('should report the row mistake in %j', (row, expected) => {
    // given a table whose only row has one mistake
    const broken = table({ rules: [row as DecisionTable['rules'][number]] });

    // when it is checked
    // then exactly that mistake is reported
    expect(codesAt(checkTable(broken))).toEqual([expected]);
  });

  it('should report duplicate row ids', () => {
    // given two rows with the same id
    const duplicated = table({
      rules: [
        { id: 'r1', then: { out: 1 } },
        { id: 'r1', then: { out: 2 } },
      ],
    });

    // when it is checked
    // then the second is the duplicate
    expect(codesAt(checkTable(duplicated))).toContain('TABLE_DUPLICATE_ID /rules/1/id');
  });

  it('should check input expressions against the scope and test entries as conditions', () => {
    // given an input reading an undeclared field and a test yielding a number
    const checked = table({
      inputs: [{ id: 'fee', expression: { var: 'estimatedFe' }, type: 'number' }],
      rules: [{ id: 'r1', when: { fee: { not: { test: { '+': [{ var: 'value' }, 1] } } } }, then: { out: 1 } }],
    });
    const scope: RuleScope = { variables: [{ name: 'estimatedFee', type: 'number' }] };

    // when it is checked
    // then both are reported at their place in the table
    expect(codesAt(checkTable(checked, scope))).toEqual([
      'UNDECLARED_VARIABLE /inputs/0/expression/var',
      'NON_BOOLEAN_CONDITION /rules/0/when/fee/not/test',
    ]);
  });

  it('should not throw on arbitrary JSON', () => {
    // given values that are not tables
    const values: unknown[] = [null, [], 'x', { rules: 'x' }, { inputs: [1], outputs: [null], rules: [1] }];

    // when they are checked
    // then each yields problems
    expect(values.map((v) => checkTable(v).length > 0)).toEqual(values.map(() => true));
  });
});
