// The report builder's preview (#10 item 5): `previewReport` runs a report definition that is not deployed, checked
// as deploying it would be, in the caller's scope like `runReport`; nothing is stored.
import { codesOf, gql, login, type GraphqlResult, type Session } from '../support/graphql-session';
import { startReportWorld, type ReportWorld } from '../support/report-e2e-setup';
import { REPORT_FIXTURES, reportsApi, type ReportResult } from '../support/reports-api';

const PREVIEW = `query Preview($content: JSON!, $params: JSON) {
  previewReport(content: $content, params: $params) { columns { key label role } rows total truncated chart }
}`;

/** The test report of the fixtures, as a designer would start from it. */
const fixtureReport = () =>
  JSON.parse(REPORT_FIXTURES.find((f) => f.kind === 'REPORT')!.content) as Record<string, unknown>;

/** A draft grouping by category only: the builder's usual first step. */
const byCategory = () => ({
  ...fixtureReport(),
  key: 'draft-by-category',
  dimensions: [{ field: 'category' }],
  measures: ['tickets'],
  sort: [{ by: 'tickets', direction: 'desc' }],
  chart: { type: 'bar' },
  drill: undefined,
});

const counts = (result: GraphqlResult<{ previewReport: ReportResult }>) =>
  Object.fromEntries(
    (result.data?.previewReport.rows ?? []).map((r): [string, unknown] => [String(r['category']), r['tickets']]),
  );

describe('previewReport: a report definition run before it is deployed', () => {
  let world: ReportWorld;
  let baseUrl: string;
  const sessions: Record<string, Session> = {};
  const preview = (who: string, content: unknown, params?: unknown) =>
    gql<{ previewReport: ReportResult }>(baseUrl, PREVIEW, {
      token: sessions[who]!.token,
      variables: { content, params },
    });

  beforeAll(async () => {
    // Given the report world: four demo tickets (three leaks, one power cut; one leak at hillside) and one of another company
    world = await startReportWorld();
    baseUrl = world.testApp.baseUrl;
    for (const name of ['admin', 'designer', 'manager', 'engineer']) {
      sessions[name] = await login(baseUrl, name, { tenant: 'demo' });
    }
  });

  afterAll(() => world?.testApp.close());

  it('should answer a deployed report’s own content exactly as runReport answers the report', async () => {
    // When the admin previews the fixture report's content and runs the deployed report
    const previewed = await preview('admin', fixtureReport());
    const run = await reportsApi(baseUrl, sessions['admin']!.token).run('test-tickets-by-category');
    // Then both give the same columns and rows
    expect(previewed.errors).toBeUndefined();
    const rowsOf = (rows: Record<string, unknown>[]) => rows.map((r) => JSON.stringify(r)).sort();
    expect(previewed.data!.previewReport.columns.map((c) => c.key)).toEqual(
      run.data!.runReport.columns.map((c) => c.key),
    );
    expect(rowsOf(previewed.data!.previewReport.rows)).toEqual(rowsOf(run.data!.runReport.rows));
  });

  it('should run a draft that was never deployed, with the viewer’s parameters, and store nothing', async () => {
    // When the designer previews a draft grouping by category, without and with a title search
    const all = await preview('admin', byCategory());
    const searched = await preview('admin', byCategory(), { search: '漏水' });
    // Then the counts are the demo company's tickets per category, narrowed by the parameter
    expect(counts(all)).toEqual({ leak: 3, electric: 1 });
    expect(counts(searched)).toEqual({ leak: 2 });
    expect(all.data?.previewReport.chart).toBe('bar');
    // And the draft was not deployed
    const lists = await reportsApi(baseUrl, sessions['admin']!.token).lists();
    expect(lists.data?.reports.map((r) => r.key)).toEqual(['test-tickets-by-category']);
  });

  it('should apply the caller’s scope: the designer sees his projects, not the other company', async () => {
    // When the designer (lakeside and hillside) previews the draft
    const result = await preview('designer', byCategory());
    // Then he counts the demo tickets of his two projects only
    expect(counts(result)).toEqual({ leak: 3, electric: 1 });
  });

  it('should refuse an invalid draft with DEFINITION_INVALID and the problems, as deploying it would', async () => {
    // When the draft names a measure its dataset does not have
    const result = await preview('admin', { ...byCategory(), measures: ['noSuchMeasure'] });
    // Then the problem points at it
    expect(codesOf(result)).toEqual(['DEFINITION_INVALID']);
    const problems = result.errors?.[0]?.extensions?.['problems'] as { path: string; severity: string }[];
    expect(problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: '/measures/0', severity: 'error' })]),
    );
  });

  it('should refuse content that is not an object with BAD_USER_INPUT', async () => {
    const result = await preview('admin', ['not', 'a', 'report']);
    expect(codesOf(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('should be for designers and admins only: a manager or an engineer is FORBIDDEN', async () => {
    expect(codesOf(await preview('manager', byCategory()))).toEqual(['FORBIDDEN']);
    expect(codesOf(await preview('engineer', byCategory()))).toEqual(['FORBIDDEN']);
  });
});
