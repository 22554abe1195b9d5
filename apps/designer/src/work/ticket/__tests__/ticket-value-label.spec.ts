import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dictionary, FormDefinition } from '@anxin/form-engine';
import { startFormOf, ticketValueLabel, type LabelSources } from '../ticket-value-label';

const definitions = path.resolve(__dirname, '../../../../../../definitions');
const read = <T>(file: string) => JSON.parse(readFileSync(path.join(definitions, file), 'utf8')) as T;

describe('ticket field labels from the definitions', () => {
  const repairRequest = read<FormDefinition>('forms/repair-request.form.json');
  const survey = read<FormDefinition>('forms/repair-survey.form.json');
  const sources: LabelSources = {
    startForm: startFormOf([survey, repairRequest], 'repair-ticket'),
    dictionaries: {
      'repair-ticket-category': read<Dictionary>('dictionaries/repair-ticket-category.dictionary.json'),
      'repair-ticket-urgency': read<Dictionary>('dictionaries/repair-ticket-urgency.dictionary.json'),
    },
    projects: [{ id: 'p1', name: '阳光花园' }],
  };

  it('given a repair ticket, then its category and urgency read as the repair form offered them, in both languages', () => {
    expect(sources.startForm?.key).toBe('repair-request');
    expect(ticketValueLabel('category', 'structural', sources, 'zh-CN')).toBe('土建结构');
    expect(ticketValueLabel('category', 'structural', sources, 'en')).toBe('Structural');
    expect(ticketValueLabel('urgency', 'normal', sources, 'zh-CN')).toBe('一般');
    expect(ticketValueLabel('projectId', 'p1', sources, 'zh-CN')).toBe('阳光花园');
  });

  it('given a value nobody lists, then the value itself', () => {
    expect(ticketValueLabel('category', 'unknown', sources, 'zh-CN')).toBe('unknown');
    expect(ticketValueLabel('team', 'team-civil', sources, 'zh-CN')).toBe('team-civil');
  });
});
