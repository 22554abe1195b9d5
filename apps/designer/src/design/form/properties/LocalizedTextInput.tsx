import type { LocalizedText } from '@anxin/form-engine';
import { Input, Space } from 'antd';

interface Props {
  value: LocalizedText | undefined;
  onChange: (value: LocalizedText | undefined) => void;
  labels: { zh: string; en: string };
  testId: string;
  multiline?: boolean;
}

function parts(value: LocalizedText | undefined): { zh: string; en: string } {
  if (value === undefined) return { zh: '', en: '' };
  if (typeof value === 'string') return { zh: value, en: '' };
  return { zh: value['zh-CN'], en: value.en ?? '' };
}

/** A text of a definition in both languages; without English the Chinese shows in both (the engine's rule). */
export function toLocalizedText(zh: string, en: string): LocalizedText | undefined {
  if (zh === '' && en === '') return undefined;
  return en === '' ? { 'zh-CN': zh } : { 'zh-CN': zh, en };
}

export function LocalizedTextInput({ value, onChange, labels, testId, multiline = false }: Props) {
  const { zh, en } = parts(value);
  const Control = multiline ? Input.TextArea : Input;
  return (
    <Space.Compact orientation="vertical" style={{ width: '100%' }}>
      <Control
        placeholder={labels.zh}
        aria-label={labels.zh}
        data-testid={`${testId}-zh`}
        value={zh}
        onChange={(event) => onChange(toLocalizedText(event.target.value, en))}
      />
      <Control
        placeholder={labels.en}
        aria-label={labels.en}
        data-testid={`${testId}-en`}
        value={en}
        onChange={(event) => onChange(toLocalizedText(zh, event.target.value))}
      />
    </Space.Compact>
  );
}
