import type { DashboardDefinition, DashboardWidget, ReportDefinition } from '../model/report.type';
import type { ReportProblem } from '../model/report-problem.type';
import { DEFAULT_REPORT_TIME_ZONE } from '../dataset/dataset-index';
import { checkParameters } from '../params/check-parameters';
import { coerceParam } from '../params/resolve-params';
import { hasReportErrors, pointer, reportProblem } from '../problems/report-problem.util';
import { chartTypeShape, parameterShape, scheduleShape } from '../report/report-shape';
import { checkSchedule } from '../schedule/check-schedule';
import {
  anything,
  duplicateKeys,
  identifier,
  integer,
  kebabKey,
  list,
  localizedText,
  object,
  record,
  runShape,
  text,
} from '../shape/shape.util';

/** Columns of the dashboard grid. */
export const GRID_COLUMNS = 24;

const widgetShape = object(
  {
    key: identifier,
    report: kebabKey,
    title: localizedText,
    layout: object(
      { x: integer(0, GRID_COLUMNS - 1), y: integer(0, 10_000), w: integer(1, GRID_COLUMNS), h: integer(1, 100) },
      ['x', 'y', 'w', 'h'],
    ),
    params: record(anything),
    chart: chartTypeShape,
  },
  ['key', 'report', 'layout'],
);

/** The shape of a dashboard (dashboard.schema.json states the same). */
export const DASHBOARD_SHAPE = object(
  {
    $schema: text(),
    key: kebabKey,
    name: localizedText,
    description: text(),
    widgets: list(widgetShape, 1),
    parameters: list(parameterShape),
    schedule: scheduleShape,
  },
  ['key', 'name', 'widgets'],
);

function overlaps(a: DashboardWidget['layout'], b: DashboardWidget['layout']): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function checkWidget(widget: DashboardWidget, path: string, report: ReportDefinition | undefined): ReportProblem[] {
  if (!report) return [reportProblem('UNKNOWN_REPORT', pointer(path, 'report'), `No report "${widget.report}".`)];
  const problems: ReportProblem[] = [];
  if (widget.layout.x + widget.layout.w > GRID_COLUMNS) {
    problems.push(
      reportProblem('LAYOUT_OUT_OF_GRID', pointer(path, 'layout'), `x + w must be at most ${GRID_COLUMNS}.`),
    );
  }
  for (const [key, value] of Object.entries(widget.params ?? {})) {
    const parameter = (report.parameters ?? []).find((p) => p.key === key);
    const at = pointer(path, 'params', key);
    if (!parameter)
      problems.push(reportProblem('UNKNOWN_PARAMETER', at, `The report "${report.key}" has no parameter "${key}".`));
    else problems.push(...coerceParam(parameter, value, DEFAULT_REPORT_TIME_ZONE, at).problems);
  }
  return problems;
}

/** Dashboard parameters feed the widgets' parameters of the same key: at least one, each of the same type. */
function checkSharedParameters(
  dashboard: DashboardDefinition,
  reports: (ReportDefinition | undefined)[],
): ReportProblem[] {
  return (dashboard.parameters ?? []).flatMap((shared, i) => {
    const path = pointer('', 'parameters', i);
    const matching = reports.flatMap((r) => (r?.parameters ?? []).filter((p) => p.key === shared.key));
    if (matching.length === 0) {
      return [
        reportProblem('UNUSED_PARAMETER', path, `No widget's report has a parameter "${shared.key}".`, 'warning'),
      ];
    }
    const mismatch = matching.find((p) => p.type !== shared.type);
    return mismatch
      ? [
          reportProblem(
            'PARAMETER_TYPE_MISMATCH',
            pointer(path, 'type'),
            `"${shared.key}" is ${mismatch.type} in a widget's report.`,
          ),
        ]
      : [];
  });
}

/**
 * Checks a dashboard: shape (dashboard.schema.json), widgets that name existing reports with unique keys, layouts
 * inside the 24-column grid and not overlapping, widget parameters that their report declares (of the right type),
 * dashboard parameters that some widget's report takes with the same type, and the schedule.
 */
export function checkDashboard(
  value: unknown,
  reports: (key: string) => ReportDefinition | undefined,
): ReportProblem[] {
  const shape = runShape(DASHBOARD_SHAPE, value);
  if (hasReportErrors(shape)) return shape;
  const dashboard = value as DashboardDefinition;
  const found = dashboard.widgets.map((w) => reports(w.report));
  const problems = duplicateKeys(
    dashboard.widgets.map((w, i) => ({ key: w.key, path: pointer('', 'widgets', i, 'key') })),
    'widget',
  );
  dashboard.widgets.forEach((widget, i) => {
    const path = pointer('', 'widgets', i);
    problems.push(...checkWidget(widget, path, found[i]));
    const earlier = dashboard.widgets.slice(0, i).find((other) => overlaps(other.layout, widget.layout));
    if (earlier)
      problems.push(reportProblem('WIDGETS_OVERLAP', pointer(path, 'layout'), `Overlaps the widget "${earlier.key}".`));
  });
  const parameters = dashboard.parameters ?? [];
  problems.push(
    ...checkParameters(parameters, '/parameters', DEFAULT_REPORT_TIME_ZONE),
    ...checkSharedParameters(dashboard, found),
  );
  if (dashboard.schedule) problems.push(...checkSchedule(dashboard.schedule, '/schedule', parameters));
  return problems;
}
