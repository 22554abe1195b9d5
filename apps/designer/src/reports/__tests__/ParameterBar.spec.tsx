import type { ReportParameter } from '@anxin/report-engine';
import { fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { renderInLanguage } from '../../test-support';
import { ParameterBar } from '../params/ParameterBar';
import type { ParameterValues } from '../params/parameter-values';

const parameters: ReportParameter[] = [
  { key: 'search', label: { 'zh-CN': '标题包含', en: 'Title contains' }, type: 'text' },
  { key: 'days', label: '天数', type: 'integer', default: 30 },
];

/** A viewer keeping the values, recording each set it would run the report with. */
function Harness({ runs }: { runs: ParameterValues[] }) {
  const [values, setValues] = useState<ParameterValues>({ days: 30 });
  return (
    <ParameterBar
      parameters={parameters}
      values={values}
      source={undefined}
      onChange={(next) => {
        runs.push(next);
        setValues(next);
      }}
    />
  );
}

describe('ParameterBar', () => {
  it('given an English UI, then each parameter is labelled in English (Chinese where it has none)', () => {
    renderInLanguage(<Harness runs={[]} />, 'en');
    expect(screen.getByText('Title contains')).toBeTruthy();
    expect(screen.getByText('天数')).toBeTruthy();
  });

  it('when text is typed, then the report runs once, on Enter, with the text; emptied, it runs without it', () => {
    const runs: ParameterValues[] = [];
    renderInLanguage(<Harness runs={runs} />);
    const box = screen.getByTestId('param-search') as HTMLInputElement;
    fireEvent.change(box, { target: { value: '漏水' } });
    expect(runs).toEqual([]);
    fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    expect(runs).toEqual([{ days: 30, search: '漏水' }]);
    fireEvent.change(box, { target: { value: '' } });
    expect(runs.at(-1)).toEqual({ days: 30 });
  });

  it('when a number is changed, then the report runs with the number', () => {
    const runs: ParameterValues[] = [];
    const { container } = renderInLanguage(<Harness runs={runs} />);
    const input = container.querySelector<HTMLInputElement>('.ant-input-number input')!;
    fireEvent.change(input, { target: { value: '7' } });
    expect(runs.at(-1)).toEqual({ days: 7 });
  });
});
