import { useQuery } from '@apollo/client/react';
import type { FormDefinition } from '@anxin/form-engine';
import { Alert, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { toApiError } from '../../api/to-api-error';
import { parseForm } from '../../forms/parse-form';
import { FLOW_CALENDARS, FLOW_FORMS, FLOW_LOOKUPS, PROCESS_DEFINITION } from './flow.operations';
import { FlowWorkspace } from './FlowWorkspace';
import { newProcessXml } from './modeler/new-process-xml';
import type { FlowPanelContext } from './properties/flow-panel-context';

/** What the list page hands over when it opens a flow that is not deployed: a new one or an imported file. */
export interface FlowDraftState {
  xml?: string;
  name?: string;
}

/** An ASSIGNMENT definition's `name`, if its content has one. */
function strategyName(content: string): string | undefined {
  try {
    const name = (JSON.parse(content) as { name?: unknown }).name;
    return typeof name === 'string' && name !== '' ? name : undefined;
  } catch {
    return undefined;
  }
}

/** `/design/flows/:key`: the latest deployed version of a process (or a draft) in the modeler. */
export function FlowDesignerPage() {
  const { t } = useTranslation();
  const { key = '' } = useParams();
  const draft = (useLocation().state ?? {}) as FlowDraftState;
  const deployed = useQuery(PROCESS_DEFINITION, {
    variables: { key },
    fetchPolicy: 'network-only',
    context: { quiet: true },
  });
  const forms = useQuery(FLOW_FORMS);
  const calendars = useQuery(FLOW_CALENDARS);
  const lookups = useQuery(FLOW_LOOKUPS);
  const notDeployed = deployed.error && toApiError(deployed.error).code === 'NOT_FOUND';

  const context = useMemo<FlowPanelContext | null>(() => {
    if (!forms.data || !calendars.data || !lookups.data) return null;
    return {
      processKey: key,
      forms: forms.data.definitions.flatMap((row): FormDefinition[] => {
        const form = parseForm(row.content);
        return form ? [form] : [];
      }),
      calendars: calendars.data.definitions.map((row) => row.key),
      assignments: lookups.data.assignments.map((row) => ({
        key: row.key,
        name: strategyName(row.content) ?? row.key,
      })),
      dictionaries: lookups.data.dictionaries.map((row) => row.key),
    };
  }, [key, forms.data, calendars.data, lookups.data]);

  const failure =
    (deployed.error && !notDeployed ? deployed.error : undefined) ?? forms.error ?? calendars.error ?? lookups.error;
  if (failure)
    return <Alert type="error" showIcon message={t('flow.loadFailed', { message: toApiError(failure).message })} />;
  if (!context || (deployed.loading && !deployed.data)) return <Skeleton active />;
  const xml = draft.xml ?? deployed.data?.definition.content ?? newProcessXml(key, draft.name ?? key);
  return (
    <FlowWorkspace processKey={key} initialXml={xml} deployed={deployed.data?.definition ?? null} context={context} />
  );
}
