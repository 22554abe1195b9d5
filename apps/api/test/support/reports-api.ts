import { readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '@anxin/testing';
import { definitionsApi, type KindName } from './definitions-api';
import { gql, type GraphqlResult } from './graphql-session';

const fixture = (file: string) =>
  readFileSync(path.join(workspaceRoot, 'apps/api/test/fixtures/reports', file), 'utf8');

/** The calendar, then the test dataset, report and dashboard (apps/api/test/fixtures/reports), in deploy order. */
export const REPORT_FIXTURES: readonly { kind: KindName; key: string; content: string }[] = [
  {
    kind: 'CALENDAR',
    key: 'cn-workdays',
    content: readFileSync(path.join(workspaceRoot, 'definitions/calendars/cn-workdays.calendar.json'), 'utf8'),
  },
  { kind: 'DATASET', key: 'test-tickets', content: fixture('test-tickets.dataset.json') },
  { kind: 'REPORT', key: 'test-tickets-by-category', content: fixture('test-tickets-by-category.report.json') },
  { kind: 'DASHBOARD', key: 'test-overview', content: fixture('test-overview.dashboard.json') },
];

/** Deploys the report fixtures as an admin or designer; fails the test on any error. */
export async function deployReportFixtures(baseUrl: string, token: string): Promise<void> {
  const api = definitionsApi(baseUrl, token);
  for (const input of REPORT_FIXTURES) {
    const result = await api.deploy(input);
    if (!result.data?.deployDefinition) throw new Error(`deploy ${input.key}: ${JSON.stringify(result.errors)}`);
  }
}

export interface ReportResult {
  columns: { key: string; label: string; type: string; role: string; format: string | null; labelKey: string | null }[];
  rows: Record<string, unknown>[];
  total: number;
  truncated: boolean;
  fromRollup: boolean;
  chart: string;
  pivot: unknown;
}

const RESULT_FIELDS = 'columns { key label type role format labelKey } rows total truncated fromRollup chart pivot';

const RUN = `query Run($key: String!, $params: JSON) { runReport(key: $key, params: $params) { ${RESULT_FIELDS} } }`;
const DRILL = `query Drill($key: String!, $cell: JSON!, $params: JSON, $page: PageInput) {
  drillDown(key: $key, cell: $cell, params: $params, page: $page) { total items { number projectId category title } }
}`;
const EXPORT = `mutation Export($key: String!, $params: JSON, $format: ExportFormat!) {
  exportReport(key: $key, params: $params, format: $format) { fileId name rowCount }
}`;
const DASHBOARD = `query Dashboard($key: String!, $params: JSON) {
  dashboard(key: $key, params: $params) {
    key name widgets { key title reportKey layout { x y w h } report { ${RESULT_FIELDS} } error { code message } }
  }
}`;
const LISTS = `{ reports { key version name dataset chart parameters } dashboards { key version name } }`;

export interface DrilledTicket {
  number: string;
  projectId: string | null;
  category: string | null;
  title: string | null;
}

/** The report operations over HTTP as one signed-in user. */
export function reportsApi(baseUrl: string, token: string) {
  return {
    run: (key: string, params?: unknown): Promise<GraphqlResult<{ runReport: ReportResult }>> =>
      gql(baseUrl, RUN, { token, variables: { key, params } }),
    drill: (
      key: string,
      cell: unknown,
      params?: unknown,
      page?: { offset: number; limit: number },
    ): Promise<GraphqlResult<{ drillDown: { total: number; items: DrilledTicket[] } }>> =>
      gql(baseUrl, DRILL, { token, variables: { key, cell, params, page } }),
    export: (
      key: string,
      format: 'XLSX' | 'CSV',
      params?: unknown,
    ): Promise<GraphqlResult<{ exportReport: { fileId: string; name: string; rowCount: number } }>> =>
      gql(baseUrl, EXPORT, { token, variables: { key, format, params } }),
    dashboard: (key: string, params?: unknown) =>
      gql<{
        dashboard: {
          key: string;
          name: string;
          widgets: { key: string; title: string; reportKey: string; report: ReportResult | null; error: unknown }[];
        };
      }>(baseUrl, DASHBOARD, { token, variables: { key, params } }),
    lists: () =>
      gql<{ reports: { key: string; name: string; dataset: string }[]; dashboards: { key: string; name: string }[] }>(
        baseUrl,
        LISTS,
        { token },
      ),
  };
}
