import type { ReportColumn } from '@anxin/report-engine';
import { referenceLine, SUMMARY_ROWS, sectionText, summaryBody } from '../schedules/report-summary-text.util';

const COLUMNS: ReportColumn[] = [
  { key: 'project', label: '项目', type: 'id', role: 'dimension', labelKey: 'project__label' },
  { key: 'category', label: '类别', type: 'text', role: 'dimension' },
  { key: 'tickets', label: '工单数', type: 'integer', role: 'measure', format: 'integer', decimals: 0 },
  { key: 'closedShare', label: '关闭率', type: 'number', role: 'measure', format: 'percent', decimals: 1 },
];
const row = (n: number) => ({ project: `p${n}`, project__label: `项目${n}`, category: 'leak', tickets: n, closedShare: 0.41666 });

describe('scheduled summary text', () => {
  it('should show the top rows with dimension labels and formatted measures, and how many more there are', () => {
    // Given a result of 8 rows (total 8)
    const rows = Array.from({ length: 8 }, (_, i) => row(i + 1));
    // When its section is rendered
    const text = sectionText({ title: '每周工单', columns: COLUMNS, rows, total: 8 });
    // Then the title, the first rows as lines and the rest as a count
    const lines = text.split('\n');
    expect(lines[0]).toBe('【每周工单】');
    expect(lines[1]).toBe('· 项目1 / leak：工单数 1，关闭率 41.7%');
    expect(lines).toHaveLength(1 + SUMMARY_ROWS + 1);
    expect(lines.at(-1)).toBe('……另有 3 行');
  });

  it('should say when there are no rows, or when a widget failed', () => {
    // When an empty section and a failed one are rendered with the period
    const body = summaryBody({
      period: '2026-11-23 08:00',
      sections: [
        { title: '空', columns: COLUMNS, rows: [], total: 0 },
        { title: '坏', columns: [], rows: [], total: 0, error: '报表已失效' },
      ],
    });
    // Then both say so under the period line
    expect(body).toBe('统计时间：2026-11-23 08:00\n【空】\n· （无数据）\n【坏】\n· （出错：报表已失效）');
  });

  it('should end with a reference to open the report, with its parameters and project', () => {
    // When the reference of a report run for one project, and of a dashboard without parameters, is rendered
    const report = referenceLine({ kind: 'report', key: 'weekly', params: { statuses: ['open'] }, projectId: 'p1' });
    const dashboard = referenceLine({ kind: 'dashboard', key: 'executive', params: {} });
    // Then they name the kind, the key and what it ran with
    expect(report).toBe('查看：报表 weekly，参数 {"statuses":["open"],"project":"p1"}');
    expect(dashboard).toBe('查看：看板 executive');
  });
});
