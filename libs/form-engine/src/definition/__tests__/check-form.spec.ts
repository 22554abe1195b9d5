import type { FieldDefinition } from '../../index';
import { checkForm } from '../../index';
import { fixtureForm, FIXTURE_NAMES } from '../../../test/support/fixtures';
import { formOf } from '../../../test/support/one-field';

const problemsOf = (form: unknown): string[][] =>
  checkForm(form).map((p) => (p.severity === 'error' ? [p.code, p.path] : [p.code, p.path, p.severity]));

describe('checkForm: the example forms', () => {
  it.each(FIXTURE_NAMES)('should find nothing wrong with %s', (name) => {
    // given an example form and the dictionaries that exist
    // when it is checked
    // then there is no problem at all
    expect(checkForm(fixtureForm(name), { dictionaries: ['repair-category'] })).toEqual([]);
  });
});

describe('checkForm: shape', () => {
  it.each([
    ['not an object', [], [['INVALID_PROPERTY', '']]],
    ['no fields', { key: 'x', title: 'X' }, [['MISSING_PROPERTY', '']]],
    ['a bad form key', { key: 'Repair Form', title: 'X', fields: [] }, [['INVALID_PROPERTY', '/key']]],
    ['an unknown form property', { key: 'x', title: 'X', fields: [], version: 2 }, [['UNKNOWN_PROPERTY', '/version']]],
    [
      'an unknown type',
      formOf({ key: 'a', type: 'slider', label: 'A' } as never),
      [['UNKNOWN_FIELD_TYPE', '/fields/0']],
    ],
    ['a field without type', formOf({ key: 'a', label: 'A' } as never), [['MISSING_PROPERTY', '/fields/0']]],
    ['a field that is text', formOf('a' as never), [['INVALID_PROPERTY', '/fields/0']]],
    ['a bad key', formOf({ key: 'unit.no', type: 'text', label: 'A' }), [['INVALID_PROPERTY', '/fields/0/key']]],
    ['a missing label', formOf({ key: 'a', type: 'text' } as never), [['MISSING_PROPERTY', '/fields/0']]],
    ['an empty label', formOf({ key: 'a', type: 'text', label: '' }), [['INVALID_PROPERTY', '/fields/0/label']]],
    [
      'a label in French',
      formOf({ key: 'a', type: 'text', label: { 'zh-CN': 'A', fr: 'A' } as never }),
      [['UNKNOWN_PROPERTY', '/fields/0/label/fr']],
    ],
    [
      'options on a text',
      formOf({ key: 'a', type: 'text', label: 'A', options: [] } as never),
      [['UNKNOWN_PROPERTY', '/fields/0/options']],
    ],
    [
      'computed on a select',
      formOf({ key: 'a', type: 'select', label: 'A', options: [], computed: 'x' } as never),
      [['UNKNOWN_PROPERTY', '/fields/0/computed']],
    ],
    ['a span of 5', formOf({ key: 'a', type: 'text', label: 'A', span: 5 }), [['INVALID_PROPERTY', '/fields/0/span']]],
    [
      'a serial without pattern',
      formOf({ key: 'a', type: 'serial', label: 'A' } as never),
      [['MISSING_PROPERTY', '/fields/0']],
    ],
    [
      'a default on a serial',
      formOf({ key: 'a', type: 'serial', label: 'A', pattern: '{seq}', default: 'x' } as never),
      [['UNKNOWN_PROPERTY', '/fields/0/default']],
    ],
    [
      'a section in a section',
      formOf({
        key: 's',
        type: 'section',
        label: 'S',
        fields: [{ key: 't', type: 'section', label: 'T', fields: [] } as never],
      }),
      [['FIELD_NOT_ALLOWED_HERE', '/fields/0/fields/0/type']],
    ],
    [
      'a sub-form in a sub-form',
      formOf({
        key: 's',
        type: 'sub-form',
        label: 'S',
        fields: [{ key: 't', type: 'sub-form', label: 'T', fields: [] } as never],
      }),
      [['FIELD_NOT_ALLOWED_HERE', '/fields/0/fields/0/type']],
    ],
    [
      'a validation without message',
      formOf({ key: 'a', type: 'text', label: 'A', validations: [{ rule: true } as never] }),
      [['MISSING_PROPERTY', '/fields/0/validations/0']],
    ],
    [
      'an unknown data source',
      formOf({ key: 'a', type: 'select', label: 'A', optionsFrom: { dataSource: 'owners' } as never }),
      [['INVALID_PROPERTY', '/fields/0/optionsFrom/dataSource']],
    ],
  ])('should report %s', (_what, form, expected) => {
    // given a form whose shape is wrong
    // when it is checked
    // then the shape problem is reported where it is
    expect(problemsOf(form)).toEqual(expected);
  });
});

