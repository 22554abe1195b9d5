import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { FieldValidation } from '@anxin/form-engine';
import { Button, Card, Checkbox, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { RuleBuilder } from '../../../rules/RuleBuilder';
import type { RuleField } from '../../../rules/rule-builder.types';
import { LocalizedTextInput } from './LocalizedTextInput';

interface Props {
  validations: readonly FieldValidation[] | undefined;
  fields: readonly RuleField[];
  onChange: (validations: readonly FieldValidation[] | undefined) => void;
}

/** The field's validations: a rule that must hold (`$value` is the field's value) and its message in both languages. */
export function ValidationsEditor({ validations, fields, onChange }: Props) {
  const { t } = useTranslation();
  const list = validations ?? [];
  const set = (index: number, next: FieldValidation) =>
    onChange(list.map((validation, at) => (at === index ? next : validation)));
  const remove = (index: number) => {
    const rest = list.filter((_validation, at) => at !== index);
    onChange(rest.length > 0 ? rest : undefined);
  };

  return (
    <Form.Item label={t('formDesigner.prop.validations')}>
      {list.map((validation, index) => (
        <Card
          key={index}
          size="small"
          style={{ marginBottom: 8 }}
          data-testid={`prop-validation-${index}`}
          extra={
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('formDesigner.remove')}
              onClick={() => remove(index)}
            />
          }
        >
          <Form.Item label={t('formDesigner.prop.validationRule')}>
            <RuleBuilder
              value={
                typeof validation.rule === 'object' && validation.rule !== null && !Array.isArray(validation.rule)
                  ? (validation.rule as Record<string, unknown>)
                  : undefined
              }
              fields={[...fields, { name: '$value', label: '$value', type: 'text' }]}
              onChange={(rule) => set(index, { ...validation, rule: (rule ?? true) as FieldValidation['rule'] })}
              testId={`prop-validation-${index}-rule`}
            />
          </Form.Item>
          <LocalizedTextInput
            value={validation.message}
            labels={{ zh: t('formDesigner.prop.validationZh'), en: t('formDesigner.prop.validationEn') }}
            testId={`prop-validation-${index}-message`}
            onChange={(message) => set(index, { ...validation, message: message ?? '' })}
          />
          <Checkbox
            checked={validation.severity === 'warning'}
            onChange={(event) => {
              const { severity: _severity, ...rest } = validation;
              set(index, event.target.checked ? { ...rest, severity: 'warning' } : rest);
            }}
          >
            {t('formDesigner.prop.validationWarning')}
          </Checkbox>
        </Card>
      ))}
      <Button
        size="small"
        icon={<PlusOutlined />}
        data-testid="prop-validation-add"
        onClick={() => onChange([...list, { rule: { '!!': [{ var: '$value' }] }, message: { 'zh-CN': '' } }])}
      >
        {t('formDesigner.prop.validationAdd')}
      </Button>
    </Form.Item>
  );
}
