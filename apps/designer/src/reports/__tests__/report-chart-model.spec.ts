import { chartStyleOf } from '../chart/chart-kind';
import { chartOptionOf } from '../chart/chart-option';
import { chartModelOf, drillCellOf, drillCellOfRow } from '../chart/report-chart-model';
import type { ReportColumn, ReportResult } from '../reports.operations';

const dimension = (key: string, extra: Partial<ReportColumn> = {}): ReportColumn => ({
  key,
  label: key,
  type: 'text',
  role: 'dimension',
  format: null,
  labelKey: null,
  ...extra,
});
const measure = (key: string, label: string): ReportColumn => ({ ...dimension(key), label, type: 'integer', role: 'measure' });
const result = (columns: ReportColumn[], rows: Record<string, unknown>[], extra: Partial<ReportResult> = {}): ReportResult => ({
  columns,
  rows,
  total: rows.length,
  truncated: false,
  fromRollup: false,
  chart: 'bar',
  pivot: null,
  ...extra,
});

// Tickets per category (codes with dictionary labels) and a null category, two measures:
//   category  | tickets | open
//   leak 漏水 |    3    |  1
//   (null)    |    1    | '2'  (numeric text, as bigint columns may come)
const BY_CATEGORY = result(
  [dimension('category', { labelKey: 'category__label' }), measure('tickets', '工单数'), measure('open', '未关闭')],
  [
    { category: 'leak', category__label: '漏水', tickets: 3, open: 1 },
    { category: null, category__label: null, tickets: 1, open: '2' },
  ],
);

// A pivot: months down, projects across (sla-breach-rate-by-project-month's shape), one measure.
//            | p1 阳光 | p2 绿湖
//   2026-01  |  0.5    |  null
//   2026-02  |  0.25   |  1
const MONTH_BY_PROJECT = result(
  [
    dimension('createdAt', { type: 'date' }),
    dimension('project', { type: 'id', labelKey: 'project__label' }),
    { ...measure('rate', '超时率'), format: 'percent' },
  ],
  [
    { createdAt: '2026-01-01', project: 'p1', project__label: '阳光', rate: 0.5 },
    { createdAt: '2026-02-01', project: 'p1', project__label: '阳光', rate: 0.25 },
    { createdAt: '2026-02-01', project: 'p2', project__label: '绿湖', rate: 1 },
  ],
  {
    chart: 'line',
    pivot: {
      rowKeys: ['createdAt'],
      columnKeys: ['project'],
      measureKeys: ['rate'],
      rowValues: [['2026-01-01'], ['2026-02-01']],
      columnValues: [['p1'], ['p2']],
      cells: [
        [0.5, null],
        [0.25, 1],
      ],
    },
  },
);

