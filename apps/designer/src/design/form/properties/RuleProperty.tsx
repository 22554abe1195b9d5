import { Form } from 'antd';
import { RuleBuilder } from '../../../rules/RuleBuilder';
import type { JsonLogicRule, RuleField } from '../../../rules/rule-builder.types';

interface Props {
  label: string;
  value: unknown;
  fields: readonly RuleField[];
  onChange: (value: JsonLogicRule | undefined) => void;
  testId: string;
  help?: string;
}

function asRule(value: unknown): JsonLogicRule | undefined {
  if (typeof value === 'boolean') return value;
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A rule of the field (visible, read-only, required when, computed), edited with the shared RuleBuilder. */
export function RuleProperty({ label, value, fields, onChange, testId, help }: Props) {
  return (
    <Form.Item label={label} help={help}>
      <RuleBuilder value={asRule(value)} onChange={onChange} fields={fields} testId={testId} />
    </Form.Item>
  );
}
