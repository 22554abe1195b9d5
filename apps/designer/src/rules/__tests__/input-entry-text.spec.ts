import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DecisionTable, InputEntry, TableValueType } from '@anxin/rules';
import { entryText, parseEntry } from '../decision-table/input-entry-text';

const shipped = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../../../../definitions/decisions/repair-dispatch.decision.json'), 'utf8'),
) as DecisionTable;

describe('decision table cells as text', () => {
  it.each<[string, TableValueType, InputEntry | undefined]>([
    ['-', 'string', undefined],
    ['漏水', 'string', '漏水'],
    ['漏水, 堵塞', 'string', { oneOf: ['漏水', '堵塞'] }],
    ['500', 'number', 500],
    ['1, 2, 3', 'number', { oneOf: [1, 2, 3] }],
    ['true', 'boolean', true],
    ['>= 500', 'number', { range: { gte: 500 } }],
    ['< 200', 'number', { range: { lt: 200 } }],
    ['[200..500)', 'number', { range: { gte: 200, lt: 500 } }],
    ['(0..1]', 'number', { range: { gt: 0, lte: 1 } }],
    ['[2025-01-01..2025-02-01)', 'date', { range: { gte: '2025-01-01', lt: '2025-02-01' } }],
    ['not(燃气)', 'string', { not: '燃气' }],
    ['not(漏水, 堵塞)', 'string', { not: { oneOf: ['漏水', '堵塞'] } }],
    ['"a, b"', 'string', 'a, b'],
    ['"-"', 'string', '-'],
    ['{"test":{">":[{"var":"value"},3]}}', 'number', { test: { '>': [{ var: 'value' }, 3] } }],
  ])(
    'given the cell %s of a %s input, then it is the entry, and the entry writes back as that text',
    (text, type, entry) => {
      expect(parseEntry(text, type)).toEqual({ ok: true, entry });
      expect(entryText(entry, type)).toBe(text);
    },
  );

  it.each<[string, TableValueType]>([
    ['abc', 'number'],
    ['[1..x]', 'number'],
    ['maybe', 'boolean'],
    ['{not json', 'string'],
    ['not()', 'string'],
  ])('given the cell %s of a %s input, then it means nothing and is refused', (text, type) => {
    expect(parseEntry(text, type)).toEqual({ ok: false });
  });

  it('given every entry of the shipped dispatch table, when written as text and read back, then nothing changes', () => {
    for (const rule of shipped.rules)
      for (const input of shipped.inputs) {
        const entry = rule.when?.[input.id];
        expect(parseEntry(entryText(entry, input.type), input.type)).toEqual({ ok: true, entry });
      }
  });
});
