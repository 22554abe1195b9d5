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

  it('given a report renaming a dimension and relabelling a measure, when saved from the builder, then both are kept', () => {
    // Given a definition whose time dimension is renamed and relabelled, and whose measure is relabelled
    const renamed: ReportDefinition = {
      key: 'monthly',
      name: { 'zh-CN': '每月报修', en: 'Monthly repairs' },
      dataset: 'tickets',
      dimensions: [
        { field: 'createdAt', bucket: 'month', key: 'month', label: { 'zh-CN': '月份', en: 'Month' } },
        { field: 'project' },
      ],
      measures: [{ measure: 'tickets', label: { 'zh-CN': '报修数', en: 'Repairs' } }, 'avgCost'],
      sort: [{ by: 'month', direction: 'asc' }],
      chart: { type: 'line' },
    };
    // When it becomes a draft and a definition again
    const draft = draftOf(renamed);
    // Then the renamed key, the labels and the sort on the renamed key survive
    expect(definitionOf(draft)).toEqual(renamed);
    expect(errorsOf(definitionOf(draft))).toEqual([]);
    // And picking the fields again (another added) keeps the renamed dimension as it was
    const repicked = { ...draft, dimensions: pickDimensions(draft, ['createdAt', 'project', 'category'], TICKETS) };
    expect(definitionOf(repicked).dimensions).toEqual([...renamed.dimensions, { field: 'category' }]);
    expect(definitionOf(repicked).sort).toEqual([{ by: 'month', direction: 'asc' }]);
  });

  it('when a relabelled measure is removed and picked again, then only picked measures are written', () => {
    const draft = draftOf({
      key: 'relabelled',
      name: '重命名',
      dataset: 'tickets',
      dimensions: [{ field: 'category' }],
      measures: [{ measure: 'tickets', label: '报修数' }],
      chart: { type: 'bar' },
    });
    expect(definitionOf({ ...draft, measures: ['avgCost'] }).measures).toEqual(['avgCost']);
    expect(definitionOf({ ...draft, measures: ['avgCost', 'tickets'] }).measures).toEqual([
      'avgCost',
      { measure: 'tickets', label: '报修数' },
    ]);
  });
});
