import type { ReportParameter } from '@anxin/report-engine';
import { initialValues, parametersOf, paramsForWidget, withValue } from '../params/parameter-values';

const parameters: ReportParameter[] = [
  { key: 'project', label: '项目', type: 'id', options: { field: 'project' } },
  { key: 'days', label: '天数', type: 'integer', default: 30 },
  { key: 'statuses', label: '状态', type: 'textList' },
];

describe('parameter values of a report or dashboard viewer', () => {
  it('given declared parameters, then the viewer starts with their defaults only', () => {
    expect(initialValues(parameters)).toEqual({ days: 30 });
  });

  it('when a value is set, changed or emptied, then an emptied one is dropped (the report runs without it)', () => {
    const set = withValue({ days: 30 }, 'project', 'p-1');
    expect(set).toEqual({ days: 30, project: 'p-1' });
    expect(withValue(set, 'project', undefined)).toEqual({ days: 30 });
    expect(withValue(set, 'statuses', [])).toEqual(set);
    expect(withValue(set, 'statuses', ['open'])).toEqual({ ...set, statuses: ['open'] });
  });

  it('given a widget with fixed parameters, then they win over the dashboard’s shared ones', () => {
    expect(paramsForWidget({ project: 'p-1', days: 7 }, { days: 90 })).toEqual({ project: 'p-1', days: 90 });
    expect(paramsForWidget({ project: 'p-1' }, null)).toEqual({ project: 'p-1' });
  });

  it('reads the parameters a definition declares, and none from anything else', () => {
    expect(parametersOf({ parameters })).toBe(parameters);
    expect(parametersOf({ parameters: 'broken' })).toEqual([]);
    expect(parametersOf({})).toEqual([]);
  });
});
