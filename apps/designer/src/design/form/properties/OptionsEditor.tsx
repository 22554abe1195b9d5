import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { DataSourceName, OptionItem, OptionsFrom } from '@anxin/form-engine';
import { Button, Flex, Form, Input, Segmented, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Patch } from '../model/form-edits';
import { toLocalizedText } from './LocalizedTextInput';

// The host data sources of the form engine (docs/definitions/forms.md#options).
const DATA_SOURCES: readonly DataSourceName[] = ['projects', 'buildings', 'units', 'rooms', 'teams', 'users'];

type Source = 'options' | 'dictionary' | 'dataSource';

interface Props {
  options: readonly OptionItem[] | undefined;
  optionsFrom: OptionsFrom | undefined;
  /** A cascader takes a dictionary only, no host data source. */
  dataSources: boolean;
  dictionaries: readonly string[];
  onChange: (patch: Patch) => void;
}

function sourceOf(optionsFrom: OptionsFrom | undefined): Source {
  if (!optionsFrom) return 'options';
  return 'dictionary' in optionsFrom ? 'dictionary' : 'dataSource';
}

function labelParts(label: OptionItem['label']): { zh: string; en: string } {
  return typeof label === 'string' ? { zh: label, en: '' } : { zh: label['zh-CN'], en: label.en ?? '' };
}

/** Where a choice field's options come from (exactly one place) and the listed options. */
export function OptionsEditor({ options, optionsFrom, dataSources, dictionaries, onChange }: Props) {
  const { t } = useTranslation();
  const source = sourceOf(optionsFrom);
  const list = options ?? [];
  const setOption = (index: number, next: OptionItem) =>
    onChange({ options: list.map((option, at) => (at === index ? next : option)) });

  const switchSource = (next: Source) => {
    if (next === 'options') onChange({ optionsFrom: undefined, options: list.length > 0 ? list : [] });
    if (next === 'dictionary') onChange({ options: undefined, optionsFrom: { dictionary: dictionaries[0] ?? '' } });
    if (next === 'dataSource') onChange({ options: undefined, optionsFrom: { dataSource: 'projects' } });
  };

  return (
    <Form.Item label={t('formDesigner.prop.options')}>
      <Segmented<Source>
        size="small"
        value={source}
        aria-label={t('formDesigner.prop.source')}
        data-testid="prop-options-source"
        onChange={switchSource}
        options={[
          { value: 'options', label: t('formDesigner.prop.sourceOptions') },
          { value: 'dictionary', label: t('formDesigner.prop.sourceDictionary') },
          ...(dataSources ? [{ value: 'dataSource' as const, label: t('formDesigner.prop.sourceData') }] : []),
        ]}
      />
      {source === 'dictionary' && optionsFrom && 'dictionary' in optionsFrom && (
        <Select
          style={{ width: '100%', marginTop: 8 }}
          data-testid="prop-dictionary"
          value={optionsFrom.dictionary}
          options={dictionaries.map((key) => ({ value: key, label: key }))}
          onChange={(dictionary: string) => onChange({ optionsFrom: { dictionary } })}
        />
      )}
      {source === 'dataSource' && optionsFrom && 'dataSource' in optionsFrom && (
        <Select
          style={{ width: '100%', marginTop: 8 }}
          data-testid="prop-data-source"
          value={optionsFrom.dataSource}
          options={DATA_SOURCES.map((name) => ({ value: name, label: name }))}
          onChange={(dataSource: DataSourceName) => onChange({ optionsFrom: { dataSource } })}
        />
      )}
      {source === 'options' && (
        <div style={{ marginTop: 8 }} data-testid="prop-options">
          {list.map((option, index) => {
            const { zh, en } = labelParts(option.label);
            return (
              <Flex key={index} gap={4} style={{ marginBottom: 4 }}>
                <Input
                  size="small"
                  placeholder={t('formDesigner.prop.optionValue')}
                  aria-label={t('formDesigner.prop.optionValue')}
                  value={option.value}
                  onChange={(event) => setOption(index, { ...option, value: event.target.value })}
                />
                <Input
                  size="small"
                  placeholder={t('formDesigner.prop.optionZh')}
                  aria-label={t('formDesigner.prop.optionZh')}
                  value={zh}
                  onChange={(event) =>
                    setOption(index, { ...option, label: toLocalizedText(event.target.value, en) ?? '' })
                  }
                />
                <Input
                  size="small"
                  placeholder={t('formDesigner.prop.optionEn')}
                  aria-label={t('formDesigner.prop.optionEn')}
                  value={en}
                  onChange={(event) =>
                    setOption(index, { ...option, label: toLocalizedText(zh, event.target.value) ?? '' })
                  }
                />
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('formDesigner.remove')}
                  onClick={() => onChange({ options: list.filter((_option, at) => at !== index) })}
                />
              </Flex>
            );
          })}
          <Button
            size="small"
            icon={<PlusOutlined />}
            data-testid="prop-option-add"
            onClick={() =>
              onChange({ options: [...list, { value: `option${list.length + 1}`, label: { 'zh-CN': '' } }] })
            }
          >
            {t('formDesigner.prop.optionAdd')}
          </Button>
        </div>
      )}
    </Form.Item>
  );
}
