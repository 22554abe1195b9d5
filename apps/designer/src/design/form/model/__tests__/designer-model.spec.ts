import type { FormDefinition, FormProblem } from '@anxin/form-engine';
import { checkForm } from '@anxin/form-engine';
import { formatDefault, parseDefault } from '../default-value';
import { record, redo, startHistory, undo } from '../edit-history';
import { pointerTarget, problemsByField } from '../problem-locations';
import { propertyInput } from '../property-inputs';
import { ruleFieldsOf } from '../rule-fields';

const FORM: FormDefinition = {
  key: 'sample',
  title: '样例',
  fields: [
    {
      key: 'kind',
      type: 'select',
      label: { 'zh-CN': '类别', en: 'Kind' },
      options: [{ value: 'k1', label: { 'zh-CN': '一', en: 'One' } }],
    },
    {
      key: 'place',
      type: 'section',
      label: '位置',
      fields: [
        { key: 'note', type: 'text', label: '备注', visibleIf: { '!!': [{ var: 'ghost' }] } },
        { key: 'due', type: 'date', label: '日期' },
      ],
    },
    {
      key: 'items',
      type: 'sub-form',
      label: '明细',
      fields: [{ key: 'cost', type: 'money', label: '金额' }],
      aggregates: [{ key: 'total', op: 'sum', field: 'cost', label: '合计' }],
    },
    { key: 'sep', type: 'divider' },
  ],
};

describe('problems at their fields', () => {
  it('given checkForm problems as JSON Pointers, then each is found at its field, columns at their sub-form', () => {
    // Given a rule in a section that reads an unknown field
    const problems: FormProblem[] = checkForm(FORM);
    expect(problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['UNDECLARED_VARIABLE', '/fields/1/fields/0/visibleIf/!!/0/var'],
    ]);
    // Then it is at the section's field, with what is wrong below it
    expect(pointerTarget(FORM, problems[0]!.path)).toEqual({ fieldKey: 'note', property: 'visibleIf/!!/0/var' });
    expect(pointerTarget(FORM, '/fields/2/fields/0/min')).toEqual({ fieldKey: 'items', property: 'fields/0/min' });
    expect(pointerTarget(FORM, '/fields/1')).toEqual({ fieldKey: 'place', property: '' });
    expect(pointerTarget(FORM, '/title')).toEqual({ property: 'title' });
    expect(Object.keys(problemsByField(FORM, problems))).toEqual(['note']);
  });
});

describe('fields offered to a rule', () => {
  it('given the form, then the other value fields come with their rule types and options, aggregates as numbers', () => {
    expect(ruleFieldsOf(FORM, 'note', 'en')).toEqual([
      { name: 'kind', label: 'Kind', type: 'select', options: [{ value: 'k1', label: 'One' }] },
      { name: 'due', label: '日期', type: 'date' },
      { name: 'total', label: '合计', type: 'number' },
    ]);
  });

  it('given a dictionary field, then its options come from the dictionary', () => {
    const form: FormDefinition = {
      key: 'f',
      title: 'f',
      fields: [{ key: 'c', type: 'radio', label: 'C', optionsFrom: { dictionary: 'colours' } }],
    };
    const dictionaries = { colours: { key: 'colours', name: '颜色', items: [{ value: 'red', label: '红' }] } };
    expect(ruleFieldsOf(form, undefined, 'zh-CN', dictionaries)[0]?.options).toEqual([{ value: 'red', label: '红' }]);
  });
});

describe('defaults as typed', () => {
  it('given text typed in the default box, then rules, numbers and switches are recognised by the field type', () => {
    expect(parseDefault('{"var":"$user.name"}', 'text')).toEqual({ var: '$user.name' });
    expect(parseDefault('12.5', 'money')).toBe(12.5);
    expect(parseDefault('12.5', 'text')).toBe('12.5');
    expect(parseDefault('true', 'switch')).toBe(true);
    expect(parseDefault('  ', 'text')).toBeUndefined();
    expect(parseDefault('{half', 'text')).toBe('{half');
    expect(formatDefault({ now: [] })).toBe('{"now":[]}');
    expect(formatDefault('室内')).toBe('室内');
  });
});

describe('type property inputs', () => {
  it('given the docs of listFieldTypes, then each property gets a fitting input', () => {
    expect(propertyInput('an integer from 0 to 1000')).toEqual({ kind: 'number', integer: true });
    expect(propertyInput('a number')).toEqual({ kind: 'number', integer: false });
    expect(propertyInput('true or false')).toEqual({ kind: 'boolean' });
    expect(propertyInput('one of "mobile", "landline", "any"')).toEqual({
      kind: 'choice',
      values: ['mobile', 'landline', 'any'],
    });
    expect(propertyInput('a non-empty list of texts')).toEqual({ kind: 'list' });
    expect(propertyInput('a list of fields')).toEqual({ kind: 'json' });
    expect(propertyInput('a day, yyyy-MM-dd')).toEqual({ kind: 'text' });
  });
});

describe('edit history', () => {
  it('when edits are recorded, undone and redone, then the states come back in order and a new edit drops the redo', () => {
    let history = record(record(startHistory('a'), 'b'), 'c');
    history = undo(undo(history));
    expect(history.present).toBe('a');
    history = redo(history);
    expect(history.present).toBe('b');
    history = record(history, 'x');
    expect(redo(history)).toBe(history);
    expect(undo(history).present).toBe('b');
    expect(record(history, 'x')).toBe(history);
  });
});
