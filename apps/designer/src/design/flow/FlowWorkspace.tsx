import { useApolloClient } from '@apollo/client/react';
import { Alert, App, Button, Space, Tag, Typography, Upload } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { toApiError } from '../../api/to-api-error';
import { diffBpmn, type ElementChange } from './diff/bpmn-diff';
import { PublishDiffModal } from './diff/PublishDiffModal';
import { DEPLOY_PROCESS, type DefinitionProblem, type DeployedDefinition, VALIDATE_PROCESS } from './flow.operations';
import './flow-designer.css';
import { downloadBpmn } from './modeler/new-process-xml';
import { useFlowModeler } from './modeler/useFlowModeler';
import type { FlowPanelContext } from './properties/flow-panel-context';
import { showProblems } from './validation/problem-markers';
import { ProblemList } from './validation/ProblemList';

interface CommandStack {
  undo(): void;
  redo(): void;
}

/** The modeler with its toolbar: undo/redo, validate (markers + list), publish (diff, then deploy), import/export. */
export function FlowWorkspace(props: {
  processKey: string;
  initialXml: string;
  deployed: DeployedDefinition | null;
  context: FlowPanelContext;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [xml, setXml] = useState(props.initialXml);
  const { canvas, panel, modeler, failure } = useFlowModeler(xml, props.context);
  const [deployed, setDeployed] = useState(props.deployed);
  const [problems, setProblems] = useState<DefinitionProblem[] | null>(null);
  const marked = useRef<string[]>([]);
  const [changes, setChanges] = useState<ElementChange[] | null>(null);
  const [diffOpen, setDiffOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const currentXml = async () => (await modeler!.saveXML({ format: true })).xml ?? '';

  const validate = async (): Promise<DefinitionProblem[]> => {
    const content = await currentXml();
    const { data } = await client.query({
      query: VALIDATE_PROCESS,
      variables: { input: { kind: 'PROCESS', key: props.processKey, content } },
      fetchPolicy: 'no-cache',
    });
    const found = data?.validateDefinition ?? [];
    setProblems(found);
    marked.current = showProblems(modeler!, found, marked.current);
    return found;
  };

  const run = (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    action()
      .catch((caught: unknown) => setError(toApiError(caught).message))
      .finally(() => setBusy(false));
  };

  const preparePublish = () =>
    run(async () => {
      const found = await validate();
      const errors = found.filter((problem) => problem.severity === 'error').length;
      if (errors > 0) {
        void message.error(t('flow.publishBlocked', { count: String(errors) }));
        return;
      }
      setChanges(deployed ? await diffBpmn(deployed.content, await currentXml()) : null);
      setDiffOpen(true);
    });

  const publish = () =>
    run(async () => {
      const { data } = await client.mutate({
        mutation: DEPLOY_PROCESS,
        variables: { input: { kind: 'PROCESS', key: props.processKey, content: await currentXml() } },
      });
      const version = data!.deployDefinition;
      setDeployed(version);
      setDiffOpen(false);
      void message.success(
        t(version.created === false ? 'flow.publishedSame' : 'flow.published', { version: String(version.version) }),
      );
    });

  const select = (elementId: string) => {
    const element = modeler?.get<{ get(id: string): unknown }>('elementRegistry').get(elementId);
    if (!element) return;
    modeler!.get<{ select(element: unknown): void }>('selection').select(element);
    modeler!.get<{ scrollToElement(element: unknown): void }>('canvas').scrollToElement(element);
  };

  const importFile = async (file: File) => {
    setProblems(null);
    marked.current = [];
    setXml(await file.text());
  };

  return (
    <div className="anxin-flow-designer" data-testid="flow-designer">
      <Space wrap className="anxin-flow-toolbar">
        <Link to="/design/flows">{t('flow.back')}</Link>
        <Typography.Title level={5} style={{ margin: 0 }} data-testid="flow-key">
          {props.processKey}
        </Typography.Title>
        <Tag color={deployed ? 'green' : 'default'} data-testid="flow-deployed-version">
          {deployed ? t('flow.deployedVersion', { version: String(deployed.version) }) : t('flow.notDeployed')}
        </Tag>
        <Button
          disabled={!modeler}
          onClick={() => modeler?.get<CommandStack>('commandStack').undo()}
          data-testid="flow-undo"
        >
          {t('flow.undo')}
        </Button>
        <Button
          disabled={!modeler}
          onClick={() => modeler?.get<CommandStack>('commandStack').redo()}
          data-testid="flow-redo"
        >
          {t('flow.redo')}
        </Button>
        <Button
          disabled={!modeler}
          loading={busy}
          onClick={() => run(async () => void (await validate()))}
          data-testid="flow-validate"
        >
          {t('flow.validate')}
        </Button>
        <Button type="primary" disabled={!modeler} loading={busy} onClick={preparePublish} data-testid="flow-publish">
          {t('flow.publish')}
        </Button>
        <Upload accept=".bpmn,.xml" showUploadList={false} beforeUpload={(file) => (void importFile(file), false)}>
          <Button data-testid="flow-import">{t('flow.import')}</Button>
        </Upload>
        <Button
          disabled={!modeler}
          onClick={() => run(async () => downloadBpmn(props.processKey, await currentXml()))}
          data-testid="flow-export"
        >
          {t('flow.export')}
        </Button>
      </Space>
      {(failure ?? error) && <Alert type="error" showIcon message={failure ?? error} data-testid="flow-error" />}
      <div className="anxin-flow-body">
        <div ref={canvas} className="anxin-flow-canvas" data-testid="flow-canvas" />
        <div ref={panel} className="anxin-flow-panel" data-testid="flow-panel" />
      </div>
      <ProblemList problems={problems} onSelect={select} />
      <PublishDiffModal
        processKey={props.processKey}
        open={diffOpen}
        changes={changes}
        publishing={busy}
        onPublish={publish}
        onCancel={() => setDiffOpen(false)}
      />
    </div>
  );
}
