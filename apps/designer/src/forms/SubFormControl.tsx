import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { textIn, type FieldState, type Locale, type SubFormField } from '@anxin/form-engine';
import type { JsonObject, JsonValue } from '@anxin/rules';
import { Button, Card, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldControl } from './FieldControl';

interface Props {
  field: SubFormField;
  state: FieldState;
  path: string;
  onChange: (value: JsonValue) => void;
  locale: Locale;
  errors: Readonly<Record<string, readonly string[]>>;
}

/** 子表单 (materials…): one card per row on a phone, the columns' controls inside; rows added and removed. */
export function SubFormControl({ field, state, path, onChange, locale, errors }: Props) {
  const { t } = useTranslation();
  const rows = Array.isArray(state.value) ? (state.value as JsonObject[]) : [];
  const disabled = state.readOnly;
  const setCell = (index: number, key: string, value: JsonValue) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={`field-${path}`}>
      {rows.map((_row, index) => {
        const cells = state.rows?.[index] ?? {};
        return (
          <Card
            key={index}
            size="small"
            title={`#${index + 1}`}
            extra={
              !disabled && (
                <Button
                  type="text"
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t('form.remove')}
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                />
              )
            }
          >
            {field.fields.map((column) => {
              const cell = cells[column.key];
              if (!cell?.visible) return null;
              const cellPath = `${path}[${index}].${column.key}`;
              const messages = errors[cellPath] ?? [];
              return (
                <Form.Item
                  key={column.key}
                  label={textIn(column.label, locale)}
                  required={cell.required}
                  validateStatus={messages.length > 0 ? 'error' : undefined}
                  help={messages.length > 0 ? messages.join('；') : undefined}
                >
                  <FieldControl
                    field={column}
                    state={cell}
                    path={cellPath}
                    onChange={(value) => setCell(index, column.key, value)}
                    locale={locale}
                    errors={errors}
                  />
                </Form.Item>
              );
            })}
          </Card>
        );
      })}
      {!disabled && (field.maxRows === undefined || rows.length < field.maxRows) && (
        <Button icon={<PlusOutlined />} onClick={() => onChange([...rows, {}])} block type="dashed">
          {t('form.addRow')}
        </Button>
      )}
    </Space>
  );
}
