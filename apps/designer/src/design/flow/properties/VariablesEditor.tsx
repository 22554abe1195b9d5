import { Button, Checkbox, Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDEXABLE_TYPES, VARIABLE_TYPES, type VariableSpec } from './process-properties';

/**
 * 流程变量: the process's declared `<anxin:variable>`s (name, type, 索引). Names are kept locally and written when
 * the field loses focus (one undo step per edit, not per key); type and index are written at once.
 */
export function VariablesEditor(props: {
  variables: readonly VariableSpec[];
  onChange: (next: VariableSpec[]) => void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<VariableSpec[]>(() => [...props.variables]);
  useEffect(() => setRows([...props.variables]), [props.variables]);
  const patch = (index: number, change: Partial<VariableSpec>) =>
    rows.map((row, i) => (i === index ? { ...row, ...change } : row));
  return (
    <div data-testid="process-variables">
      {rows.map((row, index) => (
        <Space.Compact key={index} block style={{ marginBottom: 4 }} data-testid={`process-variable-${index}`}>
          <Input
            style={{ width: '40%' }}
            placeholder={t('panel.variableName')}
            value={row.name}
            onChange={(event) => setRows(patch(index, { name: event.target.value }))}
            onBlur={() => props.onChange(rows)}
          />
          <Select
            style={{ width: '32%' }}
            value={row.type}
            onChange={(type: string) => props.onChange(patch(index, { type }))}
            options={VARIABLE_TYPES.map((type) => ({ value: type, label: t(`panel.variableType.${type}`) }))}
          />
          <Checkbox
            style={{ padding: '4px 6px' }}
            disabled={!INDEXABLE_TYPES.includes(row.type)}
            checked={row.index}
            onChange={(event) => props.onChange(patch(index, { index: event.target.checked }))}
          >
            {t('panel.variableIndex')}
          </Checkbox>
          <Button onClick={() => props.onChange(rows.filter((_, i) => i !== index))}>{t('panel.removeMapping')}</Button>
        </Space.Compact>
      ))}
      <Button size="small" onClick={() => setRows([...rows, { name: '', type: 'string', index: false }])}>
        {t('panel.addMapping')}
      </Button>
    </div>
  );
}
