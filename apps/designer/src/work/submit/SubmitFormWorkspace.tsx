import { useApolloClient } from '@apollo/client/react';
import type { FormDefinition } from '@anxin/form-engine';
import type { JsonObject } from '@anxin/rules';
import { App, Button, Result } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toApiError } from '../../api/to-api-error';
import type { Me } from '../../auth/auth.operations';
import { FormRenderer } from '../../forms/FormRenderer';
import type { FormHostData } from '../../forms/useFormDataSources';
import { usePlacedFormModel } from '../../forms/usePlacedFormModel';
import { useLocale } from '../../i18n/useLocale';
import { newRequestId } from '../task/new-request-id';
import { SUBMIT_FORM, type Submission } from './submit-form.operations';

interface Props {
  form: FormDefinition;
  me: Me;
  host: FormHostData;
  prefilled: JsonObject;
}

/** Fills in and submits a form; the answer's ticket number links to the ticket. */
export function SubmitFormWorkspace({ form, me, host, prefilled }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const locale = useLocale();
  const model = usePlacedFormModel({ form, initial: prefilled, me, host, locale });
  const fixed = useMemo(() => new Set(Object.keys(prefilled)), [prefilled]);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Submission | null>(null);

  const submit = async () => {
    const checked = model.validate();
    if (!checked.ok) {
      void message.error(t('error.validationFailed'));
      return;
    }
    setBusy(true);
    try {
      const { data } = await client.mutate({
        mutation: SUBMIT_FORM,
        variables: { input: { formKey: form.key, data: checked.value, requestId: newRequestId() } },
      });
      if (data) setDone(data.submitForm);
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'VALIDATION_FAILED') {
        model.showServerProblems(apiError.problems);
        void message.error(t('error.validationFailed'));
      }
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <Result
        status="success"
        data-testid="submitted"
        title={done.ticketNumber ? t('submit.done', { number: done.ticketNumber }) : t('submit.doneNoTicket')}
        extra={[
          done.ticketNumber && (
            <Link key="ticket" to={`/tickets/${done.ticketNumber}`}>
              <Button type="primary" data-testid="view-ticket">
                {t('submit.viewTicket')}
              </Button>
            </Link>
          ),
          <Button key="again" onClick={() => setDone(null)}>
            {t('submit.again')}
          </Button>,
        ]}
      />
    );
  }
  return (
    <>
      <FormRenderer form={form} model={model} locale={locale} fixed={fixed} />
      <div className="anxin-action-bar">
        <Button
          type="primary"
          size="large"
          block
          loading={busy}
          onClick={() => void submit()}
          data-testid="submit-form"
        >
          {t('submit.submit')}
        </Button>
      </div>
    </>
  );
}
