import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessageKey } from '../../api/error-message-key';
import { toApiError } from '../../api/to-api-error';
import type { MessageKey } from '../../i18n/messages';
import { inLanguage } from '../chart/result-in-language';
import { REPORTS, type ReportSummary } from '../reports.operations';

/** 报表设计: the deployed reports (`reports`), each opening the builder; 新建报表 starts an empty one. */
export function ReportsListPage() {
  const { t, i18n } = useTranslation();
  const { data, error, loading } = useQuery(REPORTS, { fetchPolicy: 'cache-and-network' });
  if (error) return <Alert type="error" showIcon message={t(errorMessageKey(toApiError(error)))} />;
  return (
    <Card
      title={t('reportList.title')}
      data-testid="reports-list"
      extra={
        <Link to="/design/reports/new">
          <Button type="primary" icon={<PlusOutlined />} data-testid="report-new">
            {t('reportList.new')}
          </Button>
        </Link>
      }
    >
      <Table<ReportSummary>
        size="small"
        rowKey="key"
        loading={loading && !data}
        dataSource={data?.reports ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          {
            key: 'name',
            title: t('reportList.name'),
            render: (_, report) => (
              <Link to={`/design/reports/${encodeURIComponent(report.key)}`} data-report={report.key}>{inLanguage(report.name, report.nameEn, i18n.language)}</Link>
            ),
          },
          { key: 'key', title: t('reportList.key'), dataIndex: 'key' },
          { key: 'dataset', title: t('reportList.dataset'), dataIndex: 'dataset' },
          {
            key: 'chart',
            title: t('reportList.chart'),
            render: (_, report) => t(`chartType.${report.chart}` as MessageKey, { defaultValue: report.chart }),
          },
          { key: 'version', title: t('reportList.version'), dataIndex: 'version', align: 'right' },
        ]}
      />
    </Card>
  );
}
