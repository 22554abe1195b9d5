import type { DecisionTable, DecisionTableInput, DecisionTableOutput, TableValueType } from '@anxin/rules';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Collapse, Input, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { JsonValueInput } from '../shared/JsonValueInput';
import { type DefinitionProblem, problemsAt, statusOf } from '../definition-problem.type';
import { addInput, addOutput, removeInput, removeOutput, updateInput, updateOutput } from './decision-table-edits';

const TYPES: readonly TableValueType[] = ['string', 'number', 'boolean', 'date'];

interface ColumnsEditorProps {
  table: DecisionTable;
  onChange: (table: DecisionTable) => void;
  problems: readonly DefinitionProblem[];
  disabled: boolean;
}

function freeId(prefix: string, used: readonly { id: string }[]): string {
  let n = used.length + 1;
  while (used.some((item) => item.id === `${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

/** The columns: inputs (id, label, type, expression, closed list of values) and outputs (id, label, type). */
export function ColumnsEditor({ table, onChange, problems, disabled }: ColumnsEditorProps) {
  const { t } = useTranslation();
  const typeOptions = TYPES.map((type) => ({ value: type, label: t(`rules.type.${type}`) }));
  const setInput = (index: number, input: DecisionTableInput) => onChange(updateInput(table, index, input));
  const setOutput = (index: number, output: DecisionTableOutput) => onChange(updateOutput(table, index, output));
  const removeButton = (onClick: () => void) => (
    <Button
      size="small"
      type="text"
      danger
      icon={<DeleteOutlined />}
      aria-label={t('rules.table.removeColumn')}
      disabled={disabled}
      onClick={onClick}
    />
  );

  const inputs = (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Table<{ input: DecisionTableInput; index: number }>
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowKey={(row) => String(row.index)}
        dataSource={table.inputs.map((input, index) => ({ input, index }))}
        columns={[
          {
            title: 'id',
            render: (_, { input, index }) => (
              <Input
                size="small"
                value={input.id}
                disabled={disabled}
                status={statusOf(problemsAt(problems, `/inputs/${index}/id`))}
                onChange={(event) => setInput(index, { ...input, id: event.target.value })}
              />
            ),
          },
          {
            title: t('rules.table.label'),
            render: (_, { input, index }) => (
              <Input
                size="small"
                value={input.label ?? ''}
                disabled={disabled}
                onChange={(event) => setInput(index, { ...input, label: event.target.value })}
              />
            ),
          },
          {
            title: t('rules.table.type'),
            render: (_, { input, index }) => (
              <Select<TableValueType>
                size="small"
                style={{ width: 100 }}
                value={input.type}
                disabled={disabled}
                options={typeOptions}
                onChange={(type) => setInput(index, { ...input, type })}
              />
            ),
          },
          {
            title: t('rules.table.expression'),
            render: (_, { input, index }) => (
              <JsonValueInput
                value={input.expression}
                disabled={disabled}
                onChange={(expression) => setInput(index, { ...input, expression })}
              />
            ),
          },
          {
            title: t('rules.table.values'),
            render: (_, { input, index }) => (
              <Select<string[]>
                size="small"
                mode="tags"
                style={{ minWidth: 220 }}
                value={(input.values ?? []).map(String)}
                disabled={disabled}
                onChange={(values) => {
                  const { values: _old, ...rest } = input;
                  const typed = input.type === 'number' ? values.map(Number).filter(Number.isFinite) : values;
                  setInput(index, typed.length > 0 ? { ...rest, values: typed } : rest);
                }}
              />
            ),
          },
          {
            title: '',
            render: (_, { index }) => removeButton(() => onChange(removeInput(table, index))),
          },
        ]}
      />
      <Button
        size="small"
        icon={<PlusOutlined />}
        disabled={disabled}
        onClick={() => {
          const id = freeId('input', table.inputs);
          onChange(addInput(table, { id, type: 'string', expression: { var: id } }));
        }}
      >
        {t('rules.table.addInput')}
      </Button>
    </Space>
  );

  const outputs = (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Table<{ output: DecisionTableOutput; index: number }>
        size="small"
        pagination={false}
        rowKey={(row) => String(row.index)}
        dataSource={table.outputs.map((output, index) => ({ output, index }))}
        columns={[
          {
            title: 'id',
            render: (_, { output, index }) => (
              <Input
                size="small"
                value={output.id}
                disabled={disabled}
                status={statusOf(problemsAt(problems, `/outputs/${index}/id`))}
                onChange={(event) => setOutput(index, { ...output, id: event.target.value })}
              />
            ),
          },
          {
            title: t('rules.table.label'),
            render: (_, { output, index }) => (
              <Input
                size="small"
                value={output.label ?? ''}
                disabled={disabled}
                onChange={(event) => setOutput(index, { ...output, label: event.target.value })}
              />
            ),
          },
          {
            title: t('rules.table.type'),
            render: (_, { output, index }) => (
              <Select<TableValueType | ''>
                size="small"
                style={{ width: 100 }}
                value={output.type ?? ''}
                disabled={disabled}
                options={[{ value: '', label: t('rules.type.any') }, ...typeOptions]}
                onChange={(type) => {
                  const { type: _old, ...rest } = output;
                  setOutput(index, type === '' ? rest : { ...rest, type });
                }}
              />
            ),
          },
          {
            title: '',
            render: (_, { index }) => removeButton(() => onChange(removeOutput(table, index))),
          },
        ]}
      />
      <Button
        size="small"
        icon={<PlusOutlined />}
        disabled={disabled}
        onClick={() => onChange(addOutput(table, { id: freeId('output', table.outputs), type: 'string' }))}
      >
        {t('rules.table.addOutput')}
      </Button>
    </Space>
  );

  return (
    <Collapse
      size="small"
      items={[
        { key: 'inputs', label: t('rules.table.inputs'), children: inputs },
        { key: 'outputs', label: t('rules.table.outputs'), children: outputs },
      ]}
    />
  );
}
