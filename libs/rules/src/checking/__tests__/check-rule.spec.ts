import { checkRule } from '../check-rule';
import type { RuleScope } from '../rule-scope.type';

const ticketScope: RuleScope = {
  variables: [
    { name: 'category', type: 'string' },
    { name: 'fee', type: 'number' },
    { name: 'urgent', type: 'boolean' },
    { name: 'reportedAt', type: 'date' },
    {
      name: 'unit',
      type: 'object',
      properties: [
        { name: 'building', type: 'string' },
        { name: 'floor', type: 'number' },
      ],
    },
    { name: 'extra', type: 'object' },
    {
      name: 'materials',
      type: 'array',
      items: {
        type: 'object',
        properties: [
          { name: 'qty', type: 'number' },
          { name: 'price', type: 'number' },
          { name: 'name', type: 'string' },
        ],
      },
    },
    { name: 'photos', type: 'array', items: { type: 'string' } },
  ],
};

const codesAt = (problems: ReturnType<typeof checkRule>): string[] => problems.map((p) => `${p.code} ${p.path}`);

describe('checkRule', () => {
  it('should accept a well-typed condition over declared variables', () => {
    // given a rule using declared variables correctly
    const rule = {
      and: [{ '==': [{ var: 'category' }, '漏水'] }, { '>': [{ var: 'unit.floor' }, 3] }, { var: 'urgent' }],
    };

    // when it is checked as a condition
    const problems = checkRule(rule, ticketScope, { expect: 'boolean' });

    // then there is nothing to report
    expect(problems).toEqual([]);
  });

  it('should report unknown operations with a hint for json-logic-js features we refuse', () => {
    // given "log", a method call and a made-up operation
    const rule = { or: [{ log: 1 }, { 'var.toString': [] }, { eval: 'x' }] };

    // when it is checked
    const problems = checkRule(rule);

    // then each is reported where it is, with an explanation
    expect(codesAt(problems)).toEqual([
      'UNKNOWN_OPERATION /or/0',
      'UNKNOWN_OPERATION /or/1',
      'UNKNOWN_OPERATION /or/2',
    ]);
    expect(problems[0]?.message).toContain('side effects');
    expect(problems[1]?.message).toContain('cannot call methods');
  });

  it.each([
    [{ '==': [1] }, 'ARITY '],
    [{ substr: ['a', 1, 2, 3] }, 'ARITY '],
    [{ now: [1] }, 'ARITY '],
    [{ date_add: ['2025-01-01', 1] }, 'ARITY '],
  ])('should report the wrong number of arguments in %j', (rule, expected) => {
    // given an operation with too few or too many arguments
    // when it is checked
    // then the arity is reported at the operation
    expect(codesAt(checkRule(rule))).toEqual([expected]);
  });

  it('should report arguments of the wrong type when their type is known', () => {
    // given date arithmetic with "+" and a list where text is expected
    const rule = {
      and: [{ '>': [{ '+': [{ var: 'reportedAt' }, 1] }, 0] }, { contains_any: [{ var: 'materials' }, ['漏']] }],
    };

    // when it is checked against the scope
    const problems = checkRule(rule, ticketScope);

    // then both arguments are reported
    expect(codesAt(problems)).toEqual(['ARGUMENT_TYPE /and/0/>/0/+/0', 'ARGUMENT_TYPE /and/1/contains_any/0']);
  });

  it('should report variables missing from the scope, naming what is declared', () => {
    // given a misspelled field and a property a nested object does not have
    const rule = { and: [{ var: 'categry' }, { var: 'unit.room' }] };

    // when it is checked
    const problems = checkRule(rule, ticketScope);

    // then both paths are reported with the declared names
    expect(codesAt(problems)).toEqual(['UNDECLARED_VARIABLE /and/0/var', 'UNDECLARED_VARIABLE /and/1/var']);
    expect(problems[1]?.message).toContain('building, floor');
  });

  it('should accept any property of an object declared without properties, and anything without a scope', () => {
    // given reads into an open object, and a rule checked without scope
    // when both are checked
    // then nothing is undeclared
    expect(checkRule({ var: 'extra.anything.deep' }, ticketScope)).toEqual([]);
    expect(checkRule({ var: 'whatever.path' })).toEqual([]);
  });

  it('should check rows of a sub-form inside map, filter, sum_by and count_where against the row schema', () => {
    // given row logic reading a declared and an undeclared column
    const rule = {
      and: [
        { '>': [{ sum_by: [{ var: 'materials' }, { '*': [{ var: 'qty' }, { var: 'price' }] }] }, 100] },
        { '>': [{ sum_by: [{ var: 'materials' }, 'cost'] }, 0] },
        { some: [{ var: 'materials' }, { '==': [{ var: 'colour' }, 'red'] }] },
      ],
    };

    // when it is checked
    const problems = checkRule(rule, ticketScope, { expect: 'boolean' });

    // then only the undeclared row columns are reported
    expect(codesAt(problems)).toEqual([
      'UNDECLARED_VARIABLE /and/1/>/0/sum_by/1',
      'UNDECLARED_VARIABLE /and/2/some/1/==/0/var',
    ]);
  });

  it('should type "current" and "accumulator" inside reduce', () => {
    // given a reduce reading a row column and an undeclared one
    const rule = {
      reduce: [
        { var: 'materials' },
        { '+': [{ var: 'accumulator' }, { var: 'current.qty' }, { var: 'current.weight' }] },
        0,
      ],
    };

    // when it is checked
    // then only the undeclared column is reported
    expect(codesAt(checkRule(rule, ticketScope))).toEqual(['UNDECLARED_VARIABLE /reduce/1/+/2/var']);
  });

  it('should understand array length and indexes', () => {
    // given reads of a list's length, an element, and a property lists do not have
    const rule = { and: [{ '>=': [{ var: 'photos.length' }, 2] }, { var: 'photos.0' }, { var: 'photos.first' }] };

    // when it is checked
    // then only the unknown list property is reported
    expect(codesAt(checkRule(rule, ticketScope))).toEqual(['UNDECLARED_VARIABLE /and/2/var']);
  });

  it.each(['__proto__.polluted', 'unit.constructor', 'extra.prototype'])(
    'should forbid the path %j even without a scope',
    (path) => {
      // given a path through a forbidden segment
      // when it is checked without and with a scope
      // then it is forbidden either way
      expect(codesAt(checkRule({ var: path }))).toEqual(['FORBIDDEN_PATH_SEGMENT /var']);
      expect(codesAt(checkRule({ var: path }, ticketScope))).toEqual(['FORBIDDEN_PATH_SEGMENT /var']);
    },
  );

  it('should check the keys of missing and missing_some', () => {
    // given required-field checks naming an undeclared field
    const rule = { or: [{ missing: ['category', 'phone'] }, { missing_some: [1, ['fee', '__proto__']] }] };

    // when it is checked
    // then the undeclared and forbidden keys are reported
    expect(codesAt(checkRule(rule, ticketScope))).toEqual([
      'UNDECLARED_VARIABLE /or/0/missing/1',
      'FORBIDDEN_PATH_SEGMENT /or/1/missing_some/1/1',
    ]);
  });

  it.each([
    [{ var: 'fee' }, 'NON_BOOLEAN_CONDITION'],
    [{ cat: ['a', 'b'] }, 'NON_BOOLEAN_CONDITION'],
    [{ if: [{ var: 'urgent' }, 'P1', 'P3'] }, 'NON_BOOLEAN_CONDITION'],
  ])('should report %j used as a condition', (rule, code) => {
    // given a rule that can only produce a non-boolean
    // when it is checked as a condition
    // then it is reported at the root
    expect(codesAt(checkRule(rule, ticketScope, { expect: 'boolean' }))).toEqual([`${code} `]);
  });

  it.each([
    [{ var: 'urgent' }],
    [{ and: [{ var: 'urgent' }, { '>': [{ var: 'fee' }, 1] }] }],
    [{ var: 'extra.flag' }],
    [{ if: [{ var: 'urgent' }, true, { var: 'extra.flag' }] }],
  ])('should accept %j as a condition (boolean or undecidable)', (rule) => {
    // given a rule whose result is boolean, or unknown
    // when it is checked as a condition
    // then nothing is reported
    expect(checkRule(rule, ticketScope, { expect: 'boolean' })).toEqual([]);
  });

  it('should report a calculation with the wrong result type', () => {
    // given a text where a number is expected
    // when it is checked
    // then RESULT_TYPE is reported
    expect(codesAt(checkRule({ var: 'category' }, ticketScope, { expect: 'number' }))).toEqual(['RESULT_TYPE ']);
  });

  it('should report invalid literal durations, dates and units', () => {
    // given a calendar-unit duration, a bad date and an unknown unit
    const rule = {
      and: [
        { duration: 'P1M' },
        { date_add: ['2025-13-01', 1, 'hours'] },
        { date_diff: [{ var: 'reportedAt' }, { now: [] }, 'weeks'] },
      ],
    };

    // when it is checked
    // then each literal is reported where it is
    expect(codesAt(checkRule(rule, ticketScope))).toEqual([
      'INVALID_DURATION /and/0/duration',
      'INVALID_DATE /and/1/date_add/0',
      'INVALID_ARGUMENT /and/2/date_diff/2',
    ]);
  });

  it('should say that computed variable paths cannot be checked', () => {
    // given a path computed at run time
    // when it is checked
    const problems = checkRule({ var: { cat: ['unit.', 'floor'] } }, ticketScope);

    // then it is an info, not an error
    expect(problems).toEqual([
      expect.objectContaining({ code: 'DYNAMIC_VARIABLE_PATH', severity: 'info', path: '/var' }),
    ]);
  });

  it('should report limits before anything else', () => {
    // given a rule with a non-JSON value
    // when it is checked
    // then only RULE_NOT_JSON is reported
    expect(codesAt(checkRule({ '==': [undefined, { log: 1 }] }))).toEqual(['RULE_NOT_JSON /==/0']);
  });
});
