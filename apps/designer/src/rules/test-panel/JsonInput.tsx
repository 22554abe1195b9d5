import { Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface JsonInputProps {
  text: string;
  onChange: (text: string) => void;
  testId: string;
}

/** Parses test data; `undefined` with the parser's message when it is not JSON. */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** The test data as JSON text, with the parse error under it. */
export function JsonInput({ text, onChange, testId }: JsonInputProps) {
  const { t } = useTranslation();
  const parsed = parseJsonText(text);
  return (
    <>
      <Input.TextArea
        data-testid={testId}
        value={text}
        spellCheck={false}
        autoSize={{ minRows: 4, maxRows: 16 }}
        style={{ fontFamily: 'monospace' }}
        onChange={(event) => onChange(event.target.value)}
      />
      {!parsed.ok && (
        <Typography.Text type="danger">{t('rules.invalidJson', { message: parsed.message })}</Typography.Text>
      )}
    </>
  );
}
