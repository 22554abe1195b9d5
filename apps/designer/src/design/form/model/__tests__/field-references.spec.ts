import { checkForm, type FormDefinition } from '@anxin/form-engine';
import { countFieldReferences, renameFieldReferences } from '../field-references';

// form: kind (select) · cost (money, computed from materials) · where (location)
//       details [note: visible when kind = leak, required when cost > 500]
//       materials (sub-form: qty, price, total = $row.qty * $row.price; aggregate sum; validation on kind)
const FORM: FormDefinition = {
  key: 'sample',
  title: '样例',
  fields: [
    { key: 'kind', type: 'select', label: '类型', options: [{ value: 'leak', label: '漏水' }] },
    { key: 'where', type: 'location', label: '位置' },
    {
      key: 'details',
      type: 'section',
      label: '详情',
      visibleIf: { '!!': [{ var: 'kind' }] },
      fields: [
        {
          key: 'note',
          type: 'text',
          label: '说明',
          visibleIf: { '==': [{ var: 'kind' }, 'leak'] },
          required: { '>': [{ var: ['cost', 0] }, 500] },
          default: { var: '$user.name' },
        },
      ],
    },
    {
      key: 'materials',
      type: 'sub-form',
      label: '材料',
      fields: [
        { key: 'qty', type: 'integer', label: '数量' },
        { key: 'price', type: 'money', label: '单价' },
        {
          key: 'total',
          type: 'money',
          label: '小计',
          computed: { '*': [{ var: '$row.qty' }, { var: '$row.price' }] },
        },
      ],
      aggregates: [{ key: 'materialCost', op: 'sum', field: 'total' }],
      validations: [{ rule: { '!=': [{ var: 'kind' }, 'none'] }, message: '请选择类型' }],
    },
    {
      key: 'cost',
      type: 'money',
      label: '费用',
      computed: { '+': [{ var: 'materialCost' }, { if: [{ '==': [{ var: 'kind' }, 'leak'] }, 100, 0] }] },
    },
    { key: 'lat', type: 'number', label: '纬度', computed: { var: 'where.lat' } },
    { key: 'kindness', type: 'text', label: '相似的名字', visibleIf: { '!!': [{ var: 'kindness' }] } },
  ],
};

describe('field references in rules (renaming a field key)', () => {
  it('given a form, when its rules are counted for a key, then every var reading it counts, whatever the rule', () => {
    // section visibleIf, note visibleIf, sub-form validation, cost computed
    expect(countFieldReferences(FORM, 'kind')).toBe(4);
    // var with a default, and a part of a location
    expect(countFieldReferences(FORM, 'cost')).toBe(1);
    expect(countFieldReferences(FORM, 'where')).toBe(1);
    // $row.qty is a cell of the row, not a form field; a key that only starts alike is another field
    expect(countFieldReferences(FORM, 'qty')).toBe(0);
    expect(countFieldReferences(FORM, 'kindness')).toBe(1);
    expect(countFieldReferences(FORM, 'nothing')).toBe(0);
  });

  it('when kind is renamed to category in the rules, then every reference reads category and nothing else changed', () => {
    const renamed = renameFieldReferences(FORM, 'kind', 'category');
    expect(countFieldReferences(renamed, 'kind')).toBe(0);
    expect(countFieldReferences(renamed, 'category')).toBe(4);
    const details = renamed.fields[2] as unknown as {
      visibleIf: unknown;
      fields: { visibleIf: unknown; required: unknown }[];
    };
    expect(details.visibleIf).toEqual({ '!!': [{ var: 'category' }] });
    expect(details.fields[0]!.visibleIf).toEqual({ '==': [{ var: 'category' }, 'leak'] });
    expect(renamed.fields[4]).toEqual({
      ...FORM.fields[4],
      computed: { '+': [{ var: 'materialCost' }, { if: [{ '==': [{ var: 'category' }, 'leak'] }, 100, 0] }] },
    });
    // The field's own key is the caller's business; a field whose key merely starts alike is untouched
    expect(renamed.fields[0]!.key).toBe('kind');
    expect(renamed.fields[6]).toBe(FORM.fields[6]);
    expect(renamed.fields[6]!.key).toBe('kindness');
    // Fields without a reference keep their identity (the designer compares by reference)
    expect(renamed.fields[1]).toBe(FORM.fields[1]);
  });

  it('when a var with a default or a path into the field is renamed, then the default and the path stay', () => {
    const renamed = renameFieldReferences(renameFieldReferences(FORM, 'cost', 'fee'), 'where', 'place');
    const note = (renamed.fields[2] as unknown as { fields: { required: unknown }[] }).fields[0]!;
    expect(note.required).toEqual({ '>': [{ var: ['fee', 0] }, 500] });
    expect((renamed.fields[5] as { computed: unknown }).computed).toEqual({ var: 'place.lat' });
  });

  it('given the field renamed first, when its references follow, then the form checks without undeclared variables', () => {
    const fieldRenamed = {
      ...FORM,
      fields: FORM.fields.map((field) => (field.key === 'kind' ? { ...field, key: 'category' } : field)),
    } as FormDefinition;
    const undeclared = (form: FormDefinition) =>
      checkForm(form).filter((problem) => problem.code === 'UNDECLARED_VARIABLE').length;
    expect(undeclared(fieldRenamed)).toBeGreaterThan(0);
    expect(undeclared(renameFieldReferences(fieldRenamed, 'kind', 'category'))).toBe(0);
  });

  it('given nothing reads the key, or the same key, then the very same form comes back', () => {
    expect(renameFieldReferences(FORM, 'nothing', 'other')).toBe(FORM);
    expect(renameFieldReferences(FORM, 'kind', 'kind')).toBe(FORM);
  });
});