describe('checkForm: meaning', () => {
  const select = (extra: object): FieldDefinition => ({ key: 'a', type: 'select', label: 'A', ...extra });

  it.each([
    [
      'duplicate keys across a section',
      formOf(
        { key: 'a', type: 'text', label: 'A' },
        { key: 's', type: 'section', label: 'S', fields: [{ key: 'a', type: 'text', label: 'A2' }] },
      ),
      [['DUPLICATE_KEY', '/fields/1/fields/0/key']],
    ],
    [
      'an aggregate named like a field',
      formOf(
        { key: 'total', type: 'number', label: 'T' },
        {
          key: 'rows',
          type: 'sub-form',
          label: 'R',
          fields: [{ key: 'n', type: 'number', label: 'N' }],
          aggregates: [{ key: 'total', op: 'sum', field: 'n' }],
        },
      ),
      [['DUPLICATE_KEY', '/fields/1/aggregates/0/key']],
    ],
    ['a choice without options', formOf(select({})), [['OPTIONS_MISSING', '/fields/0']]],
    [
      'a choice with both',
      formOf(select({ options: [], optionsFrom: { dictionary: 'x' } })),
      [['OPTIONS_CONFLICT', '/fields/0/optionsFrom']],
    ],
    [
      'a duplicate option',
      formOf(
        select({
          options: [
            { value: 'x', label: 'X' },
            { value: 'x', label: 'Y' },
          ],
        }),
      ),
      [['DUPLICATE_OPTION', '/fields/0/options/1/value']],
    ],
    [
      'a cascader from a data source',
      formOf({ key: 'a', type: 'cascader', label: 'A', optionsFrom: { dataSource: 'units' } } as never),
      [
        ['MISSING_PROPERTY', '/fields/0/optionsFrom'],
        ['UNKNOWN_PROPERTY', '/fields/0/optionsFrom/dataSource'],
      ],
    ],
    [
      'min over max',
      formOf({ key: 'a', type: 'number', label: 'A', min: 5, max: 1 }),
      [['INVALID_RANGE', '/fields/0/min']],
    ],
    [
      'minRows over maxRows',
      formOf({ key: 'a', type: 'sub-form', label: 'A', minRows: 3, maxRows: 2, fields: [] }),
      [['INVALID_RANGE', '/fields/0/minRows']],
    ],
    [
      'a bad date-time bound',
      formOf({ key: 'a', type: 'datetime', label: 'A', min: 'soon' }),
      [['INVALID_RANGE', '/fields/0/min']],
    ],
    [
      'an invalid regular expression',
      formOf({ key: 'a', type: 'text', label: 'A', pattern: '([a-z' }),
      [['INVALID_PATTERN', '/fields/0/pattern']],
    ],
    [
      'a catastrophic regular expression',
      formOf({ key: 'a', type: 'text', label: 'A', pattern: '(\\d+)+x' }),
      [['UNSAFE_PATTERN', '/fields/0/pattern']],
    ],
    [
      'a serial pattern without {seq}',
      formOf({ key: 'a', type: 'serial', label: 'A', pattern: 'BX-{yyyy}' }),
      [['INVALID_SERIAL_PATTERN', '/fields/0/pattern']],
    ],
    [
      'a literal default of the wrong type',
      formOf({ key: 'a', type: 'rating', label: 'A', default: 7 }),
      [['INVALID_DEFAULT', '/fields/0/default']],
    ],
    [
      'a literal default outside the options',
      formOf(select({ options: [{ value: 'x', label: 'X' }], default: 'y' })),
      [['INVALID_DEFAULT', '/fields/0/default']],
    ],
    [
      'a sum of a text column',
      formOf({
        key: 'r',
        type: 'sub-form',
        label: 'R',
        fields: [{ key: 'n', type: 'text', label: 'N' }],
        aggregates: [{ key: 's', op: 'sum', field: 'n' }],
      }),
      [['INVALID_AGGREGATE', '/fields/0/aggregates/0/field']],
    ],
    [
      'a sum without a column',
      formOf({ key: 'r', type: 'sub-form', label: 'R', fields: [], aggregates: [{ key: 's', op: 'sum' }] }),
      [['INVALID_AGGREGATE', '/fields/0/aggregates/0']],
    ],
    [
      'a span wider than the grid',
      formOf({ key: 'a', type: 'text', label: 'A', span: 2 }),
      [['LAYOUT_SPAN', '/fields/0/span', 'warning']],
    ],
  ])('should report %s', (_what, form, expected) => {
    // given a well-shaped form that makes no sense
    // when it is checked
    // then the problem is reported where it is
    expect(problemsOf(form)).toEqual(expected);
  });

  it('should report unknown and duplicate process variables', () => {
    // given variables mapping a missing field and one name twice
    const form = {
      ...formOf({ key: 'a', type: 'text', label: 'A' }),
      processVariables: ['a', 'b', { field: 'a', name: 'a' }],
    };

    // when it is checked
    // then both are reported
    expect(problemsOf(form)).toEqual([
      ['UNKNOWN_PROCESS_FIELD', '/processVariables/1'],
      ['DUPLICATE_PROCESS_VARIABLE', '/processVariables/2'],
    ]);
  });

  it('should report dictionaries that do not exist, when it knows which do', () => {
    // given a select over a dictionary
    const form = formOf(select({ optionsFrom: { dictionary: 'repair-kind' } }));

    // when it is checked with and without the list of dictionaries
    // then only the first can tell
    expect(checkForm(form, { dictionaries: ['repair-category'] }).map((p) => p.code)).toEqual(['UNKNOWN_DICTIONARY']);
    expect(checkForm(form)).toEqual([]);
  });
});

