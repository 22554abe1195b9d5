import { useQuery } from '@apollo/client/react';
import { Alert, Skeleton, Space, Spin, Typography } from 'antd';
import { type CSSProperties, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessageKey } from '../../api/error-message-key';
import { toApiError } from '../../api/to-api-error';
import { inLanguage } from '../chart/result-in-language';
import { ParameterBar } from '../params/ParameterBar';
import { initialValues, type ParameterValues, paramsForWidget } from '../params/parameter-values';
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

/**
 * 数据看板: the dashboard's parameters above, then every widget of `dashboard(key, params)` where its layout puts it;
 * a changed parameter re-runs the widgets; a click drills down and each exports to Excel, both with the parameters.
 */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { key = '' } = useParams();
  // Undefined until the dashboard's parameters are known: then their defaults, then what the viewer sets.
  const [values, setValues] = useState<ParameterValues | undefined>();
  const { data, previousData, error, loading } = useQuery(DASHBOARD, {
    variables: { key, params: values },
    fetchPolicy: 'cache-and-network',
  });
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const { exportReport, exporting } = useExportReport();
  const dashboard = (data ?? previousData)?.dashboard;

  useEffect(() => {
    if (dashboard && values === undefined) setValues(initialValues(dashboard.parameters ?? []));
  }, [dashboard, values]);

  if (error) return <Alert type="error" showIcon message={t(errorMessageKey(toApiError(error)))} />;
  if (!dashboard && loading) return <Skeleton active />;
  if (!dashboard) return null;
  const shared = values ?? {};
  // Widgets in reading order, so the stacked phone layout follows the grid's.
  const widgets = [...dashboard.widgets].sort((a, b) => a.layout.y - b.layout.y || a.layout.x - b.layout.x);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="dashboard-page">
      <div>
        <Typography.Title level={3} style={{ marginBottom: 0 }} data-testid="dashboard-name">
          {inLanguage(dashboard.name, dashboard.nameEn, i18n.language)}
        </Typography.Title>
        <Typography.Text type="secondary">{t('dashboard.clickHint')}</Typography.Text>
      </div>
      <Spin spinning={loading}>
        <ParameterBar
          parameters={dashboard.parameters ?? []}
          values={shared}
          onChange={setValues}
          source={{ kind: 'dashboard', key: dashboard.key }}
          testId="dashboard-params"
        />
      </Spin>
      <div className="anxin-dashboard-grid">
        {widgets.map((widget) => (
          <div key={widget.key} className="anxin-dashboard-cell" style={cellStyle(widget)}>
            <DashboardWidgetCard
              widget={widget}
              exporting={exporting === widget.reportKey}
              onExport={() => void exportReport(widget.reportKey, paramsForWidget(shared, widget.params))}
              onDrill={(cell) =>
                setDrill({
                  reportKey: widget.reportKey,
                  title: inLanguage(widget.title, widget.titleEn, i18n.language),
                  cell,
                  params: paramsForWidget(shared, widget.params),
                })
              }
            />
          </div>
        ))}
      </div>
      <DrillDownDrawer target={drill} onClose={() => setDrill(null)} />
    </Space>
  );
}
