import type { ReportParameter } from '@anxin/report-engine';

/** Parameter values by key, as `params` of runReport, dashboard, drillDown and exportReport take them. */
export type ParameterValues = Record<string, unknown>;

/** An unset value: the engine counts `null`, `""` and `[]` as none (the default applies). */
const isUnset = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** The values a viewer starts with: each parameter's default, when it has one. */
export function initialValues(parameters: readonly ReportParameter[]): ParameterValues {
  return Object.fromEntries(
    parameters.filter((p) => p.default !== undefined && p.default !== null).map((p) => [p.key, p.default]),
  );
}

/** The values with one changed; an emptied value is dropped, so the report runs without it. */
export function withValue(values: ParameterValues, key: string, value: unknown): ParameterValues {
  const { [key]: _dropped, ...others } = values;
  return isUnset(value) ? others : { ...others, [key]: value };
}

/** The parameters a draft or definition declares, whatever it holds (a draft's kept parts are any JSON). */
export function parametersOf(definition: { parameters?: unknown }): ReportParameter[] {
  return Array.isArray(definition.parameters) ? (definition.parameters as ReportParameter[]) : [];
}

/** Values for the parameters a report declares: a dashboard's shared values, then the widget's fixed ones. */
export function paramsForWidget(shared: ParameterValues, fixed: Record<string, unknown> | null): ParameterValues {
  return { ...shared, ...(fixed ?? {}) };
}