describe('checkForm: rules', () => {
  it('should check every rule against the form’s fields, with paths into the form', () => {
    // given rules that read an unknown field, misuse a date, and yield a string where a condition is expected
    const form = formOf(
      { key: 'fee', type: 'money', label: '费用' },
      { key: 'at', type: 'datetime', label: '时间', default: { '+': [{ var: 'fee' }, 1] } },
      { key: 'note', type: 'text', label: '备注', visibleIf: 'yes', required: { '>': [{ var: 'feee' }, 1] } },
      {
        key: 'rows',
        type: 'sub-form',
        label: '行',
        fields: [
          { key: 'q', type: 'integer', label: 'Q' },
          { key: 'c', type: 'money', label: 'C', computed: { '*': [{ var: '$row.q' }, { var: '$row.price' }] } },
        ],
      },
    );

    // when it is checked
    // then each rule problem is reported with checkRule's code
    expect(problemsOf(form)).toEqual([
      ['RESULT_TYPE', '/fields/1/default'],
      ['UNDECLARED_VARIABLE', '/fields/2/required/>/0/var'],
      ['NON_BOOLEAN_CONDITION', '/fields/2/visibleIf'],
      ['UNDECLARED_VARIABLE', '/fields/3/fields/1/computed/*/1/var'],
    ]);
  });

  it('should know $user, $context, $row, $index, $value and $option where they exist', () => {
    // given rules using each context variable where it is offered, and $row at the top of the form
    const form = formOf(
      { key: 'who', type: 'text', label: '谁', default: { cat: [{ var: '$user.name' }, { var: '$context.unit' }] } },
      {
        key: 'n',
        type: 'integer',
        label: 'N',
        validations: [{ rule: { '>': [{ var: '$value' }, 0] }, message: '>0' }],
      },
      { key: 'team', type: 'team-picker', label: '班组', optionFilter: { '==': [{ var: '$option.value' }, 'x'] } },
      {
        key: 'rows',
        type: 'sub-form',
        label: '行',
        fields: [{ key: 'no', type: 'integer', label: '号', computed: { var: '$index' } }],
      },
      { key: 'bad', type: 'text', label: '坏', visibleIf: { var: '$row.no' }, default: { var: '$user.department' } },
    );

    // when it is checked
    // then only the misplaced $row and the undeclared user property are reported
    expect(problemsOf(form)).toEqual([
      ['UNDECLARED_VARIABLE', '/fields/4/default/var'],
      ['UNDECLARED_VARIABLE', '/fields/4/visibleIf/var'],
    ]);
  });

  it('should report cycles between computed values and visibility', () => {
    //   a.computed ──▶ b ; b.visibleIf ──▶ a          (and c computed from itself)
    const form = formOf(
      { key: 'a', type: 'number', label: 'A', computed: { var: 'b' } },
      { key: 'b', type: 'number', label: 'B', visibleIf: { '>': [{ var: 'a' }, 1] } },
      { key: 'c', type: 'number', label: 'C', computed: { '+': [{ var: 'c' }, 1] } },
    );

    // when it is checked
    const problems = checkForm(form);

    // then each cycle is named once
    expect(problems.map((p) => [p.code, p.path, p.message])).toEqual([
      ['DEPENDENCY_CYCLE', '/fields/0', expect.stringContaining('"a" → "b" → "a"')],
      ['DEPENDENCY_CYCLE', '/fields/2', expect.stringContaining('"c" → "c"')],
    ]);
  });

  it('should never throw, whatever it is given', () => {
    // given values that are not forms at all
    const junk: unknown[] = [
      null,
      undefined,
      42,
      'form',
      { fields: 'x' },
      { key: 'x', title: 'X', fields: [null, [], { type: 'sub-form', fields: 3 }] },
    ];

    // when each is checked
    // then problems come back
    for (const value of junk) expect(checkForm(value).length).toBeGreaterThan(0);
  });
});

describe('checkForm: keys', () => {
  it.each(['constructor', 'prototype', '_private', '1st', 'a-b', 'x'.repeat(65)])('should refuse the key %s', (key) => {
    // given a field whose key rules could not read, or is not an identifier
    // when the form is checked
    // then the key is invalid
    expect(problemsOf(formOf({ key, type: 'text', label: 'A' }))).toEqual([['INVALID_PROPERTY', '/fields/0/key']]);
  });
});
