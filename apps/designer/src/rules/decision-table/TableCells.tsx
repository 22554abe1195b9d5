import type { DecisionTableInput, DecisionTableOutput, InputEntry, JsonValue } from '@anxin/rules';
import type { JsonLogicRule } from '../rule-builder.types';
import { FunctionOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Select, Space, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JsonValueInput } from '../shared/JsonValueInput';
import { entryText, parseEntry } from './input-entry-text';
import { TestEntryModal } from './TestEntryModal';

interface InputCellProps {
  input: DecisionTableInput;
  /** Every input of the table: a rule entry may read them. */
  inputs: readonly DecisionTableInput[];
  entry: InputEntry | undefined;
  onChange: (entry: InputEntry | undefined) => void;
  status?: 'error' | 'warning';
  disabled: boolean;
  testId: string;
}

/** Texts of a closed list: picked from the list (none = anything, one = equals, several = one of). */
function isPickable(input: DecisionTableInput, entry: InputEntry | undefined): boolean {
  if (input.type !== 'string' || !input.values) return false;
  if (entry === undefined || typeof entry === 'string') return true;
  return typeof entry === 'object' && 'oneOf' in entry && entry.oneOf.every((value) => typeof value === 'string');
}

function picked(entry: InputEntry | undefined): string[] {
  if (entry === undefined) return [];
  if (typeof entry === 'string') return [entry];
  return typeof entry === 'object' && 'oneOf' in entry ? entry.oneOf.map(String) : [];
}

/** An input entry: a pick list for closed lists of texts, otherwise the cell's text (`>= 500`, `[1..3)`, `a, b`). */
export function InputCell({ input, inputs, entry, onChange, status, disabled, testId }: InputCellProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => entryText(entry, input.type));
  const [invalid, setInvalid] = useState(false);
  const [editingRule, setEditingRule] = useState(false);
  useEffect(() => {
    setText((current) => {
      const parsed = parseEntry(current, input.type);
      return parsed.ok && JSON.stringify(parsed.entry) === JSON.stringify(entry)
        ? current
        : entryText(entry, input.type);
    });
  }, [entry, input.type]);

  if (isPickable(input, entry))
    return (
      <Select<string[]>
        data-testid={testId}
        mode="multiple"
        size="small"
        style={{ minWidth: 140 }}
        status={status}
        placeholder={t('rules.table.any')}
        value={picked(entry)}
        disabled={disabled}
        options={(input.values ?? []).map((value) => ({ value: String(value), label: String(value) }))}
        onChange={(values) =>
          onChange(values.length === 0 ? undefined : values.length === 1 ? values[0] : { oneOf: values })
        }
      />
    );
  const test = typeof entry === 'object' && 'test' in entry ? entry.test : undefined;
  return (
    <Space.Compact>
      {test === undefined ? (
        <Tooltip title={invalid ? t('rules.table.entryInvalid') : undefined} open={invalid ? undefined : false}>
          <Input
            data-testid={testId}
            size="small"
            style={{ minWidth: 120 }}
            status={invalid ? 'error' : status}
            value={text}
            disabled={disabled}
            onChange={(event) => {
              setText(event.target.value);
              const parsed = parseEntry(event.target.value, input.type);
              setInvalid(!parsed.ok);
              if (parsed.ok) onChange(parsed.entry);
            }}
          />
        </Tooltip>
      ) : (
        <Button size="small" data-testid={testId} danger={status === 'error'} onClick={() => setEditingRule(true)}>
          {t('rules.table.testEntry')}
        </Button>
      )}
      <Button
        size="small"
        icon={<FunctionOutlined />}
        title={t('rules.table.editAsRule')}
        aria-label={t('rules.table.editAsRule')}
        data-testid={`${testId}-rule`}
        disabled={disabled}
        onClick={() => setEditingRule(true)}
      />
      <TestEntryModal
        open={editingRule}
        input={input}
        inputs={inputs}
        rule={test as JsonLogicRule | undefined}
        onClose={() => setEditingRule(false)}
        onApply={(rule) => onChange(rule === undefined ? undefined : { test: rule as JsonValue })}
      />
    </Space.Compact>
  );
}

interface OutputCellProps {
  output: DecisionTableOutput;
  value: JsonValue | undefined;
  onChange: (value: JsonValue) => void;
  status?: 'error' | 'warning';
  disabled: boolean;
  testId: string;
}

/** An output value by the output's type; empty is `null` (the row says nothing about this output). */
export function OutputCell({ output, value, onChange, status, disabled, testId }: OutputCellProps) {
  const { t } = useTranslation();
  const common = { 'data-testid': testId, size: 'small' as const, status, disabled };
  switch (output.type) {
    case 'number':
      return (
        <InputNumber
          {...common}
          value={typeof value === 'number' ? value : null}
          onChange={(next) => onChange(typeof next === 'number' ? next : null)}
        />
      );
    case 'boolean':
      return (
        <Select<string>
          {...common}
          style={{ minWidth: 80 }}
          value={typeof value === 'boolean' ? String(value) : ''}
          options={[
            { value: '', label: t('rules.table.null') },
            { value: 'true', label: t('rules.value.true') },
            { value: 'false', label: t('rules.value.false') },
          ]}
          onChange={(next) => onChange(next === '' ? null : next === 'true')}
        />
      );
    case 'string':
    case 'date':
      return (
        <Input
          {...common}
          style={{ minWidth: 110 }}
          placeholder={t('rules.table.null')}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        />
      );
    default:
      return <JsonValueInput testId={testId} value={value} onChange={onChange} disabled={disabled} />;
  }
}
