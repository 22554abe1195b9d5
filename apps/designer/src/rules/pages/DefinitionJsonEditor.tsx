import { Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sameJson } from '../builder/same-json';

interface DefinitionJsonEditorProps {
  value: unknown;
  onChange: (value: unknown) => void;
}

/** The whole definition as JSON, for what the editors do not offer; only text that parses reaches the draft. */
export function DefinitionJsonEditor({ value, onChange }: DefinitionJsonEditorProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => JSON.stringify(value, null, 2));
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    setText((current) => {
      try {
        if (sameJson(JSON.parse(current), value)) return current;
      } catch {
        // being typed: the editors' change replaces it
      }
      return JSON.stringify(value, null, 2);
    });
  }, [value]);
  return (
    <>
      <Input.TextArea
        data-testid="definition-json"
        value={text}
        spellCheck={false}
        autoSize={{ minRows: 10, maxRows: 40 }}
        style={{ fontFamily: 'monospace' }}
        onChange={(event) => {
          setText(event.target.value);
          try {
            const parsed: unknown = JSON.parse(event.target.value);
            setProblem(undefined);
            onChange(parsed);
          } catch (error) {
            setProblem(t('rules.invalidJson', { message: (error as Error).message }));
          }
        }}
      />
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
    </>
  );
}
