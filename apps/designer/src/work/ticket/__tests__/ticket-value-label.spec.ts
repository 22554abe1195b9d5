import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dictionary, FormDefinition } from '@anxin/form-engine';
import { startFormFirst, ticketFieldRow, type LabelSources } from '../ticket-value-label';

const definitions = path.resolve(__dirname, '../../../../../../definitions');
const read = <T>(file: string) => JSON.parse(readFileSync(path.join(definitions, file), 'utf8')) as T;

describe('ticket fields named and shown as the definitions define them', () => {
  const request = read<FormDefinition>('forms/repair-request.form.json');
  const survey = read<FormDefinition>('forms/repair-survey.form.json');
  const dictionary = (key: string) => read<Dictionary>(`dictionaries/${key}.dictionary.json`);
  const sources: LabelSources = {
    forms: startFormFirst([survey, request], request.startsProcess!),
    dictionaries: Object.fromEntries(
      [request, survey]
        .flatMap((form) => form.fields)
        .flatMap((field) =>
          'optionsFrom' in field && field.optionsFrom && 'dictionary' in field.optionsFrom
            ? [field.optionsFrom.dictionary]
            : [],
        )
        .map((key) => [key, dictionary(key)]),
    ),
    projects: [{ id: 'p1', name: '阳光花园' }],
  };

  it('given the projected fields of a ticket, then coded values read as the filing form offered them, in both languages', () => {
    // Given the category and urgency codes and the project id the ticket carries
    const category = request.fields.find((f) => f.key === 'category')!;
    const categoryCode =
      'optionsFrom' in category && category.optionsFrom && 'dictionary' in category.optionsFrom
        ? sources.dictionaries[category.optionsFrom.dictionary]!.items[1]!
        : undefined;
    // Then each reads as its option's label
    expect(ticketFieldRow('category', categoryCode!.value, sources, 'zh-CN')).toEqual({
      key: 'category',
      label: '报修类别',
      value: (categoryCode!.label as { 'zh-CN': string })['zh-CN'],
    });
    expect(ticketFieldRow('category', categoryCode!.value, sources, 'en')?.label).toBe('Category');
    expect(ticketFieldRow('urgency', 'normal', sources, 'zh-CN')?.value).toBe('一般');
    expect(ticketFieldRow('projectId', 'p1', sources, 'zh-CN')).toEqual({
      key: 'projectId',
      label: '项目',
      value: '阳光花园',
    });
  });

  it('given a money field of a later form, then its label and yuan', () => {
    const money = survey.fields.find((f) => f.type === 'money')!;
    expect(ticketFieldRow(money.key, 800, sources, 'zh-CN')?.value).toBe('¥800.00');
  });

  it('given ids nobody can name here, fields no form defines, and empty values, then no row', () => {
    expect(ticketFieldRow('buildingId', 'b1', sources, 'zh-CN')).toBeUndefined();
    expect(ticketFieldRow('slaBreached', false, sources, 'zh-CN')).toBeUndefined();
    expect(ticketFieldRow('category', null, sources, 'zh-CN')).toBeUndefined();
  });
});
