import type { DashboardDefinition, ReportDefinition } from '../../index';
import { checkDashboard } from '../../index';
import { BY_STATUS, MONTHLY, OPERATIONS } from '../../__tests__/ticket-dataset.fixture';

const REPORTS: Record<string, ReportDefinition> = { [MONTHLY.key]: MONTHLY, [BY_STATUS.key]: BY_STATUS };
const lookup = (key: string) => REPORTS[key];
const problemsOf = (dashboard: unknown): string[][] =>
  checkDashboard(dashboard, lookup).map((p) =>
    p.severity === 'error' ? [p.code, p.path] : [p.code, p.path, p.severity],
  );
const widget = (i: number, changes: object): DashboardDefinition => ({
  ...OPERATIONS,
  widgets: OPERATIONS.widgets.map((w, j) => (j === i ? { ...w, ...changes } : w)),
});

describe('checkDashboard', () => {
  it('should find nothing wrong with two reports side by side sharing the statuses parameter', () => {
    // given the operations dashboard
    // when checked
    // then there is no problem
    expect(problemsOf(OPERATIONS)).toEqual([]);
  });

  it.each<[string, unknown, string[][]]>([
    ['no widgets', { ...OPERATIONS, widgets: [] }, [['INVALID_PROPERTY', '/widgets']]],
    [
      'a widget at x 24',
      widget(0, { layout: { x: 24, y: 0, w: 1, h: 1 } }),
      [['INVALID_PROPERTY', '/widgets/0/layout/x']],
    ],
    ['an unknown chart', widget(1, { chart: 'map' }), [['INVALID_PROPERTY', '/widgets/1/chart']]],
    ['an unknown report', widget(1, { report: 'sales' }), [['UNKNOWN_REPORT', '/widgets/1/report']]],
    [
      'a widget past the grid',
      widget(1, { layout: { x: 13, y: 0, w: 12, h: 8 } }),
      [['LAYOUT_OUT_OF_GRID', '/widgets/1/layout']],
    ],
    [
      'overlapping widgets',
      widget(1, { layout: { x: 6, y: 4, w: 12, h: 8 } }),
      [['WIDGETS_OVERLAP', '/widgets/1/layout']],
    ],
    ['a widget key twice', widget(1, { key: 'monthly' }), [['DUPLICATE_KEY', '/widgets/1/key']]],
    [
      'a widget parameter the report lacks',
      widget(1, { params: { statuses: ['open'] } }),
      [['UNKNOWN_PARAMETER', '/widgets/1/params/statuses']],
    ],
    [
      'a widget parameter of the wrong type',
      widget(0, { params: { statuses: 'open' } }),
      [['INVALID_PARAMETER', '/widgets/0/params/statuses']],
    ],
    [
      'a shared parameter of another type',
      { ...OPERATIONS, parameters: [{ key: 'statuses', label: 'S', type: 'text' }] },
      [['PARAMETER_TYPE_MISMATCH', '/parameters/0/type']],
    ],
    [
      'a shared parameter no widget takes',
      { ...OPERATIONS, parameters: [{ key: 'region', label: 'R', type: 'text' }] },
      [['UNUSED_PARAMETER', '/parameters/0', 'warning']],
    ],
    [
      'a schedule without channel',
      { ...OPERATIONS, schedule: { cron: '0 8 * * *', recipients: { users: ['u-1'] }, channels: [] } },
      [['INVALID_PROPERTY', '/schedule/channels']],
    ],
  ])('should find %s', (_name, dashboard, expected) => {
    // given the operations dashboard with one mistake
    // when checked
    // then exactly that mistake is reported
    expect(problemsOf(dashboard)).toEqual(expected);
  });
});
