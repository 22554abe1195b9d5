import { textIn, type FieldDefinition, type FormDefinition, type Locale, type ValueField } from '@anxin/form-engine';
import type { JsonValue } from '@anxin/rules';
import { Card, Col, Divider, Form, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldControl } from './FieldControl';
import type { FormModel } from './useFormModel';

interface Props {
  form: FormDefinition;
  model: Pick<FormModel, 'evaluation' | 'errors' | 'setValue'>;
  locale: Locale;
  /** Fields whose value came with the link (the repair QR code's location): shown, not edited. */
  fixed?: ReadonlySet<string>;
  /** Nothing editable (a task of somebody else, or done). */
  readOnly?: boolean;
}

function span(field: { span?: number }, columns: number): number {
  return Math.round((24 / columns) * Math.min(field.span ?? 1, columns));
}

/**
 * Renders a form as @anxin/form-engine evaluated it: hidden fields are left out, required ones marked, read-only
 * ones disabled; the problems of the last validation (the browser's and the server's) under each field. One
 * column on a phone, the form's `columns` from 576 px up.
 */
export function FormRenderer({ form, model, locale, fixed, readOnly = false }: Props) {
  const { t } = useTranslation();
  const { evaluation, errors, setValue } = model;

  const renderValue = (field: ValueField, columns: number) => {
    const state = evaluation.fields[field.key];
    if (!state?.visible || field.permission === 'hidden') return null;
    const messages = errors[field.key] ?? [];
    const fromLink = fixed?.has(field.key) === true;
    const locked = readOnly || fromLink;
    const money = state.amountInWords ? t('form.amountInWords', { words: state.amountInWords }) : undefined;
    const description = textIn(field.description, locale) || undefined;
    return (
      <Col key={field.key} xs={24} sm={span(field, columns)}>
        <Form.Item
          label={textIn(field.label, locale)}
          required={state.required}
          validateStatus={messages.length > 0 ? 'error' : undefined}
          help={messages.length > 0 ? <span data-testid={`error-${field.key}`}>{messages.join('；')}</span> : undefined}
          extra={fromLink ? t('form.fromLink') : [money, description].filter(Boolean).join(' · ') || undefined}
          data-field={field.key}
        >
          {fromLink && !state.options?.some((option) => option.value === state.value) ? (
            // No option names the value (no API query lists buildings and units yet): say where it came from.
            <Typography.Text data-testid={`field-${field.key}`} type="secondary">
              {t('form.linkedValue')}
            </Typography.Text>
          ) : (
            <FieldControl
              field={field}
              state={locked ? { ...state, readOnly: true } : state}
              path={field.key}
              onChange={(value: JsonValue) => setValue(field.key, value)}
              locale={locale}
              errors={errors}
            />
          )}
        </Form.Item>
      </Col>
    );
  };

  const renderField = (field: FieldDefinition, columns: number) => {
    switch (field.type) {
      case 'divider':
        return evaluation.layout[field.key]?.visible === false ? null : (
          <Col key={field.key} span={24}>
            <Divider>{textIn(field.label, locale)}</Divider>
          </Col>
        );
      case 'section':
        if (evaluation.layout[field.key]?.visible === false || field.permission === 'hidden') return null;
        return (
          <Col key={field.key} span={24}>
            <Card size="small" title={textIn(field.label, locale)} style={{ marginBottom: 16 }}>
              <Row gutter={16}>{field.fields.map((inner) => renderField(inner, field.columns ?? 1))}</Row>
            </Card>
          </Col>
        );
      default:
        return renderValue(field, columns);
    }
  };

  return (
    <Form layout="vertical" component="div" data-testid={`form-${form.key}`}>
      {form.description && (
        <Typography.Paragraph type="secondary">{textIn(form.description, locale)}</Typography.Paragraph>
      )}
      <Row gutter={16}>{form.fields.map((field) => renderField(field, form.columns ?? 1))}</Row>
      {(errors[''] ?? []).map((message) => (
        <Typography.Text key={message} type="danger">
          {message}
        </Typography.Text>
      ))}
    </Form>
  );
}
