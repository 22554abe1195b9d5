import { Alert, Button, Card, Descriptions, Spin, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useHealth } from './useHealth';

function StatusTag({ value }: { value: string }) {
  const { t } = useTranslation();
  const ok = value === 'ok';
  return (
    <Tag color={ok ? 'success' : 'error'} data-status={value}>
      {ok ? t('status.ok') : t('status.unavailable')}
    </Tag>
  );
}

/** Shows the API's `health` query: server, database, version, installation. */
export function StatusPage() {
  const { t, i18n } = useTranslation();
  const { state, refresh } = useHealth();
  return (
    <Card
      title={t('status.title')}
      extra={
        <Button onClick={refresh} data-testid="refresh">
          {t('status.refresh')}
        </Button>
      }
    >
      {state.kind === 'loading' && <Spin tip={t('status.loading')}>{t('status.loading')}</Spin>}
      {state.kind === 'failed' && (
        <Alert type="error" showIcon message={t('status.error', { message: state.message })} />
      )}
      {state.kind === 'loaded' && (
        <Descriptions column={1} bordered size="small" data-testid="health">
          <Descriptions.Item label={t('status.server')}>
            <StatusTag value={state.health.status} />
          </Descriptions.Item>
          <Descriptions.Item label={t('status.database')}>
            <StatusTag value={state.health.database} />
          </Descriptions.Item>
          <Descriptions.Item label={t('status.version')}>{state.health.version}</Descriptions.Item>
          <Descriptions.Item label={t('status.installation')}>{state.health.installationId}</Descriptions.Item>
          <Descriptions.Item label={t('status.installedAt')}>
            {new Date(state.health.installedAt).toLocaleString(i18n.language)}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
