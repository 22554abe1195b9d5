import {
  checkDashboard,
  checkDataset,
  checkReport,
  type Dataset,
  type ReportCatalog,
  type ReportDefinition,
} from '@anxin/report-engine';

/** What checking datasets, reports and dashboards needs besides the content: what else is deployed. */
export interface ReportDefinitionContext {
  /** The reportable tables and columns; absent where no database can be asked (then datasets are not checked). */
  readonly catalog?: ReportCatalog;
  /** Keys of the deployed calendars and dictionaries. */
  readonly calendars: readonly string[];
  readonly dictionaries: readonly string[];
  /** The deployed datasets (latest versions), by key: a report is checked against the one it names. */
  readonly datasets: Readonly<Record<string, Dataset>>;
  /** The deployed reports (latest versions), by key: a dashboard's widgets must name them. */
  readonly reports: Readonly<Record<string, ReportDefinition>>;
}

interface CheckProblem {
  readonly code: string;
  readonly path: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A dataset against the catalog and the deployed calendars and dictionaries. */
export function checkDatasetIn(value: unknown, context: ReportDefinitionContext): CheckProblem[] {
  if (!context.catalog) {
    const message = 'No report catalog here (no database): the dataset was not checked against the tables.';
    return [{ code: 'catalog.unavailable', path: '', message, severity: 'warning' }];
  }
  const known = { calendars: context.calendars, dictionaries: context.dictionaries };
  return [...checkDataset(value, context.catalog, known)];
}

/** A report against the deployed dataset it names; a missing dataset is a problem of the report. */
export function checkReportIn(value: unknown, context: ReportDefinitionContext): CheckProblem[] {
  const name = isObject(value) && typeof value.dataset === 'string' ? value.dataset : undefined;
  const dataset = name === undefined ? undefined : context.datasets[name];
  if (name !== undefined && !dataset)
    return [{ code: 'UNKNOWN_DATASET', path: '/dataset', message: `No dataset "${name}".`, severity: 'error' }];
  if (!dataset)
    return [{ code: 'MISSING_PROPERTY', path: '/dataset', message: '"dataset" is required.', severity: 'error' }];
  return [...checkReport(value, dataset)];
}

/** A dashboard against the deployed reports (widgets, their parameters, the shared parameters). */
export function checkDashboardIn(value: unknown, context: ReportDefinitionContext): CheckProblem[] {
  return [...checkDashboard(value, (key) => context.reports[key])];
}
