import type { ReportProblem } from '../model/report-problem.type';
import { isComposable } from '../measure/composable';
import { pointer, reportProblem } from '../problems/report-problem.util';
import { duplicateKeys } from '../shape/shape.util';
import { isTimeType, type DatasetIndex } from './dataset-index';

function dimensionProblem(index: DatasetIndex, key: string, path: string): ReportProblem[] {
  const field = index.field(key);
  if (!field) return [reportProblem('UNKNOWN_FIELD', path, `No field "${key}".`)];
  return field.role === 'dimension'
    ? []
    : [reportProblem('NOT_A_DIMENSION', path, `"${key}" is not a dimension field.`)];
}

/** Hierarchy levels are dimension fields. */
export function checkHierarchies(index: DatasetIndex): ReportProblem[] {
  const hierarchies = index.dataset.hierarchies ?? [];
  const problems = duplicateKeys(
    hierarchies.map((h, i) => ({ key: h.key, path: pointer('', 'hierarchies', i, 'key') })),
    'hierarchy',
  );
  hierarchies.forEach((h, i) =>
    h.levels.forEach((level, j) =>
      problems.push(...dimensionProblem(index, level, pointer('', 'hierarchies', i, 'levels', j))),
    ),
  );
  return problems;
}

/**
 * Rollups group by dimension fields and a time field, store only composable measures (count, sum, avg, min, max,
 * share and formulas of those), and need the dataset's `updatedAt` to be kept current.
 */
export function checkRollups(index: DatasetIndex): ReportProblem[] {
  const rollups = index.dataset.rollups ?? [];
  const problems = duplicateKeys(
    rollups.map((r, i) => ({ key: r.key, path: pointer('', 'rollups', i, 'key') })),
    'rollup',
  );
  if (rollups.length > 0 && index.dataset.updatedAt === undefined) {
    problems.push(reportProblem('MISSING_UPDATED_AT', '', 'A dataset with rollups needs "updatedAt".'));
  }
  rollups.forEach((rollup, i) => {
    const path = pointer('', 'rollups', i);
    rollup.dimensions.forEach((d, j) => problems.push(...dimensionProblem(index, d, pointer(path, 'dimensions', j))));
    problems.push(
      ...duplicateKeys(
        rollup.dimensions.map((d, j) => ({ key: d, path: pointer(path, 'dimensions', j) })),
        'dimension',
      ),
    );
    const time = index.field(rollup.timeField);
    if (!time)
      problems.push(reportProblem('UNKNOWN_FIELD', pointer(path, 'timeField'), `No field "${rollup.timeField}".`));
    else if (time.role !== 'time' || !isTimeType(time.type)) {
      problems.push(
        reportProblem('NOT_A_TIME_FIELD', pointer(path, 'timeField'), `"${time.key}" is not a time field.`),
      );
    }
    rollup.measures.forEach((key, j) => {
      const measure = index.measure(key);
      const at = pointer(path, 'measures', j);
      if (!measure) problems.push(reportProblem('UNKNOWN_MEASURE', at, `No measure "${key}".`));
      else if (!isComposable(measure, index)) {
        problems.push(
          reportProblem('NOT_COMPOSABLE', at, `"${key}" (${measure.aggregate}) cannot be recombined from a rollup.`),
        );
      }
    });
  });
  return problems;
}
