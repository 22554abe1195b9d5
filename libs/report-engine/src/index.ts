// Public API of @anxin/report-engine: datasets and report definitions → checked query plans → shaped results.
// Pure: no SQL text, no IO; the API compiles plans to SQL and runs them.

export type * from './model/dataset.type';
export type * from './model/report.type';
export type * from './model/query-plan.type';
export type * from './model/report-api.type';
export type * from './model/report-problem.type';
export { TIME_BUCKETS } from './model/dataset.type';
export { CHART_TYPES } from './model/report.type';
export { REPORT_PROBLEM_CODES } from './model/report-problem.type';
export { hasReportErrors } from './problems/report-problem.util';
export { EngineInvariantError } from './problems/engine-invariant.error';

export { checkDataset } from './dataset/check-dataset';
export type { KnownDefinitions } from './dataset/check-measures';
export { DEFAULT_REPORT_TIME_ZONE } from './dataset/dataset-index';
export { checkReport } from './report/check-report';
export { planReport } from './plan/plan-report';
export type { PlanResult } from './plan/plan-report';
export type { PlannedColumn, PlannedReport } from './plan/planned-report.type';
export { shapeResult } from './result/shape-result';
export type { ShapeOptions } from './result/shape-result';
export { localize } from './result/localize';
export type { ReportLocale } from './result/localize';
export { rollupLayout } from './rollup/rollup-layout';
export { planRollupBuild } from './rollup/plan-rollup-build';
export { ROLLUP_TABLE } from './rollup/rollup-layout.type';
export type { RollupDim, RollupInput, RollupLayout, RollupMeasureRead, RollupValue } from './rollup/rollup-layout.type';
export { planDrillDown, DRILL_KEY } from './drill/plan-drill-down';
export type { DrillResult, PlannedDrill } from './drill/plan-drill-down';
export { checkDashboard, GRID_COLUMNS } from './dashboard/check-dashboard';
export { drillDownReport } from './drill/drill-down-report';
export type { DrillDownReport } from './drill/drill-down-report';
export { planChangedDays } from './rollup/plan-changed-days';
export { planParameterOptions } from './plan/plan-parameter-options';
export type { OptionsResult } from './plan/plan-parameter-options';
