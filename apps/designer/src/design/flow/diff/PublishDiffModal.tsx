import { Alert, Modal, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ElementChange } from './bpmn-diff';

const COLORS: Readonly<Record<ElementChange['change'], string>> = { added: 'green', removed: 'red', changed: 'blue' };

/** 发布前的差异: what changes against the deployed version (null: nothing deployed yet), then publish. */
export function PublishDiffModal(props: {
  processKey: string;
  open: boolean;
  changes: readonly ElementChange[] | null;
  publishing: boolean;
  onPublish: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open={props.open}
      width={880}
      title={t('flow.publishTitle', { key: props.processKey })}
      okText={t('flow.publishConfirm')}
      okButtonProps={{ 'data-testid': 'publish-confirm' }}
      confirmLoading={props.publishing}
      onOk={props.onPublish}
      onCancel={props.onCancel}
    >
      <div data-testid="publish-diff">
        {props.changes === null && <Alert type="info" showIcon message={t('flow.firstVersion')} />}
        {props.changes?.length === 0 && <Alert type="info" showIcon message={t('flow.noChanges')} />}
        {props.changes && props.changes.length > 0 && (
          <Table
            size="small"
            pagination={false}
            rowKey={(change) => `${change.change}-${change.id}`}
            dataSource={[...props.changes]}
            onRow={(change) => ({ 'data-element-id': change.id }) as object}
            columns={[
              {
                width: 80,
                render: (_, change) => <Tag color={COLORS[change.change]}>{t(`diff.${change.change}`)}</Tag>,
              },
              {
                width: 200,
                render: (_, change) => (
                  <>
                    {change.name && <div>{change.name}</div>}
                    <Typography.Text code>{change.id}</Typography.Text>{' '}
                    <Typography.Text type="secondary">{change.type.replace(/^bpmn:/, '')}</Typography.Text>
                  </>
                ),
              },
              {
                render: (_, change) =>
                  change.properties.map((property) => (
                    <div key={property.path} data-path={property.path}>
                      <Typography.Text strong>{property.path}</Typography.Text>:{' '}
                      <Typography.Text delete type="secondary" title={t('diff.before')}>
                        {property.before ?? '—'}
                      </Typography.Text>{' '}
                      → <Typography.Text title={t('diff.after')}>{property.after ?? '—'}</Typography.Text>
                    </div>
                  )),
              },
            ]}
          />
        )}
      </div>
    </Modal>
  );
}
