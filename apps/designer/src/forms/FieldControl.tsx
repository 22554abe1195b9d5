import { textIn, type FieldState, type Locale, type ValueField } from '@anxin/form-engine';
import type { JsonValue } from '@anxin/rules';
import { DatePicker, Input, InputNumber, Rate, Switch, TimePicker, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ImageField } from './ImageField';
import { CascaderControl, ChoiceControl } from './option-controls';
import { SignatureField } from './SignatureField';
import { SubFormControl } from './SubFormControl';

export interface FieldControlProps {
  field: ValueField;
  state: FieldState;
  /** Data path, also the control's `data-testid` (`field-description`, `field-materials[0].name`). */
  path: string;
  onChange: (value: JsonValue) => void;
  locale: Locale;
  errors: Readonly<Record<string, readonly string[]>>;
}

const text = (value: JsonValue): string =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
const num = (value: JsonValue): number | null => (typeof value === 'number' ? value : null);

/** The antd control of one value field, by its type in @anxin/form-engine (field-types). */
export function FieldControl({ field, state, path, onChange, locale, errors }: FieldControlProps) {
  const { t } = useTranslation();
  const testId = `field-${path}`;
  const disabled = state.readOnly;
  const placeholder = 'placeholder' in field ? textIn(field.placeholder, locale) || undefined : undefined;
  const { value } = state;
  switch (field.type) {
    case 'text':
    case 'email':
    case 'id-card':
      return (
        <Input
          data-testid={testId}
          value={text(value)}
          disabled={disabled}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'phone':
      return (
        <Input
          data-testid={testId}
          type="tel"
          inputMode="tel"
          value={text(value)}
          disabled={disabled}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'textarea':
      return (
        <Input.TextArea
          data-testid={testId}
          autoSize={{ minRows: 3 }}
          value={text(value)}
          disabled={disabled}
          placeholder={placeholder}
          maxLength={field.maxLength}
          showCount={field.maxLength !== undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'number':
    case 'integer':
    case 'money':
      return (
        <InputNumber<number>
          data-testid={testId}
          style={{ width: '100%' }}
          inputMode="decimal"
          value={num(value)}
          disabled={disabled}
          precision={field.type === 'integer' ? 0 : field.type === 'money' ? 2 : field.decimals}
          prefix={field.type === 'money' ? '¥' : undefined}
          suffix={field.unit}
          onChange={(v) => onChange(v ?? null)}
        />
      );
    case 'select':
    case 'multiselect':
    case 'radio':
    case 'checkbox':
    case 'user-picker':
    case 'team-picker': {
      const type =
        field.type === 'user-picker' || field.type === 'team-picker'
          ? field.multiple
            ? 'pickers'
            : 'picker'
          : field.type;
      return (
        <ChoiceControl
          type={type}
          testId={testId}
          options={state.options ?? []}
          value={value}
          onChange={onChange}
          disabled={disabled}
          locale={locale}
          placeholder={placeholder ?? t('form.select')}
          notFound={state.options === undefined ? t('form.optionsUnavailable') : undefined}
        />
      );
    }
    case 'cascader':
      return (
        <CascaderControl
          testId={testId}
          options={state.options ?? []}
          value={value}
          onChange={onChange}
          disabled={disabled}
          locale={locale}
          placeholder={placeholder}
        />
      );
    case 'switch':
      return <Switch data-testid={testId} checked={value === true} disabled={disabled} onChange={onChange} />;
    case 'date':
      return (
        <DatePicker
          data-testid={testId}
          style={{ width: '100%' }}
          value={value ? dayjs(text(value)) : null}
          disabled={disabled}
          onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
        />
      );
    case 'datetime':
      return (
        <DatePicker
          data-testid={testId}
          showTime
          style={{ width: '100%' }}
          value={value ? dayjs(text(value)) : null}
          disabled={disabled}
          onChange={(d) => onChange(d ? d.format() : null)}
        />
      );
    case 'time':
      return (
        <TimePicker
          data-testid={testId}
          format="HH:mm"
          style={{ width: '100%' }}
          value={value ? dayjs(`2000-01-01T${text(value)}`) : null}
          disabled={disabled}
          onChange={(d) => onChange(d ? d.format('HH:mm') : null)}
        />
      );
    case 'rating':
      return (
        <Rate
          data-testid={testId}
          count={field.max ?? 5}
          value={num(value) ?? 0}
          disabled={disabled}
          onChange={(v) => onChange(v === 0 ? null : v)}
        />
      );
    case 'image':
    case 'file':
      return (
        <ImageField
          fieldKey={path}
          kind={field.type}
          value={Array.isArray(value) ? (value as string[]) : []}
          maxCount={field.maxCount}
          accept={field.accept}
          disabled={disabled}
          onChange={onChange}
        />
      );
    case 'signature':
      return (
        <SignatureField
          fieldKey={path}
          value={typeof value === 'string' ? value : null}
          disabled={disabled}
          onChange={onChange}
        />
      );
    case 'location': {
      const point =
        value && typeof value === 'object' && !Array.isArray(value) ? (value as { lat?: number; lng?: number }) : null;
      return (
        <Input
          data-testid={testId}
          placeholder={t('form.location')}
          disabled={disabled}
          defaultValue={point ? `${point.lat ?? ''},${point.lng ?? ''}` : ''}
          onChange={(e) => {
            const [lat, lng] = e.target.value.split(',').map((part) => Number(part.trim()));
            onChange(Number.isFinite(lat) && Number.isFinite(lng) ? { lat: lat!, lng: lng! } : e.target.value || null);
          }}
        />
      );
    }
    case 'serial':
      return (
        <Typography.Text data-testid={testId} type="secondary">
          {value === null ? t('form.serverAssigned') : text(value)}
        </Typography.Text>
      );
    case 'sub-form':
      return (
        <SubFormControl field={field} state={state} path={path} onChange={onChange} locale={locale} errors={errors} />
      );
  }
}
