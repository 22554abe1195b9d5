import type { ReportDefinition, ReportDimension, ReportMeasure } from '../model/report.type';

/** The result column key of a dimension: its `key`, else its field. */
export function dimensionKey(dimension: ReportDimension): string {
  return dimension.key ?? dimension.field;
}

/** A report measure in its long form. */
export function measureOf(measure: string | ReportMeasure): ReportMeasure {
  return typeof measure === 'string' ? { measure } : measure;
}

/** Suffix of the column holding a dimension's shown label. */
export const LABEL_SUFFIX = '__label';

export function labelKey(key: string): string {
  return `${key}${LABEL_SUFFIX}`;
}

/** Keys of the result columns a report defines: row dimensions, column dimensions, measures. */
export function reportKeys(report: ReportDefinition): { dimensions: string[]; columns: string[]; measures: string[] } {
  return {
    dimensions: report.dimensions.map(dimensionKey),
    columns: (report.columns ?? []).map(dimensionKey),
    measures: report.measures.map((m) => measureOf(m).measure),
  };
}
