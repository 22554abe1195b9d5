// The benchmark helpers other benchmarks reuse (the api's durable-engine benchmark runs the same tickets through
// the same bpmn-engine baseline; every benchmark writes its docs section and tables the same way):
// `@anxin/process-engine/bench`, for benchmarks only, never for application code.
export { FINANCE_APPROVERS, repairTicket } from './repair-tickets';
export { loadBpmnEngineSource, runBpmnEngineInstance, type BpmnEngineSource } from './run-bpmn-engine-instance';
export { writeBenchmarkResults, type BenchmarkSection } from './benchmarks-doc';
export { markdownTable, type ColumnAlign } from './markdown-table';
