import type { AssignmentStrategy, DecisionTable } from '@anxin/rules';
import { Alert, Button, Card, Result, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AssignmentStrategyEditor } from '../assignment/AssignmentStrategyEditor';
import { DecisionTableEditor } from '../decision-table/DecisionTableEditor';
import { AssignmentTestPanel } from '../test-panel/AssignmentTestPanel';
import { DecisionTableTestPanel } from '../test-panel/DecisionTableTestPanel';
import { DefinitionJsonEditor } from './DefinitionJsonEditor';
import { ProblemList } from './ProblemList';
import { kindOfSlug } from './rule-kind';
import type { RuleDefinitionKind } from './rules.operations';
import { useRuleDefinition } from './useRuleDefinition';

type Published = { version: number; created: boolean };

/** The editors need the lists they show; anything else is fixed on the JSON tab. */
function hasShape(kind: RuleDefinitionKind, draft: unknown): boolean {
  if (typeof draft !== 'object' || draft === null) return false;
  const record = draft as Record<string, unknown>;
  if (kind === 'ASSIGNMENT')
    return Array.isArray(record['steps']) && typeof record['fallback'] === 'object' && record['fallback'] !== null;
  return ['inputs', 'outputs', 'rules'].every((list) => Array.isArray(record[list]));
}

/** Edits one decision table or assignment strategy: the editor, its JSON, the test panel, and 发布. */
function RuleDefinitionEditor({ kind, definitionKey }: { kind: RuleDefinitionKind; definitionKey: string }) {
  const { t } = useTranslation();
  const definition = useRuleDefinition(kind, definitionKey);
  const [published, setPublished] = useState<Published>();
  const { draft, setDraft, problems } = definition;

  if (definition.loading) return <Skeleton active />;
  if (definition.error || draft === undefined)
    return <Result status="warning" title={t('rules.page.notFound', { key: definitionKey })} />;

  const edit = (next: unknown) => {
    setPublished(undefined);
    setDraft(next);
  };
  const publish = async () => {
    const outcome = await definition.publish();
    if (outcome.ok) setPublished({ version: outcome.deployed.version, created: outcome.deployed.created !== false });
  };
  const name = typeof draft === 'object' && draft !== null ? (draft as { name?: unknown }).name : undefined;
  const errors = problems.filter((problem) => problem.severity === 'error').length;

  const editor = !hasShape(kind, draft) ? (
    <Alert type="error" showIcon title={t('rules.page.badShape')} />
  ) : kind === 'DECISION_TABLE' ? (
    <DecisionTableEditor table={draft as DecisionTable} onChange={edit} problems={problems} />
  ) : (
    <AssignmentStrategyEditor strategy={draft as AssignmentStrategy} onChange={edit} problems={problems} />
  );
  const testPanel = !hasShape(kind, draft) ? null : kind === 'DECISION_TABLE' ? (
    <DecisionTableTestPanel table={draft as DecisionTable} />
  ) : (
    <AssignmentTestPanel strategy={draft as AssignmentStrategy} />
  );

  return (
    <Card
      size="small"
      data-testid="rule-definition-page"
      title={
        <Space wrap>
          <Link to="/design/rules">{t('nav.rules')}</Link>/
          <Typography.Text strong>{typeof name === 'string' ? name : definitionKey}</Typography.Text>
          <Tag>{t(`rules.kind.${kind}`)}</Tag>
          <Tag color="blue" data-testid="definition-version">
            {t('rules.page.version', { version: definition.version })}
          </Tag>
          {definition.dirty && <Tag color="orange">{t('rules.page.unpublished')}</Tag>}
        </Space>
      }
      extra={
        <Button
          type="primary"
          data-testid="publish"
          loading={definition.publishing}
          disabled={errors > 0 || definition.validating}
          onClick={() => void publish()}
        >
          {t('rules.page.publish')}
        </Button>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        {published && (
          <Alert
            type="success"
            showIcon
            closable
            data-testid="published"
            title={t(published.created ? 'rules.page.published' : 'rules.page.unchanged', {
              version: published.version,
            })}
          />
        )}
        <ProblemList problems={problems} definition={draft} validating={definition.validating} />
        <Tabs
          items={[
            { key: 'design', label: t('rules.page.design'), children: editor },
            {
              key: 'json',
              label: 'JSON',
              children: <DefinitionJsonEditor value={draft} onChange={edit} />,
            },
            { key: 'test', label: t('rules.page.test'), children: testPanel },
          ]}
        />
      </Space>
    </Card>
  );
}

/** `/design/rules/:kind/:key` (kind: `decision-table` or `assignment`). */
export function RuleDefinitionPage() {
  const { t } = useTranslation();
  const { kind: slug, key = '' } = useParams();
  const kind = kindOfSlug(slug);
  if (!kind) return <Result status="404" title={t('rules.page.unknownKind', { kind: slug })} />;
  return <RuleDefinitionEditor key={`${kind}/${key}`} kind={kind} definitionKey={key} />;
}
