import type { ReportParameter } from '@anxin/report-engine';
import { DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../chart/result-in-language';
import { type OptionsSource, useParameterOptions } from './useParameterOptions';

interface ParameterInputProps {
  parameter: ReportParameter;
  value: unknown;
  onChange: (value: unknown) => void;
  source: OptionsSource | undefined;
  testId: string;
}

const isList = (parameter: ReportParameter) => parameter.type === 'textList' || parameter.type === 'idList';
/** Wall-clock date-times without an offset: the dataset's zone decides (docs/definitions/reports.md). */
const DATETIME_FORMAT = 'YYYY-MM-DDTHH:mm:ss';
const keyOf = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** A pick list from the API: one value, or several for list parameters; searchable by label. */
function OptionsSelect({ parameter, value, onChange, source, testId }: ParameterInputProps) {
  const { t, i18n } = useTranslation();
  const { options, loading, error } = useParameterOptions(source, parameter.key, true);
  const byKey = new Map(options.map((o) => [keyOf(o.value), o.value]));
  const selected = Array.isArray(value) ? value.map(keyOf) : value === undefined || value === null ? undefined : keyOf(value);
  return (
    <Select
      data-testid={testId}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      mode={isList(parameter) ? 'multiple' : undefined}
      loading={loading}
      status={error ? 'error' : undefined}
      placeholder={error ? t('params.optionsFailed') : t('params.all')}
      style={{ minWidth: 200 }}
      value={selected}
      options={options.map((o) => ({ value: keyOf(o.value), label: inLanguage(o.label, o.labelEn, i18n.language) }))}
      onChange={(next: string | string[] | undefined) =>
        onChange(Array.isArray(next) ? next.map((k) => byKey.get(k) ?? k) : next === undefined ? undefined : (byKey.get(next) ?? next))
      }
    />
  );
}

/** Free text, applied when the viewer leaves the box or presses Enter (not at every key: each change re-runs). */
function TextInput({ value, onChange, testId }: Pick<ParameterInputProps, 'value' | 'onChange' | 'testId'>) {
  const { t } = useTranslation();
  const [text, setText] = useState(typeof value === 'string' ? value : '');
  useEffect(() => setText(typeof value === 'string' ? value : ''), [value]);
  return (
    <Input
      data-testid={testId}
      allowClear
      style={{ width: 200 }}
      placeholder={t('params.all')}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        if (e.target.value === '') onChange(undefined);
      }}
      onBlur={() => onChange(text.trim() || undefined)}
      onPressEnter={() => onChange(text.trim() || undefined)}
    />
  );
}

/** One parameter's input, by its type: a pick list where it has options, else a typed input. */
export function ParameterInput(props: ParameterInputProps) {
  const { t } = useTranslation();
  const { parameter, value, onChange, testId } = props;
  if (parameter.options) return <OptionsSelect {...props} />;
  switch (parameter.type) {
    case 'number':
    case 'integer':
      return (
        <InputNumber
          data-testid={testId}
          precision={parameter.type === 'integer' ? 0 : undefined}
          value={typeof value === 'number' ? value : null}
          onChange={(next) => onChange(next ?? undefined)}
        />
      );
    case 'boolean':
      return (
        <Select
          data-testid={testId}
          allowClear
          style={{ minWidth: 120 }}
          placeholder={t('params.all')}
          value={typeof value === 'boolean' ? String(value) : undefined}
          options={[
            { value: 'true', label: t('params.yes') },
            { value: 'false', label: t('params.no') },
          ]}
          onChange={(next?: string) => onChange(next === undefined ? undefined : next === 'true')}
        />
      );
    case 'date':
    case 'datetime': {
      const format = parameter.type === 'date' ? 'YYYY-MM-DD' : DATETIME_FORMAT;
      return (
        <DatePicker
          data-testid={testId}
          showTime={parameter.type === 'datetime'}
          value={typeof value === 'string' && value ? dayjs(value) : null}
          onChange={(day) => onChange(day ? day.format(format) : undefined)}
        />
      );
    }
    case 'textList':
    case 'idList':
      return (
        <Select
          data-testid={testId}
          mode="tags"
          style={{ minWidth: 200 }}
          placeholder={t('params.all')}
          value={Array.isArray(value) ? (value as string[]) : []}
          onChange={(next: string[]) => onChange(next)}
        />
      );
    default:
      return <TextInput value={value} onChange={onChange} testId={testId} />;
  }
}
