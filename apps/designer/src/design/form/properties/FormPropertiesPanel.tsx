import type { FormDefinition } from '@anxin/form-engine';
import { Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Patch } from '../model/form-edits';
import { LocalizedTextInput } from './LocalizedTextInput';

interface Props {
  form: FormDefinition;
  onChange: (patch: Patch) => void;
}

/** The form's own properties: its name, description and grid columns. */
export function FormPropertiesPanel({ form, onChange }: Props) {
  const { t } = useTranslation();
  const labels = { zh: t('formDesigner.prop.labelZh'), en: t('formDesigner.prop.labelEn') };
  return (
    <Form layout="vertical" size="small" data-testid="form-properties">
      <Form.Item label={t('formDesigner.prop.title')}>
        <LocalizedTextInput
          value={form.title}
          labels={labels}
          testId="prop-form-title"
          onChange={(title) => onChange({ title: title ?? '' })}
        />
      </Form.Item>
      <Form.Item label={t('formDesigner.prop.description')}>
        <LocalizedTextInput
          value={form.description}
          labels={labels}
          testId="prop-form-description"
          onChange={(description) => onChange({ description })}
        />
      </Form.Item>
      <Form.Item label={t('formDesigner.prop.columns')}>
        <InputNumber
          min={1}
          max={4}
          precision={0}
          data-testid="prop-form-columns"
          value={form.columns ?? null}
          onChange={(columns) => onChange({ columns: columns ?? undefined })}
        />
      </Form.Item>
    </Form>
  );
}
