import { textIn, type Locale, type OptionItem } from '@anxin/form-engine';
import type { JsonValue } from '@anxin/rules';
import { Cascader, Checkbox, Radio, Select } from 'antd';
import type { ReactNode } from 'react';

interface ChoiceProps {
  type: 'select' | 'multiselect' | 'radio' | 'checkbox' | 'picker' | 'pickers';
  testId: string;
  options: readonly OptionItem[];
  value: JsonValue;
  onChange: (value: JsonValue) => void;
  disabled: boolean;
  locale: Locale;
  placeholder?: string;
  notFound?: ReactNode;
}

function flat(options: readonly OptionItem[], locale: Locale) {
  return options.map((option) => ({
    value: option.value,
    label: textIn(option.label, locale),
    disabled: option.disabled === true,
  }));
}

/** Select, multi-select, radio and checkbox groups, and user / team pickers, over the evaluated options. */
export function ChoiceControl({
  type,
  testId,
  options,
  value,
  onChange,
  disabled,
  locale,
  placeholder,
  notFound,
}: ChoiceProps) {
  const items = flat(options, locale);
  const list = Array.isArray(value) ? (value as string[]) : [];
  switch (type) {
    case 'radio':
      return (
        <Radio.Group
          data-testid={testId}
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value as string)}
          options={items}
        />
      );
    case 'checkbox':
      return (
        <Checkbox.Group
          data-testid={testId}
          value={list}
          disabled={disabled}
          onChange={(v) => onChange(v)}
          options={items}
        />
      );
    case 'multiselect':
    case 'pickers':
      return (
        <Select
          data-testid={testId}
          mode="multiple"
          value={list}
          disabled={disabled}
          options={items}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={placeholder}
          notFoundContent={notFound}
          onChange={(v: string[]) => onChange(v)}
        />
      );
    case 'select':
    case 'picker':
      return (
        <Select
          data-testid={testId}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          value={typeof value === 'string' ? value : undefined}
          disabled={disabled}
          options={items}
          placeholder={placeholder}
          notFoundContent={notFound}
          onChange={(v: string | undefined) => onChange(v ?? null)}
        />
      );
  }
}

interface CascaderOption {
  value: string;
  label: string;
  children?: CascaderOption[];
}

function tree(options: readonly OptionItem[], locale: Locale): CascaderOption[] {
  return options.map((option) => ({
    value: option.value,
    label: textIn(option.label, locale),
    ...(option.children ? { children: tree(option.children, locale) } : {}),
  }));
}

/** 级联: the value is the path of option values from the top level down. */
export function CascaderControl(props: Omit<ChoiceProps, 'type' | 'notFound'>) {
  const { testId, options, value, onChange, disabled, locale, placeholder } = props;
  return (
    <Cascader
      data-testid={testId}
      options={tree(options, locale)}
      value={Array.isArray(value) ? (value as string[]) : undefined}
      disabled={disabled}
      placeholder={placeholder}
      onChange={(path) => onChange(path ?? null)}
    />
  );
}
