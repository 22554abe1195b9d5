import type { JsonValue } from '@anxin/rules';
import type { Dataset } from '../model/dataset.type';
import type { ReportCell } from '../model/report-api.type';
import type { ReportProblem } from '../model/report-problem.type';
import type { ReportDefinition } from '../model/report.type';
import { indexDataset } from '../dataset/dataset-index';
import { coerceValue } from '../params/coerce-value';
import { reportProblem } from '../problems/report-problem.util';
import { checkReport } from '../report/check-report';
import { dimensionKey } from '../report/report-keys';

export type DrillDownReport =
  | { readonly ok: true; readonly report: ReportDefinition; readonly level: string }
  | { readonly ok: false; readonly problems: readonly ReportProblem[] };

function drillPath(report: ReportDefinition, dataset: Dataset): readonly string[] {
  if (typeof report.drill !== 'string') return report.drill ?? [];
  return (dataset.hierarchies ?? []).find((h) => h.key === report.drill)?.levels ?? [];
}

function notDrillable(message: string): DrillDownReport {
  return { ok: false, problems: [reportProblem('NOT_DRILLABLE', '/drill', message)] };
}

/**
 * The report one level down the drill path from a clicked cell ("zoom in"): the first dimension on the path is
 * replaced by the next level, and the report's filter gets the clicked value of that dimension (`==`, or `isNull`
 * for null). Other dimensions, measures and parameters stay; sorts on the replaced key are dropped. Plan the result
 * with `planReport` as any report (rollups included). Problems: no dimension on the path or already at its bottom
 * (`NOT_DRILLABLE`), a missing or ill-typed cell value (`INVALID_CELL` at `cell.<key>`).
 */
export function drillDownReport(report: ReportDefinition, dataset: Dataset, cell: ReportCell): DrillDownReport {
  const path = drillPath(report, dataset);
  const at = report.dimensions.findIndex((d) => path.includes(d.field));
  const dimension = report.dimensions[at];
  if (!dimension) return notDrillable('No dimension of the report is on its drill path.');
  const next = path[path.indexOf(dimension.field) + 1];
  if (next === undefined) return notDrillable(`"${dimension.field}" is the last level of the drill path.`);
  const key = dimensionKey(dimension);
  const index = indexDataset(dataset);
  const field = index.field(dimension.field);
  const value: JsonValue | undefined = Object.hasOwn(cell, key) ? cell[key] : undefined;
  const coerced =
    value === undefined || value === null || !field ? undefined : coerceValue(value, field.type, index.zone);
  if (value === undefined || (coerced !== undefined && !coerced.ok)) {
    return {
      ok: false,
      problems: [reportProblem('INVALID_CELL', `cell.${key}`, `"${key}" needs a value of the clicked cell.`)],
    };
  }
  const clicked: JsonValue = coerced?.ok
    ? { '==': [{ var: dimension.field }, coerced.value] }
    : { isNull: { var: dimension.field } };
  const sort = report.sort?.filter((s) => s.by !== key);
  const drilled: ReportDefinition = {
    ...report,
    dimensions: report.dimensions.map((d, i) => (i === at ? { field: next } : d)),
    filter: report.filter === undefined ? clicked : { and: [report.filter, clicked] },
    ...(sort === undefined ? {} : { sort }),
  };
  const problems = checkReport(drilled, dataset);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, report: drilled, level: next };
}
