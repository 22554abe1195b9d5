import { useQuery } from '@apollo/client/react';
import type { FormDefinition } from '@anxin/form-engine';
import { Alert, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { errorMessageKey } from '../../api/error-message-key';
import { toApiError } from '../../api/to-api-error';
import { useMe } from '../../auth/useMe';
import { parseForm } from '../../forms/parse-form';
import { useFormDataSources } from '../../forms/useFormDataSources';
import { DESIGN_FORM } from './form-designer.operations';
import { FormDesignerWorkspace } from './FormDesignerWorkspace';

/** What the list page's 新建表单 passes: the new form's title. */
export interface NewFormState {
  title?: FormDefinition['title'];
}

/**
 * 表单设计 of one form: the latest published version, or a blank form for a key never published (新建表单). The
 * page waits for dictionaries and pickers so that the preview and the rule builder have their options.
 */
export function FormDesignerPage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const location = useLocation();
  const me = useMe();
  const { data, error, loading } = useQuery(DESIGN_FORM, { variables: { key }, context: { quiet: true } });
  const apiError = error ? toApiError(error) : undefined;
  const isNew = apiError?.code === 'NOT_FOUND';
  const deployedForm = useMemo(() => parseForm(data?.definition.content), [data]);
  const initial = useMemo((): FormDefinition | undefined => {
    if (deployedForm) return deployedForm;
    if (!isNew) return undefined;
    const state = (location.state ?? {}) as NewFormState;
    return { key, title: state.title ?? key, fields: [] };
  }, [deployedForm, isNew, key, location.state]);
  const host = useFormDataSources(initial, true);

  if (apiError && !isNew) return <Alert type="error" showIcon message={t(errorMessageKey(apiError))} />;
  if (!initial || (loading && !data) || host.loading) return <Skeleton active />;
  return (
    <FormDesignerWorkspace
      // A newly published version is the base of the next diff, the draft stays as it is.
      key={key}
      initial={initial}
      deployed={deployedForm && data ? { form: deployedForm, version: data.definition.version } : undefined}
      me={me}
      host={host}
    />
  );
}
