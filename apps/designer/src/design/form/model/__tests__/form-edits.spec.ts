import { checkForm, listFieldTypes, type FieldDefinition, type FormDefinition } from '@anxin/form-engine';
import {
  addField,
  canPlace,
  findField,
  moveField,
  removeField,
  shiftField,
  updateField,
  updateForm,
} from '../form-edits';
import { fieldKeyProblem, freeKey } from '../field-key';
import { newField } from '../new-field';

const text = (key: string): FieldDefinition => ({ key, type: 'text', label: key });

// form: a, b, place [c, d], e
const FORM: FormDefinition = {
  key: 'sample',
  title: '样例',
  fields: [
    text('a'),
    text('b'),
    { key: 'place', type: 'section', label: '位置', fields: [text('c') as never, text('d') as never] },
    text('e'),
  ],
};

const order = (form: FormDefinition): string[] =>
  form.fields.flatMap((field) =>
    field.type === 'section' ? [`${field.key}[${field.fields.map((inner) => inner.key).join(',')}]`] : [field.key],
  );

describe('form edits (pure functions the designer calls)', () => {
  it('given a form, when a field is added at an index of the top or of a section, then it sits there', () => {
    expect(order(addField(FORM, text('x'), { container: null, index: 1 }))).toEqual(['a', 'x', 'b', 'place[c,d]', 'e']);
    expect(order(addField(FORM, text('x'), { container: 'place' }))).toEqual(['a', 'b', 'place[c,d,x]', 'e']);
  });

  it('given a taken key or a section into a section, when added, then the form is unchanged', () => {
    expect(addField(FORM, text('c'), { container: null })).toBe(FORM);
    const section: FieldDefinition = { key: 'inner', type: 'section', label: '内', fields: [] };
    expect(addField(FORM, section, { container: 'place' })).toBe(FORM);
    expect(canPlace(FORM, 'section', 'place')).toBe(false);
  });

  it('when a field moves within its container, then the index counts the fields without it (as arrayMove)', () => {
    expect(order(moveField(FORM, 'a', { container: null, index: 2 }))).toEqual(['b', 'place[c,d]', 'a', 'e']);
    expect(order(moveField(FORM, 'd', { container: 'place', index: 0 }))).toEqual(['a', 'b', 'place[d,c]', 'e']);
  });

  it('when a field moves into or out of a section, then it leaves its container for the other', () => {
    expect(order(moveField(FORM, 'e', { container: 'place', index: 1 }))).toEqual(['a', 'b', 'place[c,e,d]']);
    expect(order(moveField(FORM, 'c', { container: null }))).toEqual(['a', 'b', 'place[d]', 'e', 'c']);
    expect(moveField(FORM, 'place', { container: 'place' })).toBe(FORM);
  });

  it('when a field shifts up or down, then it swaps with its neighbour and stays in its container', () => {
    expect(order(shiftField(FORM, 'b', -1))).toEqual(['b', 'a', 'place[c,d]', 'e']);
    expect(order(shiftField(FORM, 'c', 1))).toEqual(['a', 'b', 'place[d,c]', 'e']);
    expect(order(shiftField(FORM, 'a', -1))).toEqual(['a', 'b', 'place[c,d]', 'e']);
  });

  it('when a field or a section is removed, then it goes (a section with its fields)', () => {
    expect(order(removeField(FORM, 'd'))).toEqual(['a', 'b', 'place[c]', 'e']);
    expect(order(removeField(FORM, 'place'))).toEqual(['a', 'b', 'e']);
    expect(removeField(FORM, 'missing')).toBe(FORM);
  });

  it('when a field is updated, then its properties change, undefined removes one, a new key renames it', () => {
    const required = updateField(FORM, 'c', { required: true, visibleIf: { '!!': [{ var: 'a' }] } });
    expect(findField(required, 'c')?.field).toEqual({
      ...text('c'),
      required: true,
      visibleIf: { '!!': [{ var: 'a' }] },
    });
    const cleared = updateField(required, 'c', { visibleIf: undefined, key: 'city' });
    expect(findField(cleared, 'c')).toBeUndefined();
    expect(findField(cleared, 'city')).toEqual({
      field: { ...text('c'), key: 'city', required: true },
      container: 'place',
      index: 0,
    });
    // The original is never touched: undo keeps the old objects
    expect(findField(FORM, 'c')?.field).toEqual(text('c'));
  });

  it('when the form itself is updated, then its fields cannot be replaced that way', () => {
    const next = updateForm(FORM, { title: { 'zh-CN': '新', en: 'New' }, columns: 2, fields: [] });
    expect(next.title).toEqual({ 'zh-CN': '新', en: 'New' });
    expect(next.columns).toBe(2);
    expect(next.fields).toBe(FORM.fields);
  });
});

describe('field keys', () => {
  it('given the engine rule, then malformed, reserved and taken keys are refused and a free one is found', () => {
    expect(fieldKeyProblem(FORM, 'a', '')).toBe('empty');
    expect(fieldKeyProblem(FORM, 'a', '1st')).toBe('malformed');
    expect(fieldKeyProblem(FORM, 'a', 'has-dash')).toBe('malformed');
    expect(fieldKeyProblem(FORM, 'a', 'constructor')).toBe('reserved');
    expect(fieldKeyProblem(FORM, 'a', 'c')).toBe('duplicate');
    expect(fieldKeyProblem(FORM, 'a', 'place')).toBe('duplicate');
    expect(fieldKeyProblem(FORM, 'a', 'a')).toBeUndefined();
    expect(fieldKeyProblem(FORM, 'a', 'note_2')).toBeUndefined();
    expect(freeKey(FORM, 'id-card')).toBe('idCard1');
    expect(freeKey(addField(FORM, text('text1'), { container: null }), 'text')).toBe('text2');
  });
});

describe('new fields', () => {
  it('given every type of listFieldTypes, when each is added to an empty form, then checkForm finds no error', () => {
    const texts = { label: { 'zh-CN': '字段', en: 'Field' }, option: (n: number) => `选项${n}`, column: '列' };
    let form: FormDefinition = { key: 'blank', title: '空白', fields: [] };
    for (const info of listFieldTypes()) form = addField(form, newField(info, form, texts), { container: null });
    expect(form.fields.map((field) => field.type)).toEqual(listFieldTypes().map((info) => info.type));
    expect(checkForm(form).filter((problem) => problem.severity === 'error')).toEqual([]);
  });
});
