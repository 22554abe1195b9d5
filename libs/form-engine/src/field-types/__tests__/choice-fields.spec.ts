import type { FieldDefinition } from '../../index';
import { evaluateForm, validateSubmission } from '../../index';
import { codes, formOf, validateOne } from '../../../test/support/one-field';
import { context } from '../../../test/support/fixtures';

const area: FieldDefinition = {
  key: 'area',
  type: 'radio',
  label: '区域',
  options: [
    { value: 'indoor', label: '室内' },
    { value: 'public', label: '公共区域' },
    { value: 'garage', label: '车库', disabled: true },
  ],
};

describe('select and radio fields', () => {
  it('should accept an offered value and refuse anything else', () => {
    // given a radio with three options, one disabled
    // when values are submitted
    // then only offered, enabled values pass
    expect(codes(validateOne(area, 'indoor'))).toEqual([]);
    expect(validateOne(area, 'roof').problems[0]?.params).toEqual({ value: 'roof' });
    expect(codes(validateOne(area, 'garage'))).toEqual(['OPTION_NOT_ALLOWED']);
    expect(codes(validateOne(area, ['indoor']))).toEqual(['TYPE_MISMATCH']);
  });

  it('should let a stored value keep a since-disabled option', () => {
    // given a submission stored with "garage" before it was disabled
    // when it is submitted again
    // then the old choice stays valid
    expect(codes(validateOne(area, 'garage', { ...context, previous: { area: 'garage' } }))).toEqual([]);
  });

  it('should take options from a dictionary of the context, and say when it is missing', () => {
    // given a select over the repair-category dictionary
    const category: FieldDefinition = {
      key: 'category',
      type: 'select',
      label: '类别',
      optionsFrom: { dictionary: 'repair-category' },
    };

    // when a value is submitted with and without the dictionary
    // then the dictionary decides, and its absence is a problem (the server must be able to check)
    expect(codes(validateOne(category, 'leak'))).toEqual([]);
    expect(codes(validateOne(category, '漏水'))).toEqual(['OPTION_NOT_ALLOWED']);
    const missing = validateOne(category, 'leak', { ...context, dictionaries: {} });
    expect(missing.problems.map((p) => [p.code, p.params])).toEqual([
      ['OPTIONS_UNAVAILABLE', { source: 'dictionary:repair-category' }],
    ]);
  });

  it('should offer and accept only the buildings of the chosen project (cascading filter)', () => {
    // given a project and a building filtered by it
    const form = formOf(
      { key: 'project', type: 'select', label: '项目', optionsFrom: { dataSource: 'projects' } },
      {
        key: 'building',
        type: 'select',
        label: '楼栋',
        optionsFrom: { dataSource: 'buildings' },
        optionFilter: { '==': [{ var: '$option.projectId' }, { var: 'project' }] },
      },
    );

    // when the UI evaluates project p-2, and the server validates a building of p-1 with it
    const offered = evaluateForm(form, { project: 'p-2' }, context).fields.building?.options;
    const submitted = validateSubmission(form, { project: 'p-2', building: 'b-1' }, context);

    // then only 9栋 is offered and b-1 is refused
    expect(offered?.map((o) => o.value)).toEqual(['b-9']);
    expect(codes(submitted)).toEqual(['OPTION_NOT_ALLOWED']);
    expect(submitted.problems[0]?.path).toBe('building');
  });
});

describe('multiselect and checkbox fields', () => {
  const rooms: FieldDefinition = {
    key: 'rooms',
    type: 'checkbox',
    label: '房间',
    options: [
      { value: 'kitchen', label: '厨房' },
      { value: 'bathroom', label: '卫生间' },
      { value: 'bedroom', label: '卧室' },
    ],
    minItems: 1,
    maxItems: 2,
  };

  it.each([
    [['kitchen'], []],
    [[' kitchen ', 'bathroom'], []],
    [['kitchen', 'kitchen'], ['DUPLICATE_VALUE']],
    [['kitchen', 'bathroom', 'bedroom'], ['MAX_ITEMS']],
    [['garden'], ['OPTION_NOT_ALLOWED']],
    ['kitchen', ['TYPE_MISMATCH']],
    [[1], ['TYPE_MISMATCH']],
  ])('should judge %j', (value, expected) => {
    // given check boxes allowing 1 or 2 rooms
    // when a list is submitted
    // then duplicates, counts and options are enforced
    expect(codes(validateOne(rooms, value))).toEqual(expected);
  });

  it('should treat an empty list as no value', () => {
    // given a required multiselect
    const required = { ...rooms, type: 'multiselect', required: true } as FieldDefinition;

    // when an empty list is submitted
    const result = validateOne(required, []);

    // then it is stored as null and reported as required (not as too few)
    expect(result.value).toEqual({ rooms: null });
    expect(codes(result)).toEqual(['REQUIRED']);
  });
});

