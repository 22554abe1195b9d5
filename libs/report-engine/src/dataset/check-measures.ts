import type { DatasetMeasure } from '../model/dataset.type';
import type { ReportProblem } from '../model/report-problem.type';
import { compileFilter } from '../filter/compile-filter';
import { formulaRefs, parseFormula } from '../measure/formula';
import { pointer, reportProblem } from '../problems/report-problem.util';
import { isNumericType, type DatasetIndex } from './dataset-index';

/** Calendars and dictionaries that exist (definitions the API knows). */
export interface KnownDefinitions {
  readonly calendars: readonly string[];
  readonly dictionaries: readonly string[];
}

const FIELD_AGGREGATES = new Set(['sum', 'avg', 'min', 'max', 'median', 'p90']);
const EPOCH = new Date(0);

function checkDuration(
  measure: DatasetMeasure,
  path: string,
  index: DatasetIndex,
  known: KnownDefinitions,
): ReportProblem[] {
  const duration = measure.duration;
  if (!duration) return [];
  const problems: ReportProblem[] = [];
  for (const end of ['from', 'to'] as const) {
    const field = index.field(duration[end]);
    const at = pointer(path, 'duration', end);
    if (!field) problems.push(reportProblem('UNKNOWN_FIELD', at, `No field "${duration[end]}".`));
    else if (field.type !== 'datetime')
      problems.push(reportProblem('NOT_A_TIME_FIELD', at, `"${field.key}" is not a date-time.`));
  }
  const calendar = duration.calendar ?? index.dataset.calendar;
  if (duration.unit === 'workingHours' && calendar === undefined) {
    problems.push(
      reportProblem(
        'UNKNOWN_CALENDAR',
        pointer(path, 'duration'),
        'Working hours need a calendar (here or on the dataset).',
      ),
    );
  } else if (duration.calendar !== undefined && !known.calendars.includes(duration.calendar)) {
    problems.push(
      reportProblem('UNKNOWN_CALENDAR', pointer(path, 'duration', 'calendar'), `No calendar "${duration.calendar}".`),
    );
  }
  return problems;
}

function checkInputs(measure: DatasetMeasure, path: string, index: DatasetIndex): ReportProblem[] {
  const { aggregate } = measure;
  const takesField = aggregate === 'countDistinct' || FIELD_AGGREGATES.has(aggregate);
  const problems: ReportProblem[] = [];
  if (!takesField && measure.field !== undefined) {
    problems.push(reportProblem('INVALID_PROPERTY', pointer(path, 'field'), `A ${aggregate} measure takes no field.`));
  }
  if (!FIELD_AGGREGATES.has(aggregate) && measure.duration !== undefined) {
    problems.push(
      reportProblem('INVALID_PROPERTY', pointer(path, 'duration'), `A ${aggregate} measure takes no duration.`),
    );
  }
  if (aggregate !== 'formula' && measure.formula !== undefined) {
    problems.push(reportProblem('INVALID_PROPERTY', pointer(path, 'formula'), 'Only formula measures take a formula.'));
  }
  const missing =
    aggregate === 'countDistinct'
      ? measure.field === undefined
      : FIELD_AGGREGATES.has(aggregate) && (measure.field === undefined) === (measure.duration === undefined);
  if (missing) {
    const what = aggregate === 'countDistinct' ? 'a field' : 'a field or a duration (not both)';
    problems.push(reportProblem('MEASURE_NEEDS_FIELD', path, `A ${aggregate} measure needs ${what}.`));
  }
  if (aggregate === 'share' && measure.filter === undefined) {
    problems.push(reportProblem('MEASURE_NEEDS_FILTER', path, 'A share needs the filter of its numerator.'));
  }
  if (aggregate === 'formula' && measure.formula === undefined) {
    problems.push(reportProblem('MEASURE_NEEDS_FORMULA', path, 'A formula measure needs a formula.'));
  }
  if (measure.field !== undefined && takesField) {
    const field = index.field(measure.field);
    if (!field) problems.push(reportProblem('UNKNOWN_FIELD', pointer(path, 'field'), `No field "${measure.field}".`));
    else if (aggregate !== 'countDistinct' && !isNumericType(field.type)) {
      problems.push(
        reportProblem(
          'MEASURE_FIELD_TYPE',
          pointer(path, 'field'),
          `A ${aggregate} needs a number, "${field.key}" is ${field.type}.`,
        ),
      );
    }
  }
  return problems;
}

function checkFormulas(index: DatasetIndex): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const edges = new Map<string, string[]>();
  index.dataset.measures.forEach((measure, i) => {
    if (measure.aggregate !== 'formula' || measure.formula === undefined) return;
    const parsed = parseFormula(measure.formula, pointer('', 'measures', i, 'formula'));
    problems.push(...parsed.problems);
    const refs = parsed.formula ? formulaRefs(parsed.formula) : [];
    for (const ref of refs) {
      if (!index.measure(ref.key))
        problems.push(reportProblem('UNKNOWN_MEASURE', ref.path, `No measure "${ref.key}".`));
    }
    edges.set(
      measure.key,
      refs.map((r) => r.key),
    );
  });
  const reaches = (from: string, target: string, seen: Set<string>): boolean =>
    (edges.get(from) ?? []).some(
      (next) => next === target || (!seen.has(next) && (seen.add(next), reaches(next, target, seen))),
    );
  index.dataset.measures.forEach((measure, i) => {
    if (reaches(measure.key, measure.key, new Set())) {
      problems.push(
        reportProblem('FORMULA_CYCLE', pointer('', 'measures', i, 'formula'), `"${measure.key}" depends on itself.`),
      );
    }
  });
  return problems;
}

/** Checks what each measure aggregates: fields of the right type, durations, filters, formulas without cycles. */
export function checkMeasures(index: DatasetIndex, known: KnownDefinitions): ReportProblem[] {
  const problems: ReportProblem[] = [];
  index.dataset.measures.forEach((measure, i) => {
    const path = pointer('', 'measures', i);
    problems.push(...checkInputs(measure, path, index), ...checkDuration(measure, path, index, known));
    const ctx = { index, parameters: [], now: EPOCH };
    problems.push(...compileFilter(measure.filter, pointer(path, 'filter'), ctx).problems);
  });
  return [...problems, ...checkFormulas(index)];
}
