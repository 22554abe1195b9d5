import {
  localize,
  type ChartType,
  type Dataset,
  type ReportDefinition,
  type ReportDimension,
  type ReportLocale,
  type TimeBucket,
} from '@anxin/report-engine';
import type { JsonLogicRule, RuleField, RuleFieldType } from '../../rules/rule-builder.types';

/** A dimension as the builder edits it: a field, and a bucket when it is a time field. */
export interface DraftDimension {
  field: string;
  bucket?: TimeBucket;
}

/** What the report builder edits; `rest` keeps what it does not edit (parameters, drill, schedule…) as it was. */
export interface ReportDraft {
  key: string;
  nameZh: string;
  nameEn: string;
  dataset: string;
  dimensions: DraftDimension[];
  measures: string[];
  filter: JsonLogicRule | undefined;
  chart: ChartType;
  sort: { by: string; direction: 'asc' | 'desc' } | undefined;
  limit: number | undefined;
  rest: Record<string, unknown>;
}

/** A field or measure a designer may pick, labelled in the UI's language. */
export interface DatasetChoice {
  key: string;
  label: string;
  time: boolean;
}

export interface DatasetChoices {
  /** Dimension fields, then time fields (which need a bucket). */
  dimensions: DatasetChoice[];
  measures: DatasetChoice[];
  /** Every field, for the filter's rule builder. */
  filterFields: RuleField[];
}

const RULE_TYPES: Record<Dataset['fields'][number]['type'], RuleFieldType> = {
  text: 'text',
  id: 'text',
  number: 'number',
  integer: 'number',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
};

/** Time fields start grouped by month: the bucket most reports of a quarter or a year want. */
export const DEFAULT_BUCKET: TimeBucket = 'month';

export function emptyDraft(): ReportDraft {
  return {
    key: '',
    nameZh: '',
    nameEn: '',
    dataset: '',
    dimensions: [],
    measures: [],
    filter: undefined,
    chart: 'bar',
    sort: undefined,
    limit: undefined,
    rest: {},
  };
}

/** What a dataset offers the builder, labelled in `locale`. */
export function datasetChoicesOf(dataset: Dataset, locale: ReportLocale): DatasetChoices {
  const groupable = dataset.fields.filter((f) => f.role === 'dimension' || f.role === 'time');
  return {
    dimensions: groupable.map((f) => ({ key: f.key, label: localize(f.label, locale), time: f.role === 'time' })),
    measures: dataset.measures.map((m) => ({ key: m.key, label: localize(m.label, locale), time: false })),
    filterFields: dataset.fields.map((f) => ({ name: f.key, label: localize(f.label, locale), type: RULE_TYPES[f.type] })),
  };
}

/** The picked dimension fields in order, time fields with a bucket (kept from before, else the default). */
export function pickDimensions(draft: ReportDraft, fields: readonly string[], dataset: Dataset): DraftDimension[] {
  return fields.map((field) => {
    const time = dataset.fields.find((f) => f.key === field)?.role === 'time';
    if (!time) return { field };
    return { field, bucket: draft.dimensions.find((d) => d.field === field)?.bucket ?? DEFAULT_BUCKET };
  });
}

/** The draft on another dataset: picks, filter and sort of the old one do not carry over. */
export function withDataset(draft: ReportDraft, dataset: string): ReportDraft {
  if (draft.dataset === dataset) return draft;
  return { ...draft, dataset, dimensions: [], measures: [], filter: undefined, sort: undefined };
}

/** The column keys a sort may name: the dimensions', then the measures'. */
export function sortKeysOf(draft: ReportDraft): string[] {
  return [...draft.dimensions.map((d) => d.field), ...draft.measures];
}

const nameOf = (draft: ReportDraft): ReportDefinition['name'] =>
  draft.nameEn.trim() === '' ? draft.nameZh.trim() : { 'zh-CN': draft.nameZh.trim(), en: draft.nameEn.trim() };

/** The REPORT definition the draft stands for (what validate, preview and publish send). */
export function definitionOf(draft: ReportDraft): ReportDefinition {
  const dimensions: ReportDimension[] = draft.dimensions.map((d) => (d.bucket ? { field: d.field, bucket: d.bucket } : { field: d.field }));
  const sortable = draft.sort && sortKeysOf(draft).includes(draft.sort.by);
  return {
    ...draft.rest,
    key: draft.key.trim(),
    name: nameOf(draft),
    dataset: draft.dataset,
    dimensions,
    measures: [...draft.measures],
    ...(draft.filter === undefined ? {} : { filter: draft.filter }),
    ...(sortable && draft.sort ? { sort: [{ by: draft.sort.by, direction: draft.sort.direction }] } : {}),
    ...(draft.limit === undefined ? {} : { limit: draft.limit }),
    chart: draft.chart === 'stackedBar' ? { type: draft.chart, stacked: true } : { type: draft.chart },
  } as ReportDefinition;
}

/** A filter as the rule builder edits it: a JSONLogic object or true/false (anything else never checked). */
const asRule = (filter: ReportDefinition['filter']): JsonLogicRule | undefined =>
  typeof filter === 'boolean' || (typeof filter === 'object' && filter !== null && !Array.isArray(filter))
    ? (filter as JsonLogicRule)
    : undefined;

/**
 * A deployed definition as a draft. Only the first sort is edited; dimensions renamed with `key` or relabelled keep
 * their field (and lose the rename); measures relabelled keep their measure key.
 */
export function draftOf(definition: ReportDefinition): ReportDraft {
  const { key, name, dataset, dimensions, measures, filter, sort, limit, chart, ...rest } = definition;
  const first = sort?.[0];
  return {
    key,
    nameZh: typeof name === 'string' ? name : name['zh-CN'],
    nameEn: typeof name === 'string' ? '' : (name.en ?? ''),
    dataset,
    dimensions: dimensions.map((d) => (d.bucket ? { field: d.field, bucket: d.bucket } : { field: d.field })),
    measures: measures.map((m) => (typeof m === 'string' ? m : m.measure)),
    filter: asRule(filter),
    chart: chart.type,
    sort: first ? { by: first.by, direction: first.direction ?? 'asc' } : undefined,
    limit,
    rest,
  };
}
