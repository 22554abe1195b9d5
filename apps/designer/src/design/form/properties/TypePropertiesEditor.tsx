import type { FieldTypeInfo } from '@anxin/form-engine';
import { Divider, Form, Input, InputNumber, Select, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Patch } from '../model/form-edits';
import { OWN_EDITORS, propertyInput, type PropertyInput } from '../model/property-inputs';

interface Props {
  info: FieldTypeInfo;
  field: Readonly<Record<string, unknown>>;
  onChange: (patch: Patch) => void;
}

/** JSON edited as text: applied when it parses, kept as typed meanwhile (columns, aggregates). */
function JsonInput({
  value,
  onChange,
  testId,
}: {
  value: unknown;
  onChange: (value: unknown) => void;
  testId: string;
}) {
  const [text, setText] = useState(() => (value === undefined ? '' : JSON.stringify(value, null, 2)));
  const [bad, setBad] = useState(false);
  useEffect(() => setText(value === undefined ? '' : JSON.stringify(value, null, 2)), [value]);
  return (
    <Input.TextArea
      autoSize={{ minRows: 2, maxRows: 10 }}
      status={bad ? 'error' : undefined}
      data-testid={testId}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        if (event.target.value.trim() === '') return onChange(undefined);
        try {
          onChange(JSON.parse(event.target.value) as unknown);
          setBad(false);
        } catch {
          setBad(true);
        }
      }}
    />
  );
}

function Control({
  input,
  value,
  onChange,
  testId,
}: {
  input: PropertyInput;
  value: unknown;
  onChange: (v: unknown) => void;
  testId: string;
}) {
  switch (input.kind) {
    case 'number':
      return (
        <InputNumber
          style={{ width: '100%' }}
          data-testid={testId}
          precision={input.integer ? 0 : undefined}
          value={typeof value === 'number' ? value : null}
          onChange={(next) => onChange(next ?? undefined)}
        />
      );
    case 'boolean':
      return (
        <Switch data-testid={testId} checked={value === true} onChange={(checked) => onChange(checked || undefined)} />
      );
    case 'choice':
      return (
        <Select
          allowClear
          data-testid={testId}
          value={typeof value === 'string' ? value : undefined}
          options={input.values.map((choice) => ({ value: choice, label: choice }))}
          onChange={(next: string | undefined) => onChange(next)}
        />
      );
    case 'list':
      return (
        <Input
          data-testid={testId}
          value={Array.isArray(value) ? value.join(', ') : ''}
          onChange={(event) => {
            const items = event.target.value
              .split(',')
              .map((item) => item.trim())
              .filter(Boolean);
            onChange(items.length > 0 ? items : undefined);
          }}
        />
      );
    case 'json':
      return <JsonInput value={value} onChange={onChange} testId={testId} />;
    case 'text':
      return (
        <Input
          data-testid={testId}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
        />
      );
  }
}

/**
 * The type's own properties (lengths, ranges, units, pattern, counts, columns…), inputs chosen from their docs. Their
 * names and tips are the designer's messages, keyed by property name; a property the messages do not know yet shows
 * as the form engine describes it (its name, and its doc in English).
 */
export function TypePropertiesEditor({ info, field, onChange }: Props) {
  const { t } = useTranslation();
  const names = Object.keys(info.properties).filter((name) => !OWN_EDITORS.has(name));
  if (names.length === 0) return null;
  return (
    <>
      <Divider titlePlacement="start" plain>
        {t('formDesigner.prop.more')}
      </Divider>
      {names.map((name) => (
        <Form.Item
          key={name}
          label={t(`formDesigner.typeProp.${name}`, { defaultValue: name })}
          tooltip={t(`formDesigner.typeTip.${name}`, { defaultValue: info.properties[name] })}
        >
          <Control
            input={propertyInput(info.properties[name] ?? '')}
            value={field[name]}
            testId={`prop-${name}`}
            onChange={(value) => onChange({ [name]: value })}
          />
        </Form.Item>
      ))}
    </>
  );
}
