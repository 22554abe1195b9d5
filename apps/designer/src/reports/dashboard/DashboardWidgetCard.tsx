import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../chart/result-in-language';
import { ReportView } from '../chart/ReportView';
import type { DrillCell } from '../chart/report-chart-model';
import type { DashboardWidget } from '../reports.operations';

/** Pixels per grid row of the dashboard format ("rows of about 40 px"). */
export const ROW_HEIGHT = 40;
/** What the card's header and padding take from the widget's height. */
const CHROME = 72;

interface DashboardWidgetCardProps {
  widget: DashboardWidget;
  onDrill: (cell: DrillCell) => void;
  onExport: () => void;
  exporting: boolean;
}

/** One widget: its report drawn (click → drill-down) with an Excel export, or the error that report gave. */
export function DashboardWidgetCard({ widget, onDrill, onExport, exporting }: DashboardWidgetCardProps) {
  const { t, i18n } = useTranslation();
  const { report, error } = widget;
  const height = Math.max(widget.layout.h * ROW_HEIGHT - CHROME, 120);
  return (
    <Card
      size="small"
      title={inLanguage(widget.title, widget.titleEn, i18n.language)}
      data-testid={`widget-${widget.key}`}
      data-report={widget.reportKey}
      style={{ height: '100%' }}
      extra={
        report && (
          <Tooltip title={t('dashboard.export')}>
            <Button
              size="small"
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={onExport}
              aria-label={t('dashboard.export')}
              data-testid={`export-${widget.key}`}
            />
          </Tooltip>
        )
      }
    >
      {error && (
        <Alert
          type="error"
          showIcon
          message={t('dashboard.widgetError', { message: error.message })}
          description={error.code}
        />
      )}
      {report && (
        <>
          <ReportView result={report} onDrill={onDrill} height={height} testId={`chart-${widget.key}`} />
          {report.truncated && (
            <Typography.Text type="secondary">
              {t('dashboard.truncated', { rows: report.rows.length, total: report.total })}
            </Typography.Text>
          )}
        </>
      )}
    </Card>
  );
}
