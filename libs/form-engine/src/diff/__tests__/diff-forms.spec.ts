import type { FieldDefinition, FormDefinition } from '../../index';
import { diffForms } from '../../index';
import { fixtureForm } from '../../../test/support/fixtures';

function edit(
  form: FormDefinition,
  key: string,
  change: (field: FieldDefinition) => FieldDefinition | null,
): FormDefinition {
  const visit = (fields: readonly FieldDefinition[]): FieldDefinition[] =>
    fields.flatMap((f): FieldDefinition[] => {
      const next = f.key === key ? change(f) : f;
      if (next === null) return [];
      if (next.type === 'section') return [{ ...next, fields: visit(next.fields) as typeof next.fields }];
      if (next.type === 'sub-form') return [{ ...next, fields: visit(next.fields) as typeof next.fields }];
      return [next];
    });
  return { ...form, fields: visit(form.fields) };
}

describe('diffForms', () => {
  const v1 = fixtureForm('repair-request');

  it('should find nothing between a form and itself', () => {
    // given the same version twice
    // when compared
    // then nothing changed
    expect(diffForms(v1, structuredClone(v1))).toEqual({ added: [], removed: [], changed: [], form: [], breaking: [] });
  });

  it('should list safe changes without flagging them', () => {
    // given a new label, an optional field added, a field removed, and a field moved out of its section
    let v2 = edit(v1, 'category', (f) => ({ ...f, label: { 'zh-CN': '问题类别', en: 'Problem' } }));
    v2 = edit(v2, 'preferredTime', () => null);
    v2 = { ...v2, title: '报修单 v2', fields: [...v2.fields, { key: 'floor', type: 'integer', label: '楼层' }] };

    // when compared
    const diff = diffForms(v1, v2);

    // then every change is listed and none breaks anything
    expect(diff.added.map((d) => d.path)).toEqual(['floor']);
    expect(diff.removed.map((d) => d.path)).toEqual(['preferredTime']);
    expect(diff.changed).toEqual([
      {
        path: 'category',
        type: 'select',
        changes: [
          {
            property: 'label',
            before: { 'zh-CN': '报修类别', en: 'Category' },
            after: { 'zh-CN': '问题类别', en: 'Problem' },
          },
        ],
        breaking: [],
      },
    ]);
    expect(diff.form).toEqual([
      { property: 'title', before: { 'zh-CN': '报修单', en: 'Repair request' }, after: '报修单 v2' },
    ]);
    expect(diff.breaking).toEqual([]);
  });

  it('should flag type changes, new required fields, removed options and tightened limits', () => {
    // given a v2 that retypes, requires, removes an option, tightens and adds a required column
    let v2 = edit(v1, 'contactName', (f) => ({ ...f, type: 'textarea' }) as FieldDefinition);
    v2 = edit(v2, 'preferredDate', (f) => ({ ...f, required: true }) as FieldDefinition);
    v2 = edit(v2, 'area', (f) => (f.type === 'radio' ? { ...f, options: f.options?.slice(0, 1) } : f));
    v2 = edit(v2, 'description', (f) => ({ ...f, maxLength: 200 }) as FieldDefinition);
    v2 = edit(v2, 'materials', (f) =>
      f.type === 'sub-form'
        ? { ...f, fields: [...f.fields, { key: 'brand', type: 'text', label: '品牌', required: true }] }
        : f,
    );
    v2 = {
      ...v2,
      fields: [...v2.fields, { key: 'floor', type: 'integer', label: '楼层', required: true, default: 1 }],
    };

    // when compared
    const diff = diffForms(v1, v2);

    // then each is flagged (a required field with a default is not: nothing breaks)
    expect(diff.breaking.map((b) => [b.code, b.path])).toEqual([
      ['REQUIRED_ADDED', 'materials.brand'],
      ['OPTION_REMOVED', 'area'],
      ['CONSTRAINT_TIGHTENED', 'description'],
      ['TYPE_CHANGED', 'contactName'],
      ['REQUIRED_ADDED', 'preferredDate'],
    ]);
    expect(diff.breaking.find((b) => b.code === 'OPTION_REMOVED')?.message).toContain('public');
  });

  it('should flag a lost process variable and another process', () => {
    // given a v2 without the estimatedCost variable, starting another process
    const v2: FormDefinition = {
      ...v1,
      startsProcess: 'repair-order-v2',
      processVariables: ['category', 'project', 'unit', 'urgent'],
    };

    // when compared
    const diff = diffForms(v1, v2);

    // then both are breaking
    expect(diff.breaking.map((b) => b.code)).toEqual(['PROCESS_CHANGED', 'PROCESS_VARIABLE_REMOVED']);
    expect(diff.form.map((c) => c.property)).toEqual(['processVariables', 'startsProcess']);
  });

  it('should note a field moved to another section', () => {
    // given the category moved into the place section
    const category = v1.fields.find((f) => f.key === 'category') as FieldDefinition;
    const withoutIt = edit(v1, 'category', () => null);
    const v2 = edit(withoutIt, 'place', (f) =>
      f.type === 'section' ? { ...f, fields: [...f.fields, category] as typeof f.fields } : f,
    );

    // when compared
    // then the move is a change of section
    expect(diffForms(v1, v2).changed).toEqual([
      { path: 'category', type: 'select', changes: [{ property: 'section', after: 'place' }], breaking: [] },
    ]);
  });
});
