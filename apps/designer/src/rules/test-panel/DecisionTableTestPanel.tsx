import { type DecisionTable, evaluateTable, type TableResult, type TableOutputs } from '@anxin/rules';
import { Alert, Button, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entryText } from '../decision-table/input-entry-text';
import { JsonInput, parseJsonText } from './JsonInput';
import { sampleTableInput } from './sample-input';

const show = (value: unknown) =>
  value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);

function OutputsTable({ table, rows }: { table: DecisionTable; rows: readonly TableOutputs[] }) {
  return (
    <Table<{ outputs: TableOutputs; index: number }>
      size="small"
      pagination={false}
      data-testid="test-output"
      rowKey={(row) => String(row.index)}
      dataSource={rows.map((outputs, index) => ({ outputs, index }))}
      columns={table.outputs.map((output) => ({
        title: output.label ?? output.id,
        key: output.id,
        render: (_: unknown, row: { outputs: TableOutputs }) => (
          <span data-output={output.id}>{show(row.outputs[output.id])}</span>
        ),
      }))}
    />
  );
}

/** The result of a run: the decision, the rows it comes from (with their entries) and the inputs' values. */
function TableExplanation({ table, result }: { table: DecisionTable; result: TableResult }) {
  const { t } = useTranslation();
  if (!result.ok)
    return (
      <Alert
        type="error"
        showIcon
        data-testid="test-problems"
        title={t('rules.test.failed')}
        description={result.problems.map((problem) => `${problem.code} ${problem.path}: ${problem.message}`).join('\n')}
      />
    );
  const { decision } = result;
  const rows =
    decision.kind === 'single'
      ? decision.output
        ? [decision.output]
        : []
      : decision.kind === 'list'
        ? decision.outputs
        : [];
  const applied = table.rules.filter((rule) => result.appliedRuleIds.includes(rule.id));
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="test-result">
      <Typography.Title level={5}>{t('rules.test.output')}</Typography.Title>
      {decision.kind === 'aggregate' ? (
        <Typography.Text data-testid="test-output">
          {decision.aggregation}: {show(decision.value)}
        </Typography.Text>
      ) : rows.length === 0 ? (
        <Typography.Text data-testid="test-output">{t('rules.test.noMatch')}</Typography.Text>
      ) : (
        <OutputsTable table={table} rows={rows} />
      )}
      <Typography.Title level={5}>{t('rules.test.why')}</Typography.Title>
      <ul data-testid="test-applied">
        {applied.map((rule) => (
          <li key={rule.id}>
            <Tag color="blue">{rule.id}</Tag>
            {table.inputs
              .filter((input) => rule.when?.[input.id] !== undefined)
              .map((input) => `${input.label ?? input.id} ${entryText(rule.when?.[input.id], input.type)}`)
              .join('，') || t('rules.test.matchesAnything')}
            {rule.description && <Typography.Text type="secondary"> — {rule.description}</Typography.Text>}
          </li>
        ))}
      </ul>
      <Descriptions size="small" bordered column={1} title={t('rules.test.inputs')}>
        {table.inputs.map((input) => (
          <Descriptions.Item key={input.id} label={input.label ?? input.id}>
            {show(result.inputs[input.id])}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Space>
  );
}

/** Runs the table on data typed here, in the browser, with the same `evaluateTable` the server runs. */
export function DecisionTableTestPanel({ table }: { table: DecisionTable }) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => JSON.stringify(sampleTableInput(table), null, 2));
  const [result, setResult] = useState<TableResult | undefined>();
  const parsed = parseJsonText(text);
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="test-panel">
      <Typography.Text type="secondary">{t('rules.test.tableHelp')}</Typography.Text>
      <JsonInput text={text} onChange={setText} testId="test-input" />
      <Button
        type="primary"
        data-testid="test-run"
        disabled={!parsed.ok}
        onClick={() => parsed.ok && setResult(evaluateTable(table, parsed.value, { now: () => Date.now() }))}
      >
        {t('rules.test.run')}
      </Button>
      {result && <TableExplanation table={table} result={result} />}
    </Space>
  );
}
