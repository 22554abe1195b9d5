import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ReportParameter } from '@anxin/report-engine';

/** `ReportColumn` of schema.gql. */
export interface ReportColumn {
  key: string;
  label: string;
  /** The English label (the Chinese one where the definition has none). */
  labelEn?: string;
  type: string;
  role: string;
  format: string | null;
  labelKey: string | null;
  /** The row key of the English shown label (`<key>__labelEn`). */
  labelKeyEn?: string | null;
}

/** `ReportResult` of schema.gql: rows keyed by column key (and `<key>__label`). */
export interface ReportResult {
  columns: ReportColumn[];
  rows: Record<string, unknown>[];
  total: number;
  truncated: boolean;
  fromRollup: boolean;
  chart: string;
  /** Reports with column dimensions: `cells[r][c * measureKeys.length + m]` (docs/definitions/reports.md). */
  pivot: ReportPivot | null;
}

export interface ReportPivot {
  rowKeys: string[];
  columnKeys: string[];
  measureKeys: string[];
  rowValues: unknown[][];
  columnValues: unknown[][];
  cells: unknown[][];
}

export interface ReportSummary {
  key: string;
  version: number;
  name: string;
  nameEn: string;
  description: string | null;
  dataset: string;
  chart: string;
}

export interface DashboardSummary {
  key: string;
  version: number;
  name: string;
  nameEn: string;
  description: string | null;
}

export interface WidgetError {
  code: string;
  message: string;
  problems: unknown;
}

export interface DashboardWidget {
  key: string;
  title: string;
  titleEn: string;
  reportKey: string;
  /** The widget's fixed parameter values (over the dashboard's). */
  params: Record<string, unknown> | null;
  layout: { x: number; y: number; w: number; h: number };
  report: ReportResult | null;
  error: WidgetError | null;
}

export interface Dashboard {
  key: string;
  name: string;
  nameEn: string;
  parameters: ReportParameter[];
  widgets: DashboardWidget[];
}

/** `Ticket` of schema.gql, as much as a drill-down lists. */
export interface DrilledTicket {
  number: string;
  title: string | null;
  status: string | null;
  statusLabel: string | null;
  statusLabelEn: string | null;
  createdAt: string;
}

const RESULT_FIELDS =
  'columns { key label labelEn type role format labelKey labelKeyEn } rows total truncated fromRollup chart pivot';

export const REPORTS: TypedDocumentNode<{ reports: ReportSummary[] }, Record<string, never>> = gql`
  query Reports {
    reports { key version name nameEn description dataset chart }
  }
`;

export const DASHBOARDS: TypedDocumentNode<{ dashboards: DashboardSummary[] }, Record<string, never>> = gql`
  query Dashboards {
    dashboards { key version name nameEn description }
  }
`;

export const DASHBOARD: TypedDocumentNode<{ dashboard: Dashboard }, { key: string; params?: unknown }> = gql`
  query Dashboard($key: String!, $params: JSON) {
    dashboard(key: $key, params: $params) {
      key name nameEn parameters
      widgets { key title titleEn reportKey params layout { x y w h } report { ${RESULT_FIELDS} } error { code message problems } }
    }
  }
`;

export const DRILL_DOWN: TypedDocumentNode<
  { drillDown: { total: number; items: DrilledTicket[] } },
  { key: string; cell: unknown; params?: unknown; page: { offset: number; limit: number } }
> = gql`
  query DrillDown($key: String!, $cell: JSON!, $params: JSON, $page: PageInput) {
    drillDown(key: $key, cell: $cell, params: $params, page: $page) {
      total
      items { number title status statusLabel statusLabelEn createdAt }
    }
  }
`;

export const EXPORT_REPORT: TypedDocumentNode<
  { exportReport: { fileId: string; name: string; rowCount: number } },
  { key: string; format: 'XLSX' | 'CSV'; params?: unknown }
> = gql`
  mutation ExportReport($key: String!, $format: ExportFormat!, $params: JSON) {
    exportReport(key: $key, format: $format, params: $params) { fileId name rowCount }
  }
`;

export const PREVIEW_REPORT: TypedDocumentNode<{ previewReport: ReportResult }, { content: unknown; params?: unknown }> =
  gql`
    query PreviewReport($content: JSON!, $params: JSON) {
      previewReport(content: $content, params: $params) { ${RESULT_FIELDS} }
    }
  `;

/** `ParameterOption` of schema.gql: one choice of a parameter's pick list. */
export interface ParameterOption {
  value: unknown;
  label: string;
  labelEn: string;
}

export const REPORT_PARAMETER_OPTIONS: TypedDocumentNode<
  { reportParameterOptions: ParameterOption[] },
  { key: string; param: string; search?: string }
> = gql`
  query ReportParameterOptions($key: String!, $param: String!, $search: String) {
    reportParameterOptions(key: $key, param: $param, search: $search) { value label labelEn }
  }
`;

export const DASHBOARD_PARAMETER_OPTIONS: TypedDocumentNode<
  { dashboardParameterOptions: ParameterOption[] },
  { key: string; param: string; search?: string }
> = gql`
  query DashboardParameterOptions($key: String!, $param: String!, $search: String) {
    dashboardParameterOptions(key: $key, param: $param, search: $search) { value label labelEn }
  }
`;
