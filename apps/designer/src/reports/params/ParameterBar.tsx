import { localize, type ReportParameter } from '@anxin/report-engine';
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../builder/report-locale';
import { ParameterInput } from './ParameterInput';
import { type ParameterValues, withValue } from './parameter-values';
import type { OptionsSource } from './useParameterOptions';

interface ParameterBarProps {
  parameters: readonly ReportParameter[];
  values: ParameterValues;
  onChange: (values: ParameterValues) => void;
  /** Where pick lists come from; without one, parameters with options are typed in as their type. */
  source: OptionsSource | undefined;
  testId?: string;
}

/** The inputs of a report's or dashboard's parameters in a row, each labelled in the UI's language. */
export function ParameterBar({ parameters, values, onChange, source, testId = 'report-params' }: ParameterBarProps) {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  if (parameters.length === 0) return null;
  return (
    <Form layout="inline" component="div" data-testid={testId}>
      {parameters.map((parameter) => (
        <Form.Item key={parameter.key} label={localize(parameter.label, locale)} required={parameter.required}>
          <ParameterInput
            parameter={source ? parameter : { ...parameter, options: undefined }}
            value={values[parameter.key]}
            onChange={(value) => onChange(withValue(values, parameter.key, value))}
            source={source}
            testId={`param-${parameter.key}`}
          />
        </Form.Item>
      ))}
    </Form>
  );
}
