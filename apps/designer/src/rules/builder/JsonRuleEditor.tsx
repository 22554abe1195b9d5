import { Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sameJson } from './same-json';
import type { JsonLogicRule } from '../rule-builder.types';

interface JsonRuleEditorProps {
  value: JsonLogicRule | undefined;
  onChange: (value: JsonLogicRule | undefined) => void;
  readOnly: boolean;
}

const show = (value: JsonLogicRule | undefined) => (value === undefined ? '' : JSON.stringify(value, null, 2));

/**
 * Edits a rule as JSONLogic text. Text that does not parse is shown with its error and not passed on, so a
 * half-typed rule never reaches a definition; the text follows the value only when the value really changed.
 */
export function JsonRuleEditor({ value, onChange, readOnly }: JsonRuleEditorProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => show(value));
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    setText((current) => {
      try {
        if (current.trim() !== '' && sameJson(JSON.parse(current), value)) return current;
      } catch {
        // the text being typed is not JSON yet: the new value replaces it
      }
      return show(value);
    });
  }, [value]);

  const edit = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setProblem(undefined);
      onChange(undefined);
      return;
    }
    try {
      const parsed: unknown = JSON.parse(next);
      if (typeof parsed !== 'boolean' && (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))) {
        setProblem(t('rules.notARule'));
        return;
      }
      setProblem(undefined);
      onChange(parsed as JsonLogicRule);
    } catch (error) {
      setProblem(t('rules.invalidJson', { message: (error as Error).message }));
    }
  };

  return (
    <>
      <Input.TextArea
        data-testid="rule-json"
        value={text}
        disabled={readOnly}
        autoSize={{ minRows: 2, maxRows: 12 }}
        spellCheck={false}
        style={{ fontFamily: 'monospace' }}
        onChange={(event) => edit(event.target.value)}
      />
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
    </>
  );
}
