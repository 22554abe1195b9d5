import { lazy, Suspense, useMemo } from 'react';
import { Empty, Spin, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportResult } from '../reports.operations';
import { chartStyleOf } from './chart-kind';
import { chartOptionOf } from './chart-option';
import { formatMeasure } from './format-measure';
import { chartModelOf, type DrillCell, drillCellOf } from './report-chart-model';
import { ReportTable } from './ReportTable';
import { resultInLanguage } from './result-in-language';

// ECharts is loaded when the first chart shows, not with the page.
const EChart = lazy(() => import('./EChart').then((module) => ({ default: module.EChart })));

interface ReportViewProps {
  result: ReportResult;
  /** Called with the clicked cell (a bar, slice, table row or the number). */
  onDrill?: (cell: DrillCell) => void;
  height?: number | string;
  testId?: string;
}

/** A report result drawn as its chart hint says (a chart, a table, or a number), labelled in the UI's language. */
export function ReportView({ result: given, onDrill, height = 300, testId }: ReportViewProps) {
  const { t, i18n } = useTranslation();
  const result = useMemo(() => resultInLanguage(given, i18n.language), [given, i18n.language]);
  const style = chartStyleOf(result.chart);
  const model = useMemo(() => chartModelOf(result, { empty: t('chart.empty') }), [result, t]);
  const option = useMemo(() => chartOptionOf(model, style), [model, style]);

  if (result.rows.length === 0) return <Empty description={t('dashboard.noRows')} data-testid={testId} />;
  if (style.kind === 'table') return <ReportTable result={result} onDrill={onDrill} testId={testId} />;
  if (style.kind === 'number') {
    const measure = result.columns.find((c) => c.role === 'measure');
    const first = result.rows[0] ?? {};
    return (
      <div
        data-testid={testId}
        onClick={onDrill ? () => onDrill(drillCellOf(model, { dataIndex: 0 }) ?? {}) : undefined}
        style={{ cursor: onDrill ? 'pointer' : undefined }}
      >
        <Statistic
          title={measure?.label}
          value={measure ? formatMeasure(first[measure.key], measure.format, i18n.language) : ''}
        />
      </div>
    );
  }
  const categoryAxis = style.kind === 'pie' ? undefined : style.kind === 'horizontalBar' ? 'y' : 'x';
  return (
    <Suspense fallback={<Spin />}>
      <EChart
        option={option}
        height={height}
        categoryAxis={categoryAxis}
        testId={testId}
        onPointClick={
          onDrill
            ? (point) => {
                const cell = drillCellOf(model, point);
                if (cell) onDrill(cell);
              }
            : undefined
        }
      />
    </Suspense>
  );
}
