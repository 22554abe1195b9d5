import { useQuery } from '@apollo/client/react';
import { textIn, type FormDefinition } from '@anxin/form-engine';
import { Card, List, Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { parseForm } from '../../forms/parse-form';
import { useLocale } from '../../i18n/useLocale';
import { START_FORMS } from './submit-form.operations';

/** 发起申请: the deployed forms that start a process; with only one, it opens at once. */
export function FormsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, loading } = useQuery(START_FORMS);
  const forms = useMemo(
    () =>
      (data?.definitions ?? []).flatMap((row): FormDefinition[] => {
        const form = parseForm(row.content);
        return form?.startsProcess ? [form] : [];
      }),
    [data],
  );
  if (loading && !data) return <Skeleton active />;
  if (forms.length === 1) return <Navigate to={`/forms/${forms[0]!.key}`} replace />;
  return (
    <Card title={t('forms.title')} size="small">
      <List
        locale={{ emptyText: t('forms.empty') }}
        dataSource={forms}
        renderItem={(form) => (
          <List.Item>
            <Link to={`/forms/${form.key}`}>
              <Typography.Text strong>{textIn(form.title, locale)}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{textIn(form.description, locale)}</Typography.Text>
            </Link>
          </List.Item>
        )}
      />
    </Card>
  );
}