describe('report result → chart model → ECharts option', () => {
  it('given a flat result, then each row is a category (its label, or the empty mark) and each measure a series', () => {
    const model = chartModelOf(BY_CATEGORY, { empty: '（空）' });
    expect(model.categories).toEqual(['漏水', '（空）']);
    expect(model.series.map((s) => [s.name, s.values])).toEqual([
      ['工单数', [3, 1]],
      ['未关闭', [1, 2]],
    ]);
  });

  it('given a pivoted result, then each column tuple is a series named by its label, dates shown without time', () => {
    const model = chartModelOf(MONTH_BY_PROJECT, { empty: '-' });
    expect(model.categories).toEqual(['2026-01-01', '2026-02-01']);
    expect(model.series.map((s) => [s.name, s.column, s.values])).toEqual([
      ['阳光', { project: 'p1' }, [0.5, 0.25]],
      ['绿湖', { project: 'p2' }, [null, 1]],
    ]);
  });

  it('when drawn as a bar chart, then the x axis has the categories and every series is a bar, with a legend for two', () => {
    const option = chartOptionOf(chartModelOf(BY_CATEGORY, { empty: '-' }), chartStyleOf('bar'));
    expect(option.xAxis).toEqual({ type: 'category', data: ['漏水', '-'] });
    expect(option.yAxis).toEqual({ type: 'value' });
    expect(option.series).toEqual([
      { type: 'bar', name: '工单数', data: [3, 1] },
      { type: 'bar', name: '未关闭', data: [1, 2] },
    ]);
    expect(option.legend).toBeDefined();
  });

  it('when drawn as a stacked, a horizontal bar or an area chart, then the series stack, the axes swap, or fill', () => {
    const model = chartModelOf(BY_CATEGORY, { empty: '-' });
    const stacked = chartOptionOf(model, chartStyleOf('stackedBar'));
    expect((stacked.series as { stack?: string }[]).map((s) => s.stack)).toEqual(['total', 'total']);
    const horizontal = chartOptionOf(model, chartStyleOf('ranking'));
    expect(horizontal.yAxis).toEqual({ type: 'category', data: ['漏水', '-'], inverse: true });
    expect(horizontal.xAxis).toEqual({ type: 'value' });
    const area = chartOptionOf(chartModelOf(MONTH_BY_PROJECT, { empty: '-' }), chartStyleOf('area'));
    expect((area.series as { type: string; areaStyle?: object }[]).map((s) => [s.type, s.areaStyle])).toEqual([
      ['line', {}],
      ['line', {}],
    ]);
  });

  it('when drawn as a donut, then one pie of the first measure has a slice per category', () => {
    const option = chartOptionOf(chartModelOf(BY_CATEGORY, { empty: '（空）' }), chartStyleOf('donut'));
    expect(option.series).toEqual([
      {
        type: 'pie',
        name: '工单数',
        radius: ['40%', '68%'],
        data: [
          { name: '漏水', value: 3 },
          { name: '（空）', value: 1 },
        ],
      },
    ]);
  });

  it.each([
    ['bar', 'bar'],
    ['horizontalBar', 'horizontalBar'],
    ['line', 'line'],
    ['pie', 'pie'],
    ['kpi', 'number'],
    ['gauge', 'number'],
    ['table', 'table'],
    ['pivot', 'table'],
    ['heatmap', 'table'],
  ])('the chart hint %s is drawn as %s', (hint, kind) => {
    expect(chartStyleOf(hint).kind).toBe(kind);
  });
});

describe('the drill-down cell of a click', () => {
  it('when a bar of a flat result is clicked, then the cell is the row’s dimensions with their raw values', () => {
    const model = chartModelOf(BY_CATEGORY, { empty: '-' });
    expect(drillCellOf(model, { seriesIndex: 1, dataIndex: 0 })).toEqual({ category: 'leak' });
    // the null category drills into the tickets without one
    expect(drillCellOf(model, { seriesIndex: 0, dataIndex: 1 })).toEqual({ category: null });
  });

  it('when a point of a pivoted series is clicked, then the cell has the row’s and the series’ column values', () => {
    const model = chartModelOf(MONTH_BY_PROJECT, { empty: '-' });
    expect(drillCellOf(model, { seriesIndex: 1, dataIndex: 1 })).toEqual({ createdAt: '2026-02-01', project: 'p2' });
  });

  it('when a category’s band is clicked outside any series, then the cell is the whole category', () => {
    const model = chartModelOf(MONTH_BY_PROJECT, { empty: '-' });
    expect(drillCellOf(model, { dataIndex: 0 })).toEqual({ createdAt: '2026-01-01' });
  });

  it('when the click is outside the data, then there is no cell', () => {
    const model = chartModelOf(BY_CATEGORY, { empty: '-' });
    expect(drillCellOf(model, { seriesIndex: 0, dataIndex: 5 })).toBeNull();
    expect(drillCellOf(model, { seriesIndex: 7, dataIndex: 0 })).toBeNull();
  });

  it('when a table row is clicked, then the cell has every dimension of the row, not its labels or measures', () => {
    const row = MONTH_BY_PROJECT.rows[2]!;
    expect(drillCellOfRow(MONTH_BY_PROJECT, row)).toEqual({ createdAt: '2026-02-01', project: 'p2' });
  });
});
