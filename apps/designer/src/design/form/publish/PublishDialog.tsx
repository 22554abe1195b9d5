import { diffForms, type FieldDiff, type FormDefinition } from '@anxin/form-engine';
import { Alert, List, Modal, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  /** The published version (`undefined`: never published). */
  deployed: FormDefinition | undefined;
  draft: FormDefinition;
  busy: boolean;
  /** The draft has definition errors: the server would refuse it. */
  blocked: boolean;
  onPublish: () => void;
  onCancel: () => void;
}

function FieldList({ title, fields, testId }: { title: string; fields: readonly FieldDiff[]; testId: string }) {
  if (fields.length === 0) return null;
  return (
    <List
      size="small"
      header={<Typography.Text strong>{title}</Typography.Text>}
      dataSource={[...fields]}
      data-testid={testId}
      renderItem={(field) => (
        <List.Item>
          <Typography.Text code>{field.path}</Typography.Text> <Tag>{field.type}</Tag>
          {field.changes.length > 0 && (
            <Typography.Text type="secondary">
              {field.changes.map((change) => change.property).join(', ')}
            </Typography.Text>
          )}
        </List.Item>
      )}
    />
  );
}

/** 发布: what the draft changes against the published version (`diffForms`), breaking changes first and in red. */
export function PublishDialog({ open, deployed, draft, busy, blocked, onPublish, onCancel }: Props) {
  const { t } = useTranslation();
  const diff = useMemo(() => (open && deployed ? diffForms(deployed, draft) : undefined), [open, deployed, draft]);
  const breaking = diff?.breaking ?? [];
  const unchanged =
    diff !== undefined && diff.added.length + diff.removed.length + diff.changed.length + diff.form.length === 0;

  return (
    <Modal
      open={open}
      title={t('formDesigner.publishTitle', { key: draft.key })}
      okText={breaking.length > 0 ? t('formDesigner.publishConfirmBreaking') : t('formDesigner.publishConfirm')}
      okButtonProps={{
        danger: breaking.length > 0,
        disabled: blocked,
        loading: busy,
        ...({ 'data-testid': 'publish-confirm' } as Record<string, string>),
      }}
      onOk={onPublish}
      onCancel={onCancel}
      width={640}
      destroyOnHidden
    >
      <div data-testid="publish-dialog">
        {blocked && (
          <Alert type="error" showIcon message={t('formDesigner.publishBlocked')} style={{ marginBottom: 12 }} />
        )}
        {!deployed && <Alert type="info" showIcon message={t('formDesigner.publishNew')} />}
        {unchanged && <Alert type="info" showIcon message={t('formDesigner.publishNoChange')} />}
        {breaking.length > 0 && (
          <Alert
            type="error"
            showIcon
            data-testid="publish-breaking"
            style={{ marginBottom: 12 }}
            message={t('formDesigner.publishBreaking', { count: breaking.length })}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {breaking.map((change, index) => (
                  <li key={index}>
                    <Typography.Text code>{change.path || '—'}</Typography.Text>{' '}
                    {t(`formDesigner.breaking.${change.code}`, { defaultValue: change.code })}: {change.message}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        {diff && (
          <>
            <FieldList title={t('formDesigner.publishAdded')} fields={diff.added} testId="publish-added" />
            <FieldList title={t('formDesigner.publishRemoved')} fields={diff.removed} testId="publish-removed" />
            <FieldList title={t('formDesigner.publishChanged')} fields={diff.changed} testId="publish-changed" />
            {diff.form.length > 0 && (
              <Typography.Paragraph>
                <Typography.Text strong>{t('formDesigner.publishFormChanged')}: </Typography.Text>
                {diff.form.map((change) => change.property).join(', ')}
              </Typography.Paragraph>
            )}
          </>
        )}
      </div>
    </Modal>
  );
}
