import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { textIn } from '@anxin/form-engine';
import { Button, Card, Form, Input, List, Modal, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { parseForm } from '../../forms/parse-form';
import { useLocale } from '../../i18n/useLocale';
import { DESIGN_FORMS } from './form-designer.operations';
import type { NewFormState } from './FormDesignerPage';

// Definition keys are kebab-case (docs/definitions): the API refuses others.
const FORM_KEY = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** 表单设计: every FORM definition (its latest version) and 新建表单. */
export function FormDesignerListPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const { data, loading } = useQuery(DESIGN_FORMS, { fetchPolicy: 'cache-and-network' });
  const [creating, setCreating] = useState(false);
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const rows = useMemo(
    () =>
      (data?.definitions ?? [])
        .map((row) => ({ ...row, form: parseForm(row.content) }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    [data],
  );
  const keyProblem = !FORM_KEY.test(key)
    ? t('formDesigner.new.keyInvalid')
    : rows.some((row) => row.key === key)
      ? t('formDesigner.new.keyTaken')
      : undefined;

  const create = () => {
    if (keyProblem) return;
    const state: NewFormState = name.trim() ? { title: { 'zh-CN': name.trim() } } : {};
    void navigate(`/design/forms/${key}`, { state });
  };

  if (loading && !data) return <Skeleton active />;
  return (
    <Card
      size="small"
      title={t('formDesigner.list.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="new-form">
          {t('formDesigner.list.new')}
        </Button>
      }
    >
      <List
        data-testid="design-forms"
        locale={{ emptyText: t('formDesigner.list.empty') }}
        dataSource={rows}
        renderItem={(row) => (
          <List.Item
            data-form-key={row.key}
            extra={
              <Link to={`/design/forms/${row.key}`} data-testid={`design-form-${row.key}`}>
                {t('formDesigner.list.open')}
              </Link>
            }
          >
            <List.Item.Meta
              title={<Link to={`/design/forms/${row.key}`}>{row.form ? textIn(row.form.title, locale) : row.key}</Link>}
              description={
                <>
                  <Typography.Text code>{row.key}</Typography.Text>{' '}
                  <Tag>{t('formDesigner.list.version', { version: row.version })}</Tag>
                </>
              }
            />
          </List.Item>
        )}
      />
      <Modal
        open={creating}
        title={t('formDesigner.new.title')}
        okText={t('formDesigner.new.create')}
        okButtonProps={{ disabled: keyProblem !== undefined }}
        onOk={create}
        onCancel={() => setCreating(false)}
      >
        <Form layout="vertical">
          <Form.Item
            label={t('formDesigner.new.key')}
            validateStatus={key && keyProblem ? 'error' : undefined}
            help={key && keyProblem ? keyProblem : t('formDesigner.new.keyHelp')}
          >
            <Input data-testid="new-form-key" value={key} onChange={(event) => setKey(event.target.value.trim())} />
          </Form.Item>
          <Form.Item label={t('formDesigner.new.name')}>
            <Input data-testid="new-form-name" value={name} onChange={(event) => setName(event.target.value)} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
