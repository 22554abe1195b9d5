import { useQuery } from '@apollo/client/react';
import type { Dataset, ReportDefinition } from '@anxin/report-engine';
import { useMemo } from 'react';
import { DATASETS, REPORT_DEFINITION } from './report-definitions.operations';

export interface ReportDefinitions {
  datasets: Dataset[];
  /** The latest version of the report being edited (undefined for a new one, or until it has loaded). */
  report: { definition: ReportDefinition; version: number } | undefined;
  loading: boolean;
  error: unknown;
}

/** The deployed datasets, and the report `key`'s latest version when editing one. */
export function useReportDefinitions(key: string | undefined): ReportDefinitions {
  const datasets = useQuery(DATASETS, { fetchPolicy: 'cache-and-network' });
  const report = useQuery(REPORT_DEFINITION, { variables: { key: key ?? '' }, skip: key === undefined, fetchPolicy: 'network-only' });
  const parsedDatasets = useMemo(
    () => (datasets.data?.definitions ?? []).map((d) => JSON.parse(d.content) as Dataset),
    [datasets.data],
  );
  const parsedReport = useMemo(() => {
    const found = report.data?.definition;
    return found ? { definition: JSON.parse(found.content) as ReportDefinition, version: found.version } : undefined;
  }, [report.data]);
  return {
    datasets: parsedDatasets,
    report: parsedReport,
    loading: (datasets.loading && !datasets.data) || (key !== undefined && report.loading && !report.data),
    error: datasets.error ?? report.error,
  };
}
