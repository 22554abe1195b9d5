import type { Dataset } from '../model/dataset.type';
import type { ReportProblem } from '../model/report-problem.type';
import type { ReportDefinition, ReportDimension } from '../model/report.type';
import type { KnownDefinitions } from '../dataset/check-measures';
import { indexDataset, type DatasetIndex } from '../dataset/dataset-index';
import { compileFilter } from '../filter/compile-filter';
import { checkParameters } from '../params/check-parameters';
import { hasReportErrors, pointer, reportProblem } from '../problems/report-problem.util';
import { checkSchedule } from '../schedule/check-schedule';
import { duplicateKeys, runShape } from '../shape/shape.util';
import { dimensionKey, LABEL_SUFFIX, measureOf } from './report-keys';
import { REPORT_SHAPE } from './report-shape';

const EPOCH = new Date(0);

function checkDimension(index: DatasetIndex, dimension: ReportDimension, path: string): ReportProblem[] {
  const field = index.field(dimension.field);
  if (!field) return [reportProblem('UNKNOWN_FIELD', pointer(path, 'field'), `No field "${dimension.field}".`)];
  if (field.role === 'attribute') {
    return [reportProblem('NOT_A_DIMENSION', pointer(path, 'field'), `"${field.key}" only filters; it cannot group.`)];
  }
  if (field.role === 'time' && dimension.bucket === undefined) {
    return [reportProblem('BUCKET_REQUIRED', path, `"${field.key}" is a time field: choose a bucket.`)];
  }
  if (field.role !== 'time' && dimension.bucket !== undefined) {
    return [reportProblem('BUCKET_NOT_ALLOWED', pointer(path, 'bucket'), `"${field.key}" is not a time field.`)];
  }
  return [];
}

function checkOutputs(report: ReportDefinition, index: DatasetIndex): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const keys: { key: string; path: string }[] = [];
  for (const group of ['dimensions', 'columns'] as const) {
    (report[group] ?? []).forEach((dimension, i) => {
      const path = pointer('', group, i);
      problems.push(...checkDimension(index, dimension, path));
      keys.push({ key: dimensionKey(dimension), path });
    });
  }
  report.measures.forEach((m, i) => {
    const { measure } = measureOf(m);
    const path = pointer('', 'measures', i);
    if (!index.measure(measure)) problems.push(reportProblem('UNKNOWN_MEASURE', path, `No measure "${measure}".`));
    keys.push({ key: measure, path });
  });
  for (const { key, path } of keys) {
    if (key.endsWith(LABEL_SUFFIX))
      problems.push(reportProblem('INVALID_PROPERTY', path, `"${LABEL_SUFFIX}" ends label columns.`));
  }
  problems.push(...duplicateKeys(keys, 'column key'));
  (report.sort ?? []).forEach((sort, i) => {
    if (!keys.some((k) => k.key === sort.by)) {
      problems.push(
        reportProblem('UNKNOWN_SORT_KEY', pointer('', 'sort', i, 'by'), `"${sort.by}" is not a column of the report.`),
      );
    }
  });
  return problems;
}

function checkDrill(report: ReportDefinition, index: DatasetIndex): ReportProblem[] {
  const drill = report.drill;
  if (drill === undefined) return [];
  if (typeof drill === 'string') {
    const found = (index.dataset.hierarchies ?? []).some((h) => h.key === drill);
    return found ? [] : [reportProblem('UNKNOWN_HIERARCHY', '/drill', `No hierarchy "${drill}".`)];
  }
  return drill.flatMap((key, i) => {
    const field = index.field(key);
    if (!field) return [reportProblem('UNKNOWN_FIELD', pointer('', 'drill', i), `No field "${key}".`)];
    return field.role === 'dimension'
      ? []
      : [reportProblem('NOT_A_DIMENSION', pointer('', 'drill', i), `"${key}" is not a dimension.`)];
  });
}

function checkParameterOptions(
  report: ReportDefinition,
  index: DatasetIndex,
  dictionaries: readonly string[] | undefined,
): ReportProblem[] {
  return (report.parameters ?? []).flatMap((parameter, i) => {
    const options = parameter.options;
    if (options !== undefined && 'dictionary' in options) {
      if (dictionaries === undefined || dictionaries.includes(options.dictionary)) return [];
      const at = pointer('', 'parameters', i, 'options', 'dictionary');
      return [reportProblem('UNKNOWN_DICTIONARY', at, `No dictionary "${options.dictionary}".`)];
    }
    if (options === undefined || index.field(options.field)) return [];
    return [
      reportProblem('UNKNOWN_FIELD', pointer('', 'parameters', i, 'options', 'field'), `No field "${options.field}".`),
    ];
  });
}

/**
 * Checks a report definition against its dataset: shape (report.schema.json), then meaning: dimensions group by
 * dimension or (bucketed) time fields, measures exist, the filter is in the supported language and names only
 * declared parameters, sort keys are columns, a pivot has columns, drill paths and the schedule are valid. Pick-list
 * dictionaries are checked when `known.dictionaries` is given.
 */
export function checkReport(
  value: unknown,
  dataset: Dataset,
  known: Partial<Pick<KnownDefinitions, 'dictionaries'>> = {},
): ReportProblem[] {
  const shape = runShape(REPORT_SHAPE, value);
  if (hasReportErrors(shape)) return shape;
  const report = value as ReportDefinition;
  const index = indexDataset(dataset);
  const parameters = report.parameters ?? [];
  const problems: ReportProblem[] = [];
  if (report.dataset !== dataset.key) {
    problems.push(
      reportProblem('DATASET_MISMATCH', '/dataset', `Checked against "${dataset.key}", not "${report.dataset}".`),
    );
  }
  if (report.chart.type === 'pivot' && (report.columns ?? []).length === 0) {
    problems.push(reportProblem('PIVOT_NEEDS_COLUMNS', '/chart/type', 'A pivot needs "columns".'));
  }
  problems.push(
    ...checkOutputs(report, index),
    ...checkParameters(parameters, '/parameters', index.zone),
    ...checkParameterOptions(report, index, known.dictionaries),
    ...compileFilter(report.filter, '/filter', { index, parameters, now: EPOCH }).problems,
    ...checkDrill(report, index),
    ...(report.schedule ? checkSchedule(report.schedule, '/schedule', parameters) : []),
  );
  return problems;
}
