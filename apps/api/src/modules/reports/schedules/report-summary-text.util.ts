import type { ReportColumn, ReportRow } from '@anxin/report-engine';
import type { JsonValue } from '@anxin/rules';

/** What a scheduled message shows of a result: its columns and first rows. */
export interface SummarySection {
  readonly title: string;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly ReportRow[];
  readonly total: number;
  /** A dashboard widget that failed says so instead of rows. */
  readonly error?: string;
}

/** Rows of each section shown in a message; the report itself (the link) has the rest. */
export const SUMMARY_ROWS = 5;

function valueText(value: JsonValue | undefined, column: ReportColumn): string {
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'number') return typeof value === 'string' ? value : JSON.stringify(value);
  if (column.format === 'percent') return `${(value * 100).toFixed(column.decimals ?? 1)}%`;
  return column.decimals === undefined ? String(value) : value.toFixed(column.decimals);
}

/** One row as `维度 / 维度：度量 值，度量 值`. */
function rowLine(row: ReportRow, columns: readonly ReportColumn[]): string {
  const dims = columns
    .filter((c) => c.role === 'dimension')
    .map((c) => valueText(c.labelKey !== undefined ? (row[c.labelKey] ?? row[c.key]) : row[c.key], c));
  const measures = columns.filter((c) => c.role === 'measure').map((c) => `${c.label} ${valueText(row[c.key], c)}`);
  return dims.length > 0 ? `${dims.join(' / ')}：${measures.join('，')}` : measures.join('，');
}

/** A section's text: its title, its top rows as lines, and how many more there are. */
export function sectionText(section: SummarySection): string {
  if (section.error !== undefined) return [`【${section.title}】`, `· （出错：${section.error}）`].join('\n');
  const lines = section.rows.slice(0, SUMMARY_ROWS).map((row) => `· ${rowLine(row, section.columns)}`);
  if (section.rows.length === 0) lines.push('· （无数据）');
  const more = section.total - Math.min(section.rows.length, SUMMARY_ROWS);
  if (more > 0) lines.push(`……另有 ${more} 行`);
  return [`【${section.title}】`, ...lines].join('\n');
}

/** Which report a message is about, for the reader to open it: kind, key, and the parameters it ran with. */
export interface SummaryReference {
  readonly kind: 'report' | 'dashboard';
  readonly key: string;
  readonly params: Readonly<Record<string, JsonValue>>;
  readonly projectId?: string;
}

/** The last line of a message: `查看：报表 <key>` (or `看板`), with its parameters and project when it has them. */
export function referenceLine(reference: SummaryReference): string {
  const params = { ...reference.params, ...(reference.projectId ? { project: reference.projectId } : {}) };
  const given = Object.keys(params).length > 0 ? `，参数 ${JSON.stringify(params)}` : '';
  return `查看：${reference.kind === 'report' ? '报表' : '看板'} ${reference.key}${given}`;
}

/**
 * The body of a scheduled message: when it was due (local time of the schedule's zone), each section, and the
 * reference to open the report.
 */
export function summaryBody(input: {
  period: string;
  sections: readonly SummarySection[];
  reference?: SummaryReference;
}): string {
  const reference = input.reference ? [referenceLine(input.reference)] : [];
  return [`统计时间：${input.period}`, ...input.sections.map(sectionText), ...reference].join('\n');
}
