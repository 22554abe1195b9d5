import type { DatasetIndex } from '../dataset/dataset-index';
import type { ReportEnv } from '../model/report-api.type';
import type { PlanTarget } from '../plan/plan-target';

/** Targets over the dataset's ready rollups, in declaration order. */
export function rollupTargets(_index: DatasetIndex, _env: ReportEnv): PlanTarget[] {
  return [];
}
