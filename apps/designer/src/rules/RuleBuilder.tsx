import { useEffect, useState } from 'react';
import { Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleBuilderProps } from './rule-builder.types';

/**
 * Edits a rule as JSONLogic text; the visual builder (react-querybuilder) replaces the body, the props stay.
 * Text that does not parse is shown with its error and not passed on, so a half-typed rule never reaches a definition.
 */
export function RuleBuilder({ value, onChange, readOnly, testId }: RuleBuilderProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => (value === undefined ? '' : JSON.stringify(value, null, 2)));
  const [problem, setProblem] = useState<string | undefined>();

  useEffect(() => {
    setText(value === undefined ? '' : JSON.stringify(value, null, 2));
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
      onChange(parsed as RuleBuilderProps['value']);
    } catch (error) {
      setProblem(t('rules.invalidJson', { message: (error as Error).message }));
    }
  };

  return (
    <div data-testid={testId}>
      <Input.TextArea
        value={text}
        disabled={readOnly}
        autoSize={{ minRows: 2, maxRows: 12 }}
        onChange={(event) => edit(event.target.value)}
      />
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
    </div>
  );
}
