import { useQuery } from '@apollo/client/react';
import { textIn } from '@anxin/form-engine';
import { Alert, Card, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { errorMessageKey } from '../../api/error-message-key';
import { toApiError } from '../../api/to-api-error';
import { useMe } from '../../auth/useMe';
import { FORM_DEFINITION } from '../../forms/form-data.operations';
import { parseForm } from '../../forms/parse-form';
import { useFormDataSources } from '../../forms/useFormDataSources';
import { useLocale } from '../../i18n/useLocale';
import { linkValues } from './link-values';
import { SubmitFormWorkspace } from './SubmitFormWorkspace';

/**
 * 提交表单 (报修): the latest version of a form, filled in and sent with `submitForm`. Values in the link's query
 * (`?projectId=…&buildingId=…&unitId=…`, what a repair QR code carries) fill their fields and are not edited.
 */
export function SubmitFormPage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const [search] = useSearchParams();
  const locale = useLocale();
  const me = useMe();
  const { data, error, loading } = useQuery(FORM_DEFINITION, { variables: { key } });
  const form = useMemo(() => parseForm(data?.definition.content), [data]);
  const staff = me ? me.roles.some((role) => role !== 'OWNER') : false;
  const host = useFormDataSources(form, staff);
  const prefilled = useMemo(() => (form ? linkValues(form, search) : {}), [form, search]);

  if (error) return <Alert type="error" showIcon message={t(errorMessageKey(toApiError(error)))} />;
  if (!form || !me || loading || host.loading) return <Skeleton active />;
  return (
    <Card title={textIn(form.title, locale)} size="small">
      <SubmitFormWorkspace form={form} me={me} host={host} prefilled={prefilled} />
    </Card>
  );
}
