import { useQuery } from '@apollo/client/react';
import { DASHBOARD_PARAMETER_OPTIONS, type ParameterOption, REPORT_PARAMETER_OPTIONS } from '../reports.operations';

/** Whose parameter it is: the options are asked of the deployed report or dashboard with this key. */
export interface OptionsSource {
  kind: 'report' | 'dashboard';
  key: string;
}

/** The pick list of one parameter (`reportParameterOptions` / `dashboardParameterOptions`); none without a source. */
export function useParameterOptions(
  source: OptionsSource | undefined,
  param: string,
  enabled: boolean,
): { options: ParameterOption[]; loading: boolean; error: unknown } {
  const variables = { key: source?.key ?? '', param };
  const report = useQuery(REPORT_PARAMETER_OPTIONS, {
    variables,
    skip: !enabled || source?.kind !== 'report',
    fetchPolicy: 'cache-first',
  });
  const dashboard = useQuery(DASHBOARD_PARAMETER_OPTIONS, {
    variables,
    skip: !enabled || source?.kind !== 'dashboard',
    fetchPolicy: 'cache-first',
  });
  return {
    options: report.data?.reportParameterOptions ?? dashboard.data?.dashboardParameterOptions ?? [],
    loading: report.loading || dashboard.loading,
    error: report.error ?? dashboard.error,
  };
}
