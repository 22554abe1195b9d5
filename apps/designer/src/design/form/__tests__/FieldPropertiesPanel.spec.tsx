import type { FormDefinition } from '@anxin/form-engine';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderInLanguage } from '../../../test-support';
import { currentForm, DesignerHarness } from './designer-harness';

const FORM: FormDefinition = {
  key: 'sample',
  title: '样例',
  fields: [
    { key: 'kind', type: 'text', label: { 'zh-CN': '类别', en: 'Kind' } },
    { key: 'note', type: 'text', label: { 'zh-CN': '备注', en: 'Note' } },
  ],
};
const form = () => currentForm(screen.getByTestId('form-json'));
const field = (key: string) =>
  form().fields.find((candidate) => candidate.key === key) as unknown as Record<string, unknown>;
const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId).querySelector('textarea, input') ?? screen.getByTestId(testId), {
    target: { value },
  });

/** Types a rule into the rule builder of `testId` in its JSON mode (可视化 / JSON). */
const typeRule = (testId: string, rule: unknown) => {
  const builder = screen.getByTestId(testId);
  fireEvent.click(within(builder).getByText('JSON'));
  fireEvent.change(within(builder).getByTestId('rule-json'), { target: { value: JSON.stringify(rule) } });
};

function selectNote() {
  renderInLanguage(<DesignerHarness initial={FORM} />);
  fireEvent.click(screen.getByTestId('canvas-field-note'));
}

describe('field properties panel', () => {
  it('when the labels are edited in both languages, then the field gets both', () => {
    selectNote();
    type('prop-label-zh', '补充说明');
    type('prop-label-en', 'Remarks');
    expect(field('note')['label']).toEqual({ 'zh-CN': '补充说明', en: 'Remarks' });
  });

  it('given a malformed or taken key, then it is refused with the reason; a good key renames the field', () => {
    selectNote();
    type('prop-key', '2nd');
    expect(screen.getByText('以字母开头，只含字母、数字和下划线，最多 64 个字符')).toBeTruthy();
    type('prop-key', 'kind');
    expect(screen.getByText('表单中已有这个标识')).toBeTruthy();
    expect(form().fields.map((candidate) => candidate.key)).toEqual(['kind', 'note']);
    type('prop-key', 'remark');
    expect(form().fields.map((candidate) => candidate.key)).toEqual(['kind', 'remark']);
    expect(screen.getByTestId('properties-remark')).toBeTruthy();
  });

  it('when a visibility rule is set with the rule builder, then the field has it and the canvas marks it', () => {
    selectNote();
    expect(screen.queryByTestId('canvas-conditional-note')).toBeNull();
    typeRule('prop-visibleIf', { '!!': [{ var: 'kind' }] });
    expect(field('note')['visibleIf']).toEqual({ '!!': [{ var: 'kind' }] });
    expect(screen.getByTestId('canvas-conditional-note')).toBeTruthy();
  });

  it('when required is set always, then required is true; a default typed as a rule is stored as a rule', () => {
    selectNote();
    fireEvent.click(screen.getByText('总是必填'));
    expect(field('note')['required']).toBe(true);
    type('prop-default', '{"var":"$user.name"}');
    expect(field('note')['default']).toEqual({ var: '$user.name' });
  });

  it('when a validation is added with its messages, then the field has the rule and both messages', () => {
    selectNote();
    fireEvent.click(screen.getByTestId('prop-validation-add'));
    type('prop-validation-0-message-zh', '至少两个字');
    type('prop-validation-0-message-en', 'Two characters at least');
    typeRule('prop-validation-0-rule', { '>=': [{ length: [{ var: '$value' }] }, 2] });
    expect(field('note')['validations']).toEqual([
      {
        rule: { '>=': [{ length: [{ var: '$value' }] }, 2] },
        message: { 'zh-CN': '至少两个字', en: 'Two characters at least' },
      },
    ]);
  });

  it('given a choice field, when an option is added, then the options grow', () => {
    renderInLanguage(<DesignerHarness initial={FORM} />);
    fireEvent.click(screen.getByTestId('palette-radio'));
    expect((field('radio1')['options'] as unknown[]).length).toBe(2);
    fireEvent.click(screen.getByTestId('prop-option-add'));
    expect((field('radio1')['options'] as unknown[]).length).toBe(3);
  });
});
