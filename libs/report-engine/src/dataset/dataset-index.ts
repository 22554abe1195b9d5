import type { ColumnRef, Dataset, DatasetField, DatasetMeasure } from '../model/dataset.type';
import type { PlanColumnRef } from '../model/query-plan.type';

/** Time zone of a dataset's buckets and relative dates when it names none. */
export const DEFAULT_REPORT_TIME_ZONE = 'Asia/Shanghai';

/** Lookups over a dataset whose shape is right. */
export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly zone: string;
  field(key: string): DatasetField | undefined;
  measure(key: string): DatasetMeasure | undefined;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const fields = new Map(dataset.fields.map((f) => [f.key, f]));
  const measures = new Map(dataset.measures.map((m) => [m.key, m]));
  return {
    dataset,
    zone: dataset.timeZone ?? DEFAULT_REPORT_TIME_ZONE,
    field: (key) => fields.get(key),
    measure: (key) => measures.get(key),
  };
}

/** `t.created_at` → `{ alias: 't', column: 'created_at' }`. */
export function parseColumnRef(ref: ColumnRef): PlanColumnRef {
  const dot = ref.indexOf('.');
  return { alias: ref.slice(0, dot), column: ref.slice(dot + 1) };
}

/** True for fields that bucket and take relative dates. */
export function isTimeType(type: string): type is 'date' | 'datetime' {
  return type === 'date' || type === 'datetime';
}

export function isNumericType(type: string): type is 'number' | 'integer' {
  return type === 'number' || type === 'integer';
}
