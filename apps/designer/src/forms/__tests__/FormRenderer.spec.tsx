import type { FormDefinition } from '@anxin/form-engine';
import type { JsonObject } from '@anxin/rules';
import { act, fireEvent, screen } from '@testing-library/react';
import { Button } from 'antd';
import type { ServerProblem } from '../../api/api-error';
import { renderInLanguage } from '../../test-support';
import { FormRenderer } from '../FormRenderer';
import { useFormModel, type FormModel } from '../useFormModel';

const FORM: FormDefinition = {
  key: 'test-repair',
  title: '报修',
  fields: [
    {
      key: 'category',
      type: 'select',
      label: { 'zh-CN': '报修类别', en: 'Category' },
      options: [
        { value: 'leak', label: { 'zh-CN': '漏水', en: 'Leak' } },
        { value: 'public_area', label: { 'zh-CN': '公共区域', en: 'Public area' } },
      ],
      required: true,
    },
    {
      key: 'unit',
      type: 'text',
      label: { 'zh-CN': '房号', en: 'Unit' },
      required: { '!=': [{ var: 'category' }, 'public_area'] },
    },
    {
      key: 'spot',
      type: 'text',
      label: { 'zh-CN': '公共区域位置', en: 'Spot' },
      visibleIf: { '==': [{ var: 'category' }, 'public_area'] },
    },
    {
      key: 'description',
      type: 'textarea',
      label: { 'zh-CN': '问题描述', en: 'Description' },
      minLength: 5,
      required: true,
    },
  ],
};

const CONTEXT = { now: () => Date.parse('2026-11-23T08:00:00Z') };
let model: FormModel;

function Harness({ initial }: { initial: JsonObject }) {
  model = useFormModel(FORM, initial, CONTEXT, 'zh-CN');
  return (
    <>
      <FormRenderer form={FORM} model={model} locale="zh-CN" />
      <Button onClick={() => model.validate()}>check</Button>
    </>
  );
}

const item = (key: string) => document.querySelector(`[data-field="${key}"]`);
const isRequired = (key: string) => item(key)?.querySelector('.ant-form-item-required') !== null;

describe('FormRenderer with @anxin/form-engine', () => {
  it('given a leak, then the unit is required and the public-area spot is hidden', () => {
    renderInLanguage(<Harness initial={{ category: 'leak' }} />);
    expect(isRequired('unit')).toBe(true);
    expect(item('spot')).toBeNull();
    expect(screen.getByText('问题描述')).toBeTruthy();
  });

  it('given a public area, then the spot shows and the unit is optional (rules evaluated as the server does)', () => {
    renderInLanguage(<Harness initial={{ category: 'public_area' }} />);
    expect(item('spot')).not.toBeNull();
    expect(isRequired('unit')).toBe(false);
  });

  it('given a short description, when checked, then the engine messages show on the fields and clear as the user fixes them', () => {
    // Given a leak without a unit and a description of 2 characters
    renderInLanguage(<Harness initial={{ category: 'leak', description: '漏水' }} />);
    expect(screen.queryByTestId('error-description')).toBeNull();
    // When the form is checked
    fireEvent.click(screen.getByText('check'));
    // Then the unit is reported missing and the description too short, in Chinese
    expect(screen.getByTestId('error-unit').textContent).toMatch(/必填/);
    expect(screen.getByTestId('error-description').textContent).toMatch(/5/);
    expect(screen.queryByTestId('error-category')).toBeNull();
    // When the description is long enough, then its message goes at once
    fireEvent.change(screen.getByTestId('field-description'), { target: { value: '厨房水管漏水' } });
    expect(screen.queryByTestId('error-description')).toBeNull();
    expect(screen.getByTestId('error-unit')).toBeTruthy();
  });

  it("given the server's VALIDATION_FAILED problems, then they show on their fields until the field changes", () => {
    // Given a form that passed the browser's checks
    renderInLanguage(<Harness initial={{ category: 'leak', unit: '1-101', description: '厨房水管漏水' }} />);
    const problems: ServerProblem[] = [
      { path: 'data.unit', code: 'OPTION_NOT_ALLOWED', message: 'The unit is not one of yours.', severity: 'error' },
    ];
    // When the server refuses the unit
    act(() => model.showServerProblems(problems));
    // Then the server's message shows under the unit, and goes when the unit changes
    expect(screen.getByTestId('error-unit').textContent).toBe('The unit is not one of yours.');
    fireEvent.change(screen.getByTestId('field-unit'), { target: { value: '1-102' } });
    expect(screen.queryByTestId('error-unit')).toBeNull();
  });
});
