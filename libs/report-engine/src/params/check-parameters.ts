import type { ReportProblem } from '../model/report-problem.type';
import type { ReportParameter } from '../model/report.type';
import { pointer } from '../problems/report-problem.util';
import { duplicateKeys } from '../shape/shape.util';
import { coerceParam } from './resolve-params';

/** Parameter keys are unique and defaults fit their types. */
export function checkParameters(parameters: readonly ReportParameter[], path: string, zone: string): ReportProblem[] {
  const problems = duplicateKeys(
    parameters.map((p, i) => ({ key: p.key, path: pointer(path, i, 'key') })),
    'parameter',
  );
  parameters.forEach((parameter, i) => {
    if (parameter.default === undefined || parameter.default === null) return;
    problems.push(...coerceParam(parameter, parameter.default, zone, pointer(path, i, 'default')).problems);
  });
  return problems;
}
