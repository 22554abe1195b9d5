import type { EChartsOption } from 'echarts';
import type { ChartStyle } from './chart-kind';
import type { ChartModel } from './report-chart-model';

/**
 * The ECharts option drawing a chart model (bar, horizontal bar, line, pie). Series keep the model's order, so a
 * click's `seriesIndex` and `dataIndex` find their cell with `drillCellOf`.
 */
export function chartOptionOf(model: ChartModel, style: ChartStyle): EChartsOption {
  const legend = model.series.length > 1 ? { legend: { type: 'scroll' as const, top: 0 } } : {};
  if (style.kind === 'pie') {
    const first = model.series[0];
    return {
      tooltip: { trigger: 'item' },
      legend: { type: 'scroll', bottom: 0 },
      series: [
        {
          type: 'pie',
          name: first?.name ?? '',
          radius: style.donut ? ['40%', '68%'] : '68%',
          // A missing value is '-', ECharts' mark for no data.
          data: model.categories.map((name, i) => ({ name, value: first?.values[i] ?? '-' })),
        },
      ],
    };
  }
  const categoryAxis = { type: 'category' as const, data: model.categories };
  const valueAxis = { type: 'value' as const };
  const horizontal = style.kind === 'horizontalBar';
  const grid = { left: 8, right: 16, bottom: 8, top: model.series.length > 1 ? 32 : 16, containLabel: true };
  return {
    tooltip: { trigger: 'axis' },
    ...legend,
    grid,
    // The first row on top, as in the table.
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: model.series.map((series) => ({
      type: style.kind === 'line' ? ('line' as const) : ('bar' as const),
      name: series.name,
      data: series.values,
      ...(style.stacked ? { stack: 'total' } : {}),
      ...(style.area ? { areaStyle: {} } : {}),
    })),
  };
}
