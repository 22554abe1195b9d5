// Public API of @anxin/report-engine: datasets and report definitions → checked query plans → shaped results.
// Pure: no SQL text, no IO; the API compiles plans to SQL and runs them.

export type * from './model/dataset.type';
export type * from './model/report.type';
export type * from './model/query-plan.type';
export type * from './model/report-api.type';
export type * from './model/report-problem.type';
export { TIME_BUCKETS } from './model/dataset.type';
export { CHART_TYPES } from './model/report.type';
