import type { JsonValue } from '@anxin/rules';
import fc from 'fast-check';
import type { ReportDefinition } from '../index';
import { planDrillDown, planReport } from '../index';
import { MONTHLY, TICKETS } from './ticket-dataset.fixture';

const ENV = { now: new Date('2026-03-15T10:30:00Z'), rowCap: 100, readyRollups: ['tickets/daily'] };
const REPORT: ReportDefinition = {
  ...MONTHLY,
  filter: {
    and: [
      { in: [{ var: 'status' }, { param: 'statuses' }] },
      { '>=': [{ var: 'cost' }, { param: 'minCost' }] },
      { '>=': [{ var: 'createdAt' }, { param: 'from' }] },
      { '==': [{ var: 'project' }, { param: 'project' }] },
      { inLast: [{ var: 'createdAt' }, { param: 'days' }, 'day'] },
    ],
  },
  parameters: [
    { key: 'statuses', label: 'S', type: 'textList' },
    { key: 'minCost', label: 'C', type: 'number' },
    { key: 'from', label: 'F', type: 'datetime' },
    { key: 'project', label: 'P', type: 'id' },
    { key: 'days', label: 'D', type: 'integer', default: 30 },
  ],
};
const KEYS = ['statuses', 'minCost', 'from', 'project', 'days', 'month', 'category', 'colour'];
const viewerValues = fc.dictionary(fc.constantFrom(...KEYS), fc.jsonValue() as fc.Arbitrary<JsonValue>);

/** Every column an expression of the plan reads (`ref` of column and element nodes), found by walking it. */
function identifiersOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(identifiersOf);
  if (typeof node !== 'object' || node === null) return [];
  const { ref, ...rest } = node as { ref?: { alias: string; column: string } };
  return [...(ref ? [`${ref.alias}.${ref.column}`] : []), ...Object.values(rest).flatMap(identifiersOf)];
}

const DATASET_COLUMNS = new Set([
  ...TICKETS.fields.flatMap((f) => [f.column, ...(f.labelColumn ? [f.labelColumn] : [])]),
  ...Object.values(TICKETS.scope),
  ...['dataset_key', 'rollup_key', 'day', 'dims', 'row_count', 'sums', 'counts', 'mins', 'maxs'].map((c) => `r.${c}`),
]);

describe('viewer input (property)', () => {
  it('should answer any parameter values with a plan over dataset columns or with problems, never throwing', () => {
    // given any JSON the viewer may send as parameters
    fc.assert(
      fc.property(viewerValues, (params) => {
        // when the report is planned
        const result = planReport(REPORT, TICKETS, params, { all: true }, ENV);
        // then it is a plan whose identifiers all come from the dataset, or problems about parameters
        if (result.ok)
          expect(
            identifiersOf([result.planned.plan.select, result.planned.plan.where]).every((r) => DATASET_COLUMNS.has(r)),
          ).toBe(true);
        else
          expect(result.problems.every((p) => p.path.startsWith('params.') || p.path.startsWith('/filter'))).toBe(true);
      }),
    );
  });

  it('should answer any clicked cell with a plan or problems about the cell, never throwing', () => {
    // given any JSON the viewer may send as a cell
    fc.assert(
      fc.property(viewerValues, (cell) => {
        // when the drill-down is planned
        const result = planDrillDown(MONTHLY, TICKETS, {}, cell, { all: true }, ENV, { offset: 0, limit: 10 });
        // then it is a plan or problems naming the cell
        if (!result.ok) expect(result.problems.every((p) => p.path.startsWith('cell.'))).toBe(true);
      }),
    );
  });
});
