import { hasFormErrors, type FormDefinition, type FormProblem } from '@anxin/form-engine';
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../auth/auth.operations';
import { FormRenderer } from '../../../forms/FormRenderer';
import { useFormContext } from '../../../forms/useFormContext';
import type { FormHostData } from '../../../forms/useFormDataSources';
import { useFormModel } from '../../../forms/useFormModel';
import { useLocale } from '../../../i18n/useLocale';

interface Props {
  form: FormDefinition;
  /** checkForm's problems of the draft: with errors, the engine evaluates nothing. */
  problems: readonly FormProblem[];
  me: Me | undefined;
  host: FormHostData;
}

function PreviewBody({ form, me, host }: Omit<Props, 'problems'>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const context = useFormContext(me, host);
  const model = useFormModel(form, {}, context, locale);
  const [checked, setChecked] = useState<boolean | undefined>();
  return (
    <>
      <FormRenderer form={form} model={model} locale={locale} />
      <Space>
        <Button data-testid="preview-check" onClick={() => setChecked(model.validate().ok)}>
          {t('formDesigner.previewCheck')}
        </Button>
        {checked === true && <Alert type="success" showIcon message={t('formDesigner.previewOk')} />}
      </Space>
    </>
  );
}

/**
 * The draft as the work pages render it (the same FormRenderer and form engine): rules run as the user fills the
 * preview in, and 校验 runs validateSubmission as the server will.
 */
export function FormPreview({ form, problems, me, host }: Props) {
  const { t } = useTranslation();
  const [generation, setGeneration] = useState(0);
  if (hasFormErrors(problems)) {
    return <Alert type="warning" showIcon data-testid="preview-invalid" message={t('formDesigner.previewInvalid')} />;
  }
  return (
    <div data-testid="form-preview">
      <Button size="small" type="link" onClick={() => setGeneration((n) => n + 1)}>
        {t('formDesigner.previewReset')}
      </Button>
      <PreviewBody key={generation} form={form} me={me} host={host} />
    </div>
  );
}
