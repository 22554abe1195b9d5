import type { FormDefinition } from '@anxin/form-engine';
import type { JsonObject } from '@anxin/rules';
import { App, Empty } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../../auth/auth.operations';
import { FormRenderer } from '../../forms/FormRenderer';
import { EMPTY_FORM } from '../../forms/parse-form';
import type { FormHostData } from '../../forms/useFormDataSources';
import { usePlacedFormModel } from '../../forms/usePlacedFormModel';
import { useLocale } from '../../i18n/useLocale';
import type { ActionInput } from './action-input.type';
import { ActionBar } from './ActionBar';
import { ACTIONS_WITH_DIALOG, ActionDialog } from './ActionDialog';
import { availableActions, type TaskAction } from './available-actions';
import type { TaskFacts } from './derive-task-facts';
import type { TaskDetail } from './task.operations';
import { useTaskCommands } from './useTaskCommands';

const WITH_DATA: ReadonlySet<TaskAction> = new Set(['complete', 'approve', 'resolve']);
const STAYS: ReadonlySet<TaskAction> = new Set(['claim', 'cc', 'urge', 'addSigners', 'removeSigner']);

interface Props {
  task: TaskDetail;
  form: FormDefinition | undefined;
  me: Me;
  host: FormHostData;
  facts: TaskFacts;
}

/** The task's form and its buttons: validation in the browser first, the server's problems on the fields after. */
export function TaskWorkspace({ task, form, me, host, facts }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const locale = useLocale();
  const values = task.values as JsonObject;
  const model = usePlacedFormModel({ form: form ?? EMPTY_FORM, initial: values, me, host, locale, previous: values });
  const { run, busy } = useTaskCommands(task.id);
  const [dialog, setDialog] = useState<TaskAction | null>(null);
  const editable = task.assignee?.id === me.id && (task.status === 'open' || task.status === 'delegated');

  const actions = availableActions({
    task,
    meId: me.id,
    approval: facts.approval,
    canReturn: facts.returnTargets.length > 0,
    canRemoveSigner: facts.signers.length > 0,
  });

  const execute = async (action: TaskAction, input: ActionInput) => {
    let data: JsonObject | undefined;
    if (WITH_DATA.has(action) && form) {
      const checked = model.validate();
      if (!checked.ok) {
        setDialog(null);
        void message.error(t('error.validationFailed'));
        return;
      }
      data = checked.value;
    }
    const outcome = await run(action, { ...input, ...(data ? { data } : {}) });
    setDialog(null);
    if (!outcome.ok) {
      if (outcome.error.code === 'VALIDATION_FAILED') {
        model.showServerProblems(outcome.error.problems);
        void message.error(t('error.validationFailed'));
      }
      return;
    }
    void message.success(t('action.done', { action: t(`action.${action}`) }));
    if (!STAYS.has(action)) await navigate('/inbox');
  };

  const onAction = (action: TaskAction) => {
    if (ACTIONS_WITH_DIALOG.has(action)) setDialog(action);
    else void execute(action, {});
  };

  return (
    <>
      {form ? (
        <FormRenderer form={form} model={model} locale={locale} readOnly={!editable} />
      ) : (
        <Empty description={t('task.noForm')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      <ActionBar actions={actions} busy={busy} onAction={onAction} />
      <ActionDialog
        action={dialog}
        busy={busy !== null}
        signers={facts.signers}
        returnTargets={facts.returnTargets}
        onCancel={() => setDialog(null)}
        onSubmit={(input) => void execute(dialog!, input)}
      />
    </>
  );
}
