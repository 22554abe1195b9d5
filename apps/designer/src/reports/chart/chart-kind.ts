/** How the designer draws a report: the engine's many chart hints come down to these few. */
export type ChartKind = 'bar' | 'horizontalBar' | 'line' | 'pie' | 'number' | 'table';

export interface ChartStyle {
  kind: ChartKind;
  stacked: boolean;
  area: boolean;
  donut: boolean;
}

/**
 * The drawing for a report's chart hint (`ReportResult.chart`). Hints without a drawing of their own (heatmap,
 * scatter, radar, pivot) are shown as a table, which loses nothing; funnel and treemap as a pie, gauge as a number.
 */
export function chartStyleOf(hint: string): ChartStyle {
  const style = (kind: ChartKind, extra: Partial<ChartStyle> = {}): ChartStyle => ({
    kind,
    stacked: false,
    area: false,
    donut: false,
    ...extra,
  });
  switch (hint) {
    case 'bar':
      return style('bar');
    case 'stackedBar':
      return style('bar', { stacked: true });
    case 'horizontalBar':
    case 'ranking':
      return style('horizontalBar');
    case 'line':
      return style('line');
    case 'area':
      return style('line', { area: true });
    case 'pie':
    case 'funnel':
    case 'treemap':
      return style('pie');
    case 'donut':
      return style('pie', { donut: true });
    case 'kpi':
    case 'gauge':
      return style('number');
    default:
      return style('table');
  }
}
