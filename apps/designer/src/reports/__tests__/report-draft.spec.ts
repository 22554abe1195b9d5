import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkReport, type Dataset, type ReportDefinition } from '@anxin/report-engine';
import {
  datasetChoicesOf,
  definitionOf,
  draftOf,
  emptyDraft,
  pickDimensions,
  type ReportDraft,
  withDataset,
} from '../builder/report-draft';

const definitions = path.resolve(__dirname, '../../../../../definitions');
const read = <T>(file: string) => JSON.parse(readFileSync(path.join(definitions, file), 'utf8')) as T;
const TICKETS = read<Dataset>('datasets/tickets.dataset.json');
const errorsOf = (definition: ReportDefinition) => checkReport(definition, TICKETS).filter((p) => p.severity === 'error');

/** A draft on the shipped tickets dataset with a key and a name: what the designer types first. */
const started = (): ReportDraft => ({ ...withDataset(emptyDraft(), 'tickets'), key: 'tickets-by-month', nameZh: '每月报修量' });

describe('the report builder’s draft: dataset columns → picks → a definition checkReport accepts', () => {
  it('given the tickets dataset, then dimensions offer its dimension and time fields, the filter every field', () => {
    // When the choices are listed in Chinese and in English
    const zh = datasetChoicesOf(TICKETS, 'zh-CN');
    const en = datasetChoicesOf(TICKETS, 'en');
    // Then attributes are not groupable, time fields are marked, measures and filter fields come from the dataset
    const attributes = TICKETS.fields.filter((f) => f.role === 'attribute').map((f) => f.key);
    expect(zh.dimensions.map((d) => d.key)).toEqual(
      TICKETS.fields.filter((f) => f.role !== 'attribute').map((f) => f.key),
    );
    expect(zh.dimensions.some((d) => attributes.includes(d.key))).toBe(false);
    expect(zh.dimensions.filter((d) => d.time).map((d) => d.key)).toEqual(
      TICKETS.fields.filter((f) => f.role === 'time').map((f) => f.key),
    );
    expect(zh.measures.map((m) => m.key)).toEqual(TICKETS.measures.map((m) => m.key));
    expect(zh.filterFields.map((f) => f.name)).toEqual(TICKETS.fields.map((f) => f.key));
    expect(zh.dimensions.find((d) => d.key === 'createdAt')?.label).toBe('报修时间');
    expect(en.dimensions.find((d) => d.key === 'createdAt')?.label).toBe('Reported at');
    // and a number field is compared as a number, an id as text
    expect(zh.filterFields.find((f) => f.name === 'estimatedCost')?.type).toBe('number');
    expect(zh.filterFields.find((f) => f.name === 'project')?.type).toBe('text');
  });

  it('when a time field and a dimension are picked with two measures, then the definition checks without errors', () => {
    // Given a started draft
    const draft = started();
    // When the designer picks 报修时间 and 项目, two measures, a filter and a sort
    const dimensions = pickDimensions(draft, ['createdAt', 'project'], TICKETS);
    const picked: ReportDraft = {
      ...draft,
      dimensions,
      measures: ['tickets', 'avgCost'],
      filter: { inLast: [{ var: 'createdAt' }, 12, 'month'] },
      sort: { by: 'tickets', direction: 'desc' },
      chart: 'stackedBar',
    };
    const definition = definitionOf(picked);
    // Then the time field is bucketed by month (the default), the others not
    expect(dimensions).toEqual([{ field: 'createdAt', bucket: 'month' }, { field: 'project' }]);
    // And the definition is what the report format declares, and checkReport accepts it
    expect(definition).toEqual({
      key: 'tickets-by-month',
      name: '每月报修量',
      dataset: 'tickets',
      dimensions: [{ field: 'createdAt', bucket: 'month' }, { field: 'project' }],
      measures: ['tickets', 'avgCost'],
      filter: { inLast: [{ var: 'createdAt' }, 12, 'month'] },
      sort: [{ by: 'tickets', direction: 'desc' }],
      chart: { type: 'stackedBar', stacked: true },
    });
    expect(errorsOf(definition)).toEqual([]);
  });

  it('when a picked bucket is changed and the fields are picked again, then the chosen bucket stays', () => {
    const draft = { ...started(), dimensions: [{ field: 'createdAt', bucket: 'week' as const }] };
    expect(pickDimensions(draft, ['project', 'createdAt'], TICKETS)).toEqual([
      { field: 'project' },
      { field: 'createdAt', bucket: 'week' },
    ]);
  });

  it('when nothing is measured, then checkReport names the problem (the builder shows it before publishing)', () => {
    const definition = definitionOf({ ...started(), dimensions: [{ field: 'category' }] });
    expect(errorsOf(definition).map((p) => p.path)).toContain('/measures');
  });

  it('when the sorted dimension is removed, then the sort is left out instead of naming a missing column', () => {
    const draft: ReportDraft = {
      ...started(),
      dimensions: [{ field: 'category' }],
      measures: ['tickets'],
      sort: { by: 'team', direction: 'asc' },
    };
    const definition = definitionOf(draft);
    expect(definition.sort).toBeUndefined();
    expect(errorsOf(definition)).toEqual([]);
  });

  it('when another dataset is chosen, then the picks of the old one are cleared', () => {
    const draft: ReportDraft = { ...started(), dimensions: [{ field: 'category' }], measures: ['tickets'] };
    const moved = withDataset(draft, 'another');
    expect([moved.dataset, moved.dimensions, moved.measures, moved.filter]).toEqual(['another', [], [], undefined]);
    expect(withDataset(draft, 'tickets')).toBe(draft);
  });

  it.each(['backlog-by-team', 'tickets-by-category', 'repeat-repairs-by-unit-type', 'sla-breach-rate-by-project-month'])(
    'given the shipped report %s opened in the builder, when saved unchanged, then nothing of it is lost',
    (key) => {
      const shipped = read<ReportDefinition>(`reports/${key}.report.json`);
      // When it becomes a draft and a definition again
      const again = definitionOf(draftOf(shipped));
      // Then it is the same report (parameters, drill, columns, schedule kept), and still checks
      expect(again).toEqual(shipped);
      expect(errorsOf(again)).toEqual([]);
    },
  );
});
