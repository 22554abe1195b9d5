import { Button, Input, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mapping } from './flow-properties';

/**
 * `<anxin:input>` / `<anxin:output>` rows: a variable and the rule giving its value. Edits are kept locally and
 * written when a field loses focus, so typing a rule is one undo step, not one per key.
 */
export function MappingsEditor(props: {
  mappings: readonly Mapping[];
  onChange: (next: Mapping[]) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Mapping[]>(() => [...props.mappings]);
  useEffect(() => setRows([...props.mappings]), [props.mappings]);
  const edit = (index: number, patch: Partial<Mapping>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const commit = (next: Mapping[]) => props.onChange(next.filter((row) => row.target.trim() !== ''));
  return (
    <div data-testid={props.testId}>
      {rows.map((row, index) => (
        <Space.Compact key={index} block style={{ marginBottom: 4 }}>
          <Input
            style={{ width: '35%' }}
            placeholder={t('panel.mappingTarget')}
            value={row.target}
            onChange={(event) => edit(index, { target: event.target.value })}
            onBlur={() => commit(rows)}
          />
          <Input
            placeholder={t('panel.mappingBody')}
            value={row.body}
            onChange={(event) => edit(index, { body: event.target.value })}
            onBlur={() => commit(rows)}
          />
          <Button onClick={() => commit(rows.filter((_, i) => i !== index))}>{t('panel.removeMapping')}</Button>
        </Space.Compact>
      ))}
      <Button size="small" onClick={() => setRows([...rows, { target: '', body: '' }])}>
        {t('panel.addMapping')}
      </Button>
    </div>
  );
}
