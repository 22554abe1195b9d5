import { useQuery } from '@apollo/client/react';
import { Alert, Skeleton, Space, Typography } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessageKey } from '../../api/error-message-key';
import { toApiError } from '../../api/to-api-error';
import { DASHBOARD, type DashboardWidget } from '../reports.operations';
import { DashboardWidgetCard, ROW_HEIGHT } from './DashboardWidgetCard';
import { DrillDownDrawer, type DrillTarget } from './DrillDownDrawer';
import { useExportReport } from './useExportReport';
import './dashboard-grid.css';

/** Where the definition puts a widget on the 24-column grid. */
function cellStyle(widget: DashboardWidget): CSSProperties {
  const { x, y, w, h } = widget.layout;
  return {
    gridColumn: `${x + 1} / span ${w}`,
    gridRow: `${y + 1} / span ${h}`,
    ['--anxin-widget-height' as string]: `${h * ROW_HEIGHT}px`,
  };
}

/** 数据看板: every widget of `dashboard(key)` where its layout puts it; a click drills down, each exports to Excel. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const { data, error, loading } = useQuery(DASHBOARD, { variables: { key }, fetchPolicy: 'cache-and-network' });
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const { exportReport, exporting } = useExportReport();

  if (error) return <Alert type="error" showIcon message={t(errorMessageKey(toApiError(error)))} />;
  if (!data && loading) return <Skeleton active />;
  const dashboard = data?.dashboard;
  if (!dashboard) return null;
  // Widgets in reading order, so the stacked phone layout follows the grid's.
  const widgets = [...dashboard.widgets].sort((a, b) => a.layout.y - b.layout.y || a.layout.x - b.layout.x);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="dashboard-page">
      <div>
        <Typography.Title level={3} style={{ marginBottom: 0 }} data-testid="dashboard-name">
          {dashboard.name}
        </Typography.Title>
        <Typography.Text type="secondary">{t('dashboard.clickHint')}</Typography.Text>
      </div>
      <div className="anxin-dashboard-grid">
        {widgets.map((widget) => (
          <div key={widget.key} className="anxin-dashboard-cell" style={cellStyle(widget)}>
            <DashboardWidgetCard
              widget={widget}
              exporting={exporting === widget.reportKey}
              onExport={() => void exportReport(widget.reportKey)}
              onDrill={(cell) => setDrill({ reportKey: widget.reportKey, title: widget.title, cell })}
            />
          </div>
        ))}
      </div>
      <DrillDownDrawer target={drill} onClose={() => setDrill(null)} />
    </Space>
  );
}
