import type { EntityManager } from '@mikro-orm/postgresql';
import type { Dataset, ReportCatalog, ReportDefinition } from '@anxin/report-engine';
import { readReportCatalog } from '../modules/reports/report-catalog.service';
import type { ReportDefinitionContext } from './report-definition-checks';

interface LatestRow {
  kind: 'calendar' | 'dictionary' | 'dataset' | 'report';
  key: string;
  content: string | null;
}

const parse = (content: string | null): unknown => {
  try {
    return content === null ? undefined : (JSON.parse(content) as unknown);
  } catch {
    return undefined;
  }
};

/**
 * What the deployed definitions offer datasets, reports and dashboards (latest versions): calendars, dictionaries,
 * datasets and reports (parsed), and the report catalog of the database (read once per process).
 */
export async function loadReportDefinitionContext(
  em: EntityManager,
  catalog: () => Promise<ReportCatalog>,
): Promise<ReportDefinitionContext> {
  const rows = await em.fork().execute<LatestRow[]>(
    `select distinct on (kind, key) kind, key, case when kind in ('dataset', 'report') then content end as content
       from definition where kind in ('calendar', 'dictionary', 'dataset', 'report') and status = 'active'
      order by kind, key, version desc`,
  );
  const keys = (kind: LatestRow['kind']) => rows.filter((r) => r.kind === kind).map((r) => r.key);
  const parsed = <T>(kind: LatestRow['kind']) =>
    Object.fromEntries(rows.filter((r) => r.kind === kind).map((r) => [r.key, parse(r.content) as T]));
  return {
    catalog: await catalog(),
    calendars: keys('calendar'),
    dictionaries: keys('dictionary'),
    datasets: parsed<Dataset>('dataset'),
    reports: parsed<ReportDefinition>('report'),
  };
}

/** The catalog of a database, read once per EntityManager. */
export function catalogReader(em: EntityManager): () => Promise<ReportCatalog> {
  let read: Promise<ReportCatalog> | undefined;
  return () => {
    read ??= readReportCatalog(em);
    read.catch(() => (read = undefined));
    return read;
  };
}
