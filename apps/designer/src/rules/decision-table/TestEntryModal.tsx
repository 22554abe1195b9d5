import type { DecisionTableInput, TableValueType } from '@anxin/rules';
import { Modal, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RuleBuilder } from '../RuleBuilder';
import type { JsonLogicRule, RuleField, RuleFieldType } from '../rule-builder.types';

const FIELD_TYPES: Readonly<Record<TableValueType, RuleFieldType>> = {
  string: 'text',
  number: 'number',
  boolean: 'boolean',
  date: 'date',
};

function fieldOf(input: DecisionTableInput, name: string, label: string): RuleField {
  const options =
    input.type === 'string' && input.values
      ? input.values.map((v) => ({ value: String(v), label: String(v) }))
      : undefined;
  return { name, label, type: options ? 'select' : FIELD_TYPES[input.type], ...(options ? { options } : {}) };
}

interface TestEntryModalProps {
  open: boolean;
  input: DecisionTableInput;
  inputs: readonly DecisionTableInput[];
  rule: JsonLogicRule | undefined;
  onApply: (rule: JsonLogicRule | undefined) => void;
  onClose: () => void;
}

/**
 * A `{"test": rule}` entry edited with the rule builder: the rule sees `value` (this column's value) and
 * `inputs.<id>` (every input of the row), as `evaluateTable` gives them.
 */
export function TestEntryModal({ open, input, inputs, rule, onApply, onClose }: TestEntryModalProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(rule);
  useEffect(() => {
    if (open) setDraft(rule);
  }, [open, rule]);
  const fields = useMemo(
    () => [
      fieldOf(input, 'value', t('rules.table.thisValue', { name: input.label ?? input.id })),
      ...inputs.map((other) => fieldOf(other, `inputs.${other.id}`, other.label ?? other.id)),
    ],
    [input, inputs, t],
  );
  return (
    <Modal
      open={open}
      width={860}
      title={t('rules.table.testEntryTitle', { name: input.label ?? input.id })}
      okText={t('rules.table.apply')}
      cancelText={t('rules.table.cancel')}
      onOk={() => {
        onApply(draft);
        onClose();
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('rules.table.testEntryHelp')}</Typography.Paragraph>
      <RuleBuilder testId="test-entry-builder" value={draft} onChange={setDraft} fields={fields} />
    </Modal>
  );
}
