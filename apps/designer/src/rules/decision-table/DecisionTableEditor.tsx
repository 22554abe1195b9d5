import type { CollectAggregation, DecisionTable, DecisionTableRule, HitPolicy } from '@anxin/rules';
import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Form, Input, Select, Space, Switch, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { type DefinitionProblem, problemsAt, statusOf } from '../definition-problem.type';
import { MoveRemoveActions } from '../shared/MoveRemoveActions';
import { ColumnsEditor } from './ColumnsEditor';
import {
  addRule,
  moveRule,
  removeRule,
  setHitPolicy,
  setInputEntry,
  setOutputValue,
  setRuleField,
} from './decision-table-edits';
import { InputCell, OutputCell } from './TableCells';

const HIT_POLICIES: readonly HitPolicy[] = ['UNIQUE', 'FIRST', 'PRIORITY', 'COLLECT'];
const AGGREGATIONS: readonly CollectAggregation[] = ['SUM', 'MIN', 'MAX', 'COUNT'];

export interface DecisionTableEditorProps {
  table: DecisionTable;
  onChange: (table: DecisionTable) => void;
  problems?: readonly DefinitionProblem[];
  readOnly?: boolean;
}

type Row = { rule: DecisionTableRule; index: number };

/**
 * The grid of a decision table (DMN style): a row per rule, its input entries then its outputs, with the hit policy
 * above and the columns' settings below. Problems of `validateDefinition` mark the cells and rows at their paths.
 */
export function DecisionTableEditor({ table, onChange, problems = [], readOnly = false }: DecisionTableEditorProps) {
  const { t } = useTranslation();
  const disabled = readOnly;

  const columns: ColumnsType<Row> = [
    {
      title: '#',
      key: 'index',
      fixed: 'left',
      width: 56,
      render: (_, { index }) => {
        const found = problemsAt(problems, `/rules/${index}`);
        return (
          <Tooltip title={found.map((problem) => problem.message).join('\n') || undefined}>
            <Badge
              status={found.length === 0 ? 'default' : statusOf(found) === 'error' ? 'error' : 'warning'}
              text={index + 1}
              data-testid={`row-status-${index}`}
            />
          </Tooltip>
        );
      },
    },
    {
      title: t('rules.table.ruleId'),
      key: 'id',
      render: (_, { rule, index }) => (
        <Input
          size="small"
          style={{ minWidth: 100 }}
          data-testid={`rule-id-${index}`}
          value={rule.id}
          disabled={disabled}
          status={statusOf(problemsAt(problems, `/rules/${index}/id`))}
          onChange={(event) => onChange(setRuleField(table, index, 'id', event.target.value))}
        />
      ),
    },
    ...table.inputs.map((input) => ({
      title: (
        <Space size={4}>
          <Typography.Text type="secondary">{t('rules.table.when')}</Typography.Text>
          {input.label ?? input.id}
        </Space>
      ),
      key: `in-${input.id}`,
      render: (_: unknown, { rule, index }: Row) => (
        <InputCell
          input={input}
          inputs={table.inputs}
          entry={rule.when?.[input.id]}
          testId={`cell-${index}-in-${input.id}`}
          disabled={disabled}
          status={statusOf(problemsAt(problems, `/rules/${index}/when/${input.id}`))}
          onChange={(entry) => onChange(setInputEntry(table, index, input.id, entry))}
        />
      ),
    })),
    ...table.outputs.map((output) => ({
      title: (
        <Space size={4}>
          <Typography.Text type="secondary">{t('rules.table.then')}</Typography.Text>
          {output.label ?? output.id}
        </Space>
      ),
      key: `out-${output.id}`,
      render: (_: unknown, { rule, index }: Row) => (
        <OutputCell
          output={output}
          value={rule.then[output.id]}
          testId={`cell-${index}-out-${output.id}`}
          disabled={disabled}
          status={statusOf(problemsAt(problems, `/rules/${index}/then/${output.id}`))}
          onChange={(value) => onChange(setOutputValue(table, index, output.id, value))}
        />
      ),
    })),
    {
      title: t('rules.table.description'),
      key: 'description',
      render: (_, { rule, index }) => (
        <Input
          size="small"
          style={{ minWidth: 160 }}
          value={rule.description ?? ''}
          disabled={disabled}
          onChange={(event) => onChange(setRuleField(table, index, 'description', event.target.value))}
        />
      ),
    },
    {
      title: '',
      key: 'actions',
      fixed: 'right',
      render: (_, { index }) => (
        <MoveRemoveActions
          index={index}
          count={table.rules.length}
          disabled={disabled}
          onMove={(by) => onChange(moveRule(table, index, by))}
          onRemove={() => onChange(removeRule(table, index))}
          removeLabel="rules.table.removeRow"
          removeTestId={`remove-row-${index}`}
        />
      ),
    },
  ];

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="decision-table-editor">
      <Form layout="inline">
        <Form.Item label={t('rules.table.hitPolicy')}>
          <Select<HitPolicy>
            data-testid="hit-policy"
            style={{ width: 180 }}
            value={table.hitPolicy}
            disabled={disabled}
            options={HIT_POLICIES.map((policy) => ({ value: policy, label: t(`rules.hitPolicy.${policy}`) }))}
            onChange={(policy) => onChange(setHitPolicy(table, policy))}
          />
        </Form.Item>
        {table.hitPolicy === 'COLLECT' && (
          <Form.Item label={t('rules.table.aggregation')}>
            <Select<CollectAggregation | ''>
              style={{ width: 140 }}
              value={table.aggregation ?? ''}
              disabled={disabled}
              options={[
                { value: '', label: t('rules.table.noAggregation') },
                ...AGGREGATIONS.map((aggregation) => ({ value: aggregation, label: aggregation })),
              ]}
              onChange={(aggregation) => {
                const { aggregation: _old, ...rest } = table;
                onChange(aggregation === '' ? rest : { ...rest, aggregation });
              }}
            />
          </Form.Item>
        )}
        <Form.Item label={t('rules.table.complete')} tooltip={t('rules.table.completeHelp')}>
          <Switch
            checked={table.complete === true}
            disabled={disabled}
            onChange={(complete) => {
              const { complete: _old, ...rest } = table;
              onChange(complete ? { ...rest, complete } : rest);
            }}
          />
        </Form.Item>
      </Form>
      <Table<Row>
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowKey={(row) => String(row.index)}
        columns={columns}
        dataSource={table.rules.map((rule, index) => ({ rule, index }))}
      />
      <Typography.Text type="secondary">{t('rules.table.entryHelp')}</Typography.Text>
      <Button
        icon={<PlusOutlined />}
        data-testid="add-row"
        disabled={disabled}
        onClick={() => onChange(addRule(table))}
      >
        {t('rules.table.addRow')}
      </Button>
      <ColumnsEditor table={table} onChange={onChange} problems={problems} disabled={disabled} />
    </Space>
  );
}
