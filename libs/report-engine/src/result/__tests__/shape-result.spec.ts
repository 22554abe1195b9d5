import type { LabelLookup, ReportDefinition } from '../../index';
import { localize, planReport, shapeResult } from '../../index';
import { BY_STATUS, MONTHLY, TICKETS } from '../../__tests__/ticket-dataset.fixture';

const ENV = { now: new Date('2026-03-15T10:30:00Z'), rowCap: 2 };
const LABELS: LabelLookup = {
  dictionaryLabel: (d, code) => (d === 'repair-category' && code === 'water' ? '给排水' : undefined),
};

function plannedOf(report: ReportDefinition) {
  const result = planReport(report, TICKETS, {}, { all: true }, ENV);
  if (!result.ok) throw new Error('not planned');
  return result.planned;
}

describe('shapeResult', () => {
  it('should cut to the row cap, make numbers of numeric text, round and label dictionary codes', () => {
    // given the monthly report and three rows as the driver returns them (bigint and numeric as text)
    const rows = [
      { month: '2026-01-01', category: 'water', tickets: '12', closedShare: '0.41666666' },
      { month: '2026-02-01', category: 'power', tickets: '3', closedShare: '1' },
      { month: '2026-03-01', category: null, tickets: '1', closedShare: null },
    ];
    // when shaped in English with a row cap of 2 and 3 rows in all
    const shaped = shapeResult(plannedOf(MONTHLY), rows, { labels: LABELS, locale: 'en', total: 3 });
    // then two rows are kept, flagged as cut
    expect(shaped.rows).toEqual([
      { month: '2026-01-01', category: 'water', category__label: '给排水', tickets: 12, closedShare: 0.417 },
      { month: '2026-02-01', category: 'power', category__label: 'power', tickets: 3, closedShare: 1 },
    ]);
    expect([shaped.total, shaped.truncated, shaped.fromRollup, shaped.chart]).toEqual([3, true, false, 'bar']);
    // and the columns carry localized labels
    expect(shaped.columns).toEqual([
      { key: 'month', label: '创建时间', type: 'date', role: 'dimension' },
      { key: 'category', label: 'Category', type: 'text', role: 'dimension', labelKey: 'category__label' },
      { key: 'tickets', label: 'Tickets', type: 'integer', role: 'measure', format: 'integer', decimals: 0 },
      { key: 'closedShare', label: '关闭率', type: 'number', role: 'measure', format: 'percent', decimals: 1 },
    ]);
  });

  it('should build the pivot matrix of row tuples by sorted column tuples', () => {
    // given categories by status
    const report = BY_STATUS;
    const rows = [
      { category: 'water', status: 'open', tickets: 2 },
      { category: 'water', status: 'closed', tickets: 5 },
      { category: 'power', status: 'open', tickets: 1 },
    ];
    // when shaped under a large cap
    const planned = { ...plannedOf(report), rowCap: 100 };
    const shaped = shapeResult(planned, rows, { labels: LABELS, locale: 'zh-CN' });
    // then lines follow the rows and columns are sorted
    //            closed  open
    //   water       5      2
    //   power       -      1
    expect(shaped.pivot).toEqual({
      rowKeys: ['category'],
      columnKeys: ['status'],
      measureKeys: ['tickets'],
      rowValues: [['water'], ['power']],
      columnValues: [['closed'], ['open']],
      cells: [
        [5, 2],
        [null, 1],
      ],
    });
  });

  it('should localize a label, falling back to Chinese', () => {
    // given labels in one and two languages
    // when localized
    // then English falls back to Chinese
    expect([
      localize({ 'zh-CN': '工单', en: 'Tickets' }, 'en'),
      localize('工单', 'en'),
      localize({ 'zh-CN': '工单' }, 'en'),
    ]).toEqual(['Tickets', '工单', '工单']);
  });
});
