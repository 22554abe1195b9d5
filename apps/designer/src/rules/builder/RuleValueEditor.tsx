import { DatePicker, InputNumber, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ValueEditorProps } from 'react-querybuilder';
import type { RuleField, RuleFieldType } from '../rule-builder.types';
import { LIST_VALUED, VALUELESS } from './rule-operators';
import type { RuleScalar } from './rule-value';

type Scalar = RuleScalar | undefined;

interface ScalarEditorProps {
  field: RuleField;
  value: unknown;
  onChange: (value: Scalar) => void;
  disabled: boolean;
  testId: string;
}

const DATE_FORMAT = 'YYYY-MM-DD';

/** Dates as the forms store them: `2025-01-28`; date-times as ISO 8601 with the browser's offset. */
function toDateText(day: Dayjs | null, type: RuleFieldType): Scalar {
  if (!day) return undefined;
  return type === 'date' ? day.format(DATE_FORMAT) : day.format();
}

/** One literal: a number input for numbers and money, a select for options and booleans, a date picker for dates. */
function ScalarEditor({ field, value, onChange, disabled, testId }: ScalarEditorProps) {
  const { t } = useTranslation();
  switch (field.type) {
    case 'number':
    case 'money':
      return (
        <InputNumber
          data-testid={testId}
          value={typeof value === 'number' ? value : null}
          prefix={field.type === 'money' ? '¥' : undefined}
          disabled={disabled}
          onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
        />
      );
    case 'boolean':
      return (
        <Select<string>
          data-testid={testId}
          style={{ minWidth: 96 }}
          value={typeof value === 'boolean' ? String(value) : undefined}
          disabled={disabled}
          options={[
            { value: 'true', label: t('rules.value.true') },
            { value: 'false', label: t('rules.value.false') },
          ]}
          onChange={(next) => onChange(next === 'true')}
        />
      );
    case 'date':
    case 'datetime':
      return (
        <DatePicker
          data-testid={testId}
          showTime={field.type === 'datetime'}
          value={typeof value === 'string' && dayjs(value).isValid() ? dayjs(value) : null}
          disabled={disabled}
          onChange={(day) => onChange(toDateText(day, field.type))}
        />
      );
    case 'select':
    case 'multiselect':
      return (
        <Select<string>
          data-testid={testId}
          style={{ minWidth: 140 }}
          showSearch
          value={typeof value === 'string' ? value : undefined}
          disabled={disabled}
          options={field.options?.map((option) => ({ value: option.value, label: option.label })) ?? []}
          onChange={(next) => onChange(next)}
        />
      );
    case 'text':
      return (
        <Input
          data-testid={testId}
          style={{ width: 220 }}
          value={typeof value === 'string' ? value : ''}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
        />
      );
  }
}

interface ListEditorProps {
  field: RuleField;
  value: unknown;
  onChange: (value: RuleScalar[]) => void;
  disabled: boolean;
  testId: string;
}

/** The values of `in`: the options of a select, or typed values (numbers kept only when they are numbers). */
function ListEditor({ field, value, onChange, disabled, testId }: ListEditorProps) {
  const numeric = field.type === 'number' || field.type === 'money';
  const current = Array.isArray(value) ? value.map(String) : [];
  return (
    <Select<string[]>
      data-testid={testId}
      mode={field.options ? 'multiple' : 'tags'}
      style={{ minWidth: 200 }}
      value={current}
      disabled={disabled}
      tokenSeparators={[',', '，']}
      options={field.options?.map((option) => ({ value: option.value, label: option.label }))}
      onChange={(next) =>
        onChange(numeric ? next.map(Number).filter((n) => Number.isFinite(n)) : next.filter((item) => item !== ''))
      }
    />
  );
}

/**
 * The value editor of the visual builder: what is entered keeps the field's type (numbers as numbers), a pair for
 * `between`, a list for `in`, nothing for the null tests.
 */
export function RuleValueEditor(props: ValueEditorProps) {
  const { operator, disabled = false, fieldData, path } = props;
  const value: unknown = props.value;
  const handleOnChange = (next: unknown) => props.handleOnChange(next);
  const typed: RuleField = (fieldData as { ruleField?: RuleField }).ruleField ?? {
    name: fieldData.name,
    label: fieldData.label,
    type: 'text',
  };
  const testId = `rule-value-${path.join('-')}`;
  if (VALUELESS.has(operator)) return null;
  if (LIST_VALUED.has(operator))
    return <ListEditor field={typed} value={value} onChange={handleOnChange} disabled={disabled} testId={testId} />;
  if (operator === 'between') {
    const pair: Scalar[] = Array.isArray(value) ? (value as Scalar[]) : [undefined, undefined];
    const set = (index: number, next: Scalar) => handleOnChange(index === 0 ? [next, pair[1]] : [pair[0], next]);
    return (
      <Space.Compact>
        <ScalarEditor
          field={typed}
          value={pair[0]}
          onChange={(next) => set(0, next)}
          disabled={disabled}
          testId={`${testId}-from`}
        />
        <ScalarEditor
          field={typed}
          value={pair[1]}
          onChange={(next) => set(1, next)}
          disabled={disabled}
          testId={`${testId}-to`}
        />
      </Space.Compact>
    );
  }
  return <ScalarEditor field={typed} value={value} onChange={handleOnChange} disabled={disabled} testId={testId} />;
}
