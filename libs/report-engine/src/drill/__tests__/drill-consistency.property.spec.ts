import fc from 'fast-check';
import type { ReportDefinition } from '../../index';
import { planDrillDown, planReport } from '../../index';
import { runPlan } from '../../../test/plan-interpreter';
import { TICKETS } from '../../__tests__/ticket-dataset.fixture';

// Every cell of a report drills down to exactly as many tickets as the cell counts.
const NOW = new Date('2026-03-15T10:30:00Z');
const ENV = { now: NOW, rowCap: 1000 };
const REPORT: ReportDefinition = {
  key: 'weekly',
  name: 'W',
  dataset: 'tickets',
  dimensions: [{ field: 'createdAt', bucket: 'week', key: 'week' }, { field: 'category' }],
  measures: ['tickets'],
  filter: { inLast: [{ var: 'createdAt' }, 6, 'week'] },
  chart: { type: 'bar' },
};
const ticket = fc.record({
  instance_id: fc.uuid(),
  category: fc.constantFrom('water', 'power', null),
  created_at: fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: NOW.getTime() }),
});

describe('drill-down (property)', () => {
  it('should drill every cell down to as many tickets as it counts', () => {
    fc.assert(
      fc.property(fc.array(ticket, { maxLength: 30 }), (tickets) => {
        // given tickets counted per week (in Shanghai) and category
        const tables = { ticket: tickets };
        const planned = planReport(REPORT, TICKETS, {}, { all: true }, ENV);
        if (!planned.ok) throw new Error('not planned');
        // when each cell of the result is drilled into
        for (const cell of runPlan(planned.planned.plan, tables)) {
          const drill = planDrillDown(REPORT, TICKETS, {}, cell, { all: true }, ENV, { offset: 0, limit: 1000 });
          if (!drill.ok) throw new Error(JSON.stringify(drill.problems));
          // then the drill-down lists exactly the cell's tickets
          expect(runPlan(drill.planned.countPlan, tables)).toHaveLength(Number(cell.tickets));
        }
      }),
      { numRuns: 80 },
    );
  });
});