describe('cascader fields', () => {
  const cause: FieldDefinition = {
    key: 'cause',
    type: 'cascader',
    label: '原因',
    options: [
      {
        value: 'plumbing',
        label: '给排水',
        children: [
          { value: 'valve', label: '阀门' },
          { value: 'pipe', label: '管道', disabled: true },
        ],
      },
      { value: 'misuse', label: '使用不当' },
    ],
  };

  it.each([
    [['plumbing', 'valve'], []],
    [['misuse'], []],
    [['plumbing'], ['LEAF_REQUIRED']],
    [['valve'], ['OPTION_NOT_ALLOWED']],
    [['plumbing', 'pipe'], ['OPTION_NOT_ALLOWED']],
    [['misuse', 'valve'], ['OPTION_NOT_ALLOWED']],
    [['plumbing', 'plumbing'], ['DUPLICATE_VALUE']],
  ])('should judge the path %j', (value, expected) => {
    // given a two-level cascader that must end at a leaf
    // when a path is submitted
    // then each level must be a child of the one before
    expect(codes(validateOne(cause, value))).toEqual(expected);
  });

  it('should accept a partial path when leafOnly is false', () => {
    // given a cascader that accepts any level
    // when a top-level value is submitted
    // then it passes
    expect(codes(validateOne({ ...cause, leafOnly: false }, ['plumbing']))).toEqual([]);
  });
});

describe('user and team pickers', () => {
  it('should take users from the host and one id, or several with multiple', () => {
    // given single and multiple user pickers
    const single: FieldDefinition = { key: 'engineer', type: 'user-picker', label: '工程师' };
    const many: FieldDefinition = { key: 'helpers', type: 'user-picker', label: '协助', multiple: true, maxItems: 1 };

    // when ids are submitted
    // then only known users pass, in the right shape
    expect(codes(validateOne(single, 'u-2048'))).toEqual([]);
    expect(codes(validateOne(single, 'u-9999'))).toEqual(['OPTION_NOT_ALLOWED']);
    expect(codes(validateOne(single, ['u-2048']))).toEqual(['TYPE_MISMATCH']);
    expect(codes(validateOne(many, ['u-2048']))).toEqual([]);
    expect(codes(validateOne(many, ['u-2048', 'u-1024']))).toEqual(['MAX_ITEMS']);
  });

  it("should offer only the user's own teams when filtered by $user", () => {
    // given a team picker limited to the signed-in user's teams
    const team: FieldDefinition = {
      key: 'team',
      type: 'team-picker',
      label: '班组',
      optionFilter: { in: [{ var: '$option.value' }, { var: '$user.teamIds' }] },
    };

    // when another team is submitted
    // then it is refused, and the UI is offered only the user's team
    expect(codes(validateOne(team, 'team-carpentry'))).toEqual(['OPTION_NOT_ALLOWED']);
    expect(evaluateForm(formOf(team), {}, context).fields.team?.options?.map((o) => o.value)).toEqual([
      'team-plumbing',
    ]);
  });

  it('should say which data source is missing', () => {
    // given a team picker and a context without teams
    const team: FieldDefinition = { key: 'team', type: 'team-picker', label: '班组' };

    // when a team is submitted
    // then the source is named
    const result = validateOne(team, 'team-plumbing', { ...context, dataSources: {} });
    expect(result.problems[0]?.params).toEqual({ source: 'dataSource:teams' });
  });
});
