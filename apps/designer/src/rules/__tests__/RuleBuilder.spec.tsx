import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { renderInLanguage } from '../../test-support';
import { RuleBuilder } from '../RuleBuilder';
import type { JsonLogicRule, RuleField } from '../rule-builder.types';

const fields: RuleField[] = [
  { name: 'estimatedCost', label: '预估费用', type: 'money' },
  {
    name: 'urgency',
    label: '紧急程度',
    type: 'select',
    options: [
      { value: 'urgent', label: '紧急' },
      { value: 'normal', label: '一般' },
    ],
  },
];

/** A parent that keeps the rule, as a definition editor does, and records every change. */
function Harness({ initial, changes }: { initial: JsonLogicRule | undefined; changes: unknown[] }) {
  const [value, setValue] = useState(initial);
  return (
    <RuleBuilder
      testId="condition-editor"
      value={value}
      fields={fields.map((field) => ({ ...field }))}
      onChange={(next) => {
        changes.push(next);
        setValue(next);
      }}
    />
  );
}

const amountInput = () =>
  screen.getByTestId('condition-editor').querySelector<HTMLInputElement>('.ant-input-number input');

describe('RuleBuilder', () => {
  it('given a cost threshold, when the amount is changed in the visual builder, then the same rule comes out with the new number', async () => {
    // Given the rule of a gateway: estimatedCost > 500
    const changes: unknown[] = [];
    renderInLanguage(<Harness initial={{ '>': [{ var: 'estimatedCost' }, 500] }} changes={changes} />);
    // Then it opens visually: the field, the operator and the amount are shown
    expect(screen.getByTestId('condition-editor').getAttribute('data-mode')).toBe('visual');
    expect(screen.getByText('预估费用')).toBeTruthy();
    expect(screen.getByText('大于')).toBeTruthy();
    expect(amountInput()?.value).toBe('500');
    // When the amount becomes 800
    fireEvent.change(amountInput() as HTMLInputElement, { target: { value: '800' } });
    // Then the rule is the same with 800 as a number
    await waitFor(() => expect(changes.at(-1)).toEqual({ '>': [{ var: 'estimatedCost' }, 800] }));
    // And the JSON mode shows exactly that rule
    fireEvent.click(screen.getByText('JSON'));
    const json = screen.getByTestId<HTMLTextAreaElement>('rule-json');
    expect(JSON.parse(json.value)).toEqual({ '>': [{ var: 'estimatedCost' }, 800] });
  });

  it('given a rule the builder cannot show, then it opens in JSON mode, the visual mode is unavailable and nothing is changed', () => {
    const rule = { '>': [{ '+': [{ var: 'estimatedCost' }, 100] }, 500] };
    const changes: unknown[] = [];
    renderInLanguage(<Harness initial={rule} changes={changes} />);
    expect(screen.getByTestId('condition-editor').getAttribute('data-mode')).toBe('json');
    expect(screen.getByTestId('rule-json-only')).toBeTruthy();
    expect(JSON.parse(screen.getByTestId<HTMLTextAreaElement>('rule-json').value)).toEqual(rule);
    // When the visual mode is asked for, then it stays in JSON mode
    fireEvent.click(screen.getByText('可视化'));
    expect(screen.getByTestId('condition-editor').getAttribute('data-mode')).toBe('json');
    expect(changes).toEqual([]);
  });

  it('given JSON mode, when a representable rule is typed, then it is passed on and the visual mode shows it', async () => {
    const changes: unknown[] = [];
    renderInLanguage(<Harness initial={{ '===': [{ var: 'urgency' }, 'urgent'] }} changes={changes} />, 'en');
    fireEvent.change(screen.getByTestId('rule-json'), {
      target: { value: '{"in": [{"var": "urgency"}, ["urgent", "normal"]]}' },
    });
    expect(changes).toEqual([{ in: [{ var: 'urgency' }, ['urgent', 'normal']] }]);
    fireEvent.click(screen.getByText('Visual'));
    await waitFor(() => expect(screen.getByTestId('condition-editor').getAttribute('data-mode')).toBe('visual'));
    expect(screen.getByText('is one of')).toBeTruthy();
    expect(screen.getByText('紧急')).toBeTruthy();
  });

  it('given invalid JSON typed, then the error is shown and no rule is passed on', () => {
    const changes: unknown[] = [];
    renderInLanguage(<Harness initial={true} changes={changes} />);
    fireEvent.change(screen.getByTestId('rule-json'), { target: { value: '{"==": [' } });
    expect(screen.getByText(/不是有效的 JSON/)).toBeTruthy();
    expect(changes).toEqual([]);
  });

  it('given an empty builder, when a condition is added, then nothing is passed on until it has a value', async () => {
    const changes: unknown[] = [];
    renderInLanguage(<Harness initial={undefined} changes={changes} />);
    fireEvent.click(screen.getByText('+ 条件'));
    await waitFor(() => expect(amountInput()).toBeTruthy());
    expect(changes).toEqual([]);
    fireEvent.change(amountInput() as HTMLInputElement, { target: { value: '300' } });
    await waitFor(() => expect(changes).toEqual([{ '==': [{ var: 'estimatedCost' }, 300] }]));
  });
});

describe('RuleBuilder groups', () => {
  it('given two conditions, when 取反 is ticked, then the rule is the negated and, still shown visually', async () => {
    const changes: unknown[] = [];
    const both = {
      and: [{ '>': [{ var: 'estimatedCost' }, 500] }, { '==': [{ var: 'urgency' }, 'urgent'] }],
    };
    renderInLanguage(<Harness initial={both} changes={changes} />);
    fireEvent.click(screen.getByLabelText('取反'));
    await waitFor(() => expect(changes.at(-1)).toEqual({ '!': both }));
    expect(screen.getByTestId('condition-editor').getAttribute('data-mode')).toBe('visual');
  });
});
