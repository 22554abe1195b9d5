import type { JsonLogicRule, JsonValue } from '@anxin/rules';
import type { FieldType, LocalizedText, TimeBucket } from './dataset.type';

/** Chart hints for the designer (ECharts); the engine shapes rows the same way for all but `pivot`/`kpi`. */
export const CHART_TYPES = [
  'table',
  'pivot',
  'bar',
  'stackedBar',
  'horizontalBar',
  'line',
  'area',
  'pie',
  'donut',
  'kpi',
  'gauge',
  'heatmap',
  'funnel',
  'scatter',
  'radar',
  'treemap',
  'ranking',
] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** A dimension of a report: a field, time fields with a bucket. `key` names the result column (default field). */
export interface ReportDimension {
  readonly field: string;
  readonly bucket?: TimeBucket;
  readonly key?: string;
  readonly label?: LocalizedText;
}

/** A measure of the dataset, optionally relabelled. */
export interface ReportMeasure {
  readonly measure: string;
  readonly label?: LocalizedText;
}

/**
 * A value the viewer may set. Filters refer to it as `{ "param": key }`; a comparison naming a parameter that has no
 * value (and no default) is left out, so optional parameters widen the report.
 */
export interface ReportParameter {
  readonly key: string;
  readonly label: LocalizedText;
  /** `textList`/`idList` take arrays (for `in`). */
  readonly type: FieldType | 'textList' | 'idList';
  readonly required?: boolean;
  readonly default?: JsonValue;
  /** Options of a pick list: a dictionary's codes, or the distinct values of a dataset field. */
  readonly options?: { readonly dictionary: string } | { readonly field: string };
}

export interface ReportSort {
  /** A dimension key or measure key of the report. */
  readonly by: string;
  readonly direction?: 'asc' | 'desc';
}

export interface ReportSchedule {
  /** Five-field cron, evaluated in `timeZone` (default Asia/Shanghai). */
  readonly cron: string;
  readonly timeZone?: string;
  readonly recipients: { readonly roles?: readonly string[]; readonly users?: readonly string[] };
  readonly channels: readonly ('inApp' | 'webhook')[];
  /** Parameters the scheduled run uses. */
  readonly params?: Readonly<Record<string, JsonValue>>;
  /** One run per project the recipient sees, each with the project's rows (“the weekly report per project”). */
  readonly perProject?: boolean;
}

export interface ReportDefinition {
  readonly key: string;
  readonly name: LocalizedText;
  readonly description?: string;
  readonly dataset: string;
  /** Rows of the result (and the x axis of charts). */
  readonly dimensions: readonly ReportDimension[];
  /** Columns of a pivot (rows × columns), or the series of a stacked chart. */
  readonly columns?: readonly ReportDimension[];
  readonly measures: readonly (string | ReportMeasure)[];
  /** A JSONLogic subset over `{ "var": field }` and `{ "param": key }` (see docs/definitions/reports.md). */
  readonly filter?: JsonLogicRule;
  readonly parameters?: readonly ReportParameter[];
  readonly sort?: readonly ReportSort[];
  /** Top N rows after sorting. */
  readonly limit?: number;
  readonly chart: { readonly type: ChartType; readonly stacked?: boolean };
  /** Fields to drill through, coarse to fine (a dataset hierarchy's key or a list of fields). */
  readonly drill?: string | readonly string[];
  readonly schedule?: ReportSchedule;
}

/** A dashboard: widgets on a 24-column grid, each a report, with filters shared by all widgets. */
export interface DashboardDefinition {
  readonly key: string;
  readonly name: LocalizedText;
  readonly description?: string;
  readonly widgets: readonly DashboardWidget[];
  /** Parameters set once for every widget whose report has a parameter of that key. */
  readonly parameters?: readonly ReportParameter[];
  readonly schedule?: ReportSchedule;
}

export interface DashboardWidget {
  readonly key: string;
  readonly report: string;
  readonly title?: LocalizedText;
  /** Grid position: x 0..23, width 1..24, in rows of about 40 px. */
  readonly layout: { readonly x: number; readonly y: number; readonly w: number; readonly h: number };
  /** Fixed parameters of this widget. */
  readonly params?: Readonly<Record<string, JsonValue>>;
  /** Overrides the report's chart type. */
  readonly chart?: ChartType;
}
