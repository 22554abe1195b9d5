import type { Dataset, DatasetMeasure } from '../model/dataset.type';
import { indexDataset, type DatasetIndex } from '../dataset/dataset-index';
import { formulaOf } from '../plan/measure-expr';
import { formulaRefs } from '../measure/formula';
import { EngineInvariantError } from '../problems/engine-invariant.error';
import type { RollupDim, RollupInput, RollupLayout, RollupMeasureRead, RollupValue } from './rollup-layout.type';

interface Slots {
  readonly values: { index: number; input: RollupInput; filter?: RollupValue['filter']; measures: string[] }[];
  readonly bySignature: Map<string, number>;
}

function slot(slots: Slots, measure: DatasetMeasure, input: RollupInput): number {
  const signature = JSON.stringify([input, measure.filter ?? null]);
  const known = slots.bySignature.get(signature);
  if (known !== undefined) {
    slots.values[known - 1]?.measures.push(measure.key);
    return known;
  }
  const index = slots.values.length + 1;
  slots.values.push({
    index,
    input,
    ...(measure.filter === undefined ? {} : { filter: measure.filter }),
    measures: [measure.key],
  });
  slots.bySignature.set(signature, index);
  return index;
}

function inputOf(measure: DatasetMeasure): RollupInput {
  if (measure.duration) return { kind: 'duration', duration: measure.duration };
  if (measure.field === undefined) throw EngineInvariantError.unchecked(`the input of ${measure.key}`);
  return { kind: 'field', field: measure.field };
}

function readOf(measure: DatasetMeasure, slots: Slots): RollupMeasureRead {
  switch (measure.aggregate) {
    case 'count':
      return measure.filter === undefined
        ? { kind: 'rows' }
        : { kind: 'count', value: slot(slots, measure, { kind: 'rows' }) };
    case 'share':
      return { kind: 'share', value: slot(slots, measure, { kind: 'rows' }) };
    case 'sum':
    case 'avg':
    case 'min':
    case 'max':
      return { kind: measure.aggregate, value: slot(slots, measure, inputOf(measure)) };
    case 'formula':
      return { kind: 'formula', measures: [...new Set(formulaRefs(formulaOf(measure)).map((r) => r.key))] };
    default:
      throw EngineInvariantError.unchecked(`rollup measure ${measure.key} (${measure.aggregate})`);
  }
}

function dimsOf(index: DatasetIndex, dimensions: readonly string[]): RollupDim[] {
  const fields = dimensions.map((key) => {
    const field = index.field(key);
    if (!field) throw EngineInvariantError.unchecked(`rollup dimension ${key}`);
    return field;
  });
  const values = fields.map((f, i): RollupDim => ({ index: i + 1, field: f.key, kind: 'value', type: f.type }));
  const labelled = fields.filter((f) => f.labelColumn !== undefined);
  const labels = labelled.map((f, i): RollupDim => ({
    index: fields.length + i + 1,
    field: f.key,
    kind: 'label',
    type: 'text',
  }));
  return [...values, ...labels];
}

/** The storage layout of a dataset's rollup (see {@link RollupLayout}); undefined for an unknown rollup key. */
export function rollupLayout(dataset: Dataset, rollupKey: string): RollupLayout | undefined {
  const rollup = (dataset.rollups ?? []).find((r) => r.key === rollupKey);
  if (!rollup) return undefined;
  const index = indexDataset(dataset);
  const slots: Slots = { values: [], bySignature: new Map() };
  const measures: Record<string, RollupMeasureRead> = {};
  const pending = [...rollup.measures];
  while (pending.length > 0) {
    const key = pending.shift() as string;
    if (Object.hasOwn(measures, key)) continue;
    const measure = index.measure(key);
    if (!measure) throw EngineInvariantError.unchecked(`rollup measure ${key}`);
    const read = readOf(measure, slots);
    measures[key] = read;
    if (read.kind === 'formula') pending.push(...read.measures);
  }
  return {
    dataset: dataset.key,
    rollup: rollup.key,
    timeField: rollup.timeField,
    dims: dimsOf(index, rollup.dimensions),
    values: slots.values,
    measures,
  };
}
