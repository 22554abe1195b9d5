import type { JsonValue } from '@anxin/rules';
import { Input } from 'antd';
import { useState } from 'react';

interface JsonValueInputProps {
  value: JsonValue | undefined;
  onChange: (value: JsonValue) => void;
  disabled?: boolean;
  testId?: string;
}

/** A JSON value (an expression, a list rule) as one line of text, passed on only when it parses. */
export function JsonValueInput({ value, onChange, disabled = false, testId }: JsonValueInputProps) {
  const [text, setText] = useState(() => JSON.stringify(value ?? null));
  const [invalid, setInvalid] = useState(false);
  return (
    <Input
      data-testid={testId}
      size="small"
      style={{ minWidth: 200, fontFamily: 'monospace' }}
      status={invalid ? 'error' : undefined}
      value={text}
      disabled={disabled}
      spellCheck={false}
      onChange={(event) => {
        setText(event.target.value);
        try {
          onChange(JSON.parse(event.target.value) as JsonValue);
          setInvalid(false);
        } catch {
          setInvalid(true);
        }
      }}
    />
  );
}
