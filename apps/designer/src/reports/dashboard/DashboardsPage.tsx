import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, List, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessageKey } from '../../api/error-message-key';
import { toApiError } from '../../api/to-api-error';
import { inLanguage } from '../chart/result-in-language';
import { DASHBOARDS } from '../reports.operations';

/** 数据看板: the deployed dashboards (`dashboards`), each opening `/dashboards/:key`. */
export function DashboardsPage() {
  const { t, i18n } = useTranslation();
  const { data, error, loading } = useQuery(DASHBOARDS, { fetchPolicy: 'cache-and-network' });
  if (error) return <Alert type="error" showIcon message={t(errorMessageKey(toApiError(error)))} />;
  if (!data && loading) return <Skeleton active />;
  const dashboards = data?.dashboards ?? [];
  return (
    <Card title={t('dashboards.title')} data-testid="dashboards-page">
      {dashboards.length === 0 ? (
        <Empty description={t('dashboards.empty')} />
      ) : (
        <List
          dataSource={dashboards}
          renderItem={(dashboard) => (
            <List.Item data-dashboard={dashboard.key}>
              <List.Item.Meta
                title={<Link to={`/dashboards/${encodeURIComponent(dashboard.key)}`}>{inLanguage(dashboard.name, dashboard.nameEn, i18n.language)}</Link>}
                description={dashboard.description && <Typography.Text type="secondary">{dashboard.description}</Typography.Text>}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
