import {
  localize,
  type ChartType,
  type Dataset,
  type LocalizedText,
  type ReportDefinition,
  type ReportDimension,
  type ReportLocale,
  type TimeBucket,
} from '@anxin/report-engine';
import type { JsonLogicRule, RuleField, RuleFieldType } from '../../rules/rule-builder.types';

/**
 * A dimension as the builder edits it: a field, and a bucket when it is a time field. A result column renamed
 * (`key`) or relabelled (`label`) in the definition keeps that through the builder.
 */
export interface DraftDimension {
  field: string;
  bucket?: TimeBucket;
  key?: string;
  label?: LocalizedText;
}

/** What the report builder edits; `rest` keeps what it does not edit (parameters, drill, schedule…) as it was. */
export interface ReportDraft {
  key: string;
  nameZh: string;
  nameEn: string;
  dataset: string;
  dimensions: DraftDimension[];
  measures: string[];
  /** Measures the definition relabels (`{ "measure", "label" }`), by measure key. */
  measureLabels: Record<string, LocalizedText>;
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
    measureLabels: {},
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

/**
 * The picked dimension fields in order; a field picked before stays as it was (bucket, key, label), a new time
 * field is bucketed by the default.
 */
export function pickDimensions(draft: ReportDraft, fields: readonly string[], dataset: Dataset): DraftDimension[] {
  return fields.map((field) => {
    const before = draft.dimensions.find((d) => d.field === field);
    if (before) return before;
    const time = dataset.fields.find((f) => f.key === field)?.role === 'time';
    return time ? { field, bucket: DEFAULT_BUCKET } : { field };
  });
}

/** The result column key of a dimension: its rename, else its field. */
export const dimensionKeyOf = (dimension: DraftDimension): string => dimension.key ?? dimension.field;

/** The draft on another dataset: picks, filter and sort of the old one do not carry over. */
export function withDataset(draft: ReportDraft, dataset: string): ReportDraft {
  if (draft.dataset === dataset) return draft;
  return { ...draft, dataset, dimensions: [], measures: [], measureLabels: {}, filter: undefined, sort: undefined };
}

/** The column keys a sort may name: the dimensions', then the measures'. */
export function sortKeysOf(draft: ReportDraft): string[] {
  return [...draft.dimensions.map(dimensionKeyOf), ...draft.measures];
}

const nameOf = (draft: ReportDraft): ReportDefinition['name'] =>
  draft.nameEn.trim() === '' ? draft.nameZh.trim() : { 'zh-CN': draft.nameZh.trim(), en: draft.nameEn.trim() };

/** A dimension as the format writes it: only the properties it has. */
const dimensionOf = (d: DraftDimension): ReportDimension => ({
  field: d.field,
  ...(d.bucket === undefined ? {} : { bucket: d.bucket }),
  ...(d.key === undefined ? {} : { key: d.key }),
  ...(d.label === undefined ? {} : { label: d.label }),
});

/** The REPORT definition the draft stands for (what validate, preview and publish send). */
export function definitionOf(draft: ReportDraft): ReportDefinition {
  const dimensions: ReportDimension[] = draft.dimensions.map(dimensionOf);
  const measures = draft.measures.map((measure) => {
    const label = draft.measureLabels[measure];
    return label === undefined ? measure : { measure, label };
  });
  const sortable = draft.sort && sortKeysOf(draft).includes(draft.sort.by);
  return {
    ...draft.rest,
    key: draft.key.trim(),
    name: nameOf(draft),
    dataset: draft.dataset,
    dimensions,
    measures,
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
 * A deployed definition as a draft. Only the first sort is edited; renamed or relabelled dimensions and relabelled
 * measures keep their key and label.
 */
export function draftOf(definition: ReportDefinition): ReportDraft {
  const { key, name, dataset, dimensions, measures, filter, sort, limit, chart, ...rest } = definition;
  const first = sort?.[0];
  return {
    key,
    nameZh: typeof name === 'string' ? name : name['zh-CN'],
    nameEn: typeof name === 'string' ? '' : (name.en ?? ''),
    dataset,
    dimensions: dimensions.map(dimensionOf),
    measures: measures.map((m) => (typeof m === 'string' ? m : m.measure)),
    measureLabels: Object.fromEntries(
      measures.flatMap((m) => (typeof m !== 'string' && m.label !== undefined ? [[m.measure, m.label]] : [])),
    ),
    filter: asRule(filter),
    chart: chart.type,
    sort: first ? { by: first.by, direction: first.direction ?? 'asc' } : undefined,
    limit,
    rest,
  };
}
