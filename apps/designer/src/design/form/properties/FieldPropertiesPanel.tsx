import type { FieldDefinition, FieldTypeInfo, FormDefinition, OptionItem, OptionsFrom } from '@anxin/form-engine';
import { Alert, Form, Input, InputNumber, Segmented, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleField } from '../../../rules/rule-builder.types';
import { formatDefault, parseDefault } from '../model/default-value';
import type { Patch } from '../model/form-edits';
import type { PointedProblem } from '../model/problem-locations';
import { FieldKeyInput } from './FieldKeyInput';
import { LocalizedTextInput } from './LocalizedTextInput';
import { OptionsEditor } from './OptionsEditor';
import { RuleProperty } from './RuleProperty';
import { TypePropertiesEditor } from './TypePropertiesEditor';
import { ValidationsEditor } from './ValidationsEditor';

interface Props {
  form: FormDefinition;
  field: FieldDefinition;
  info: FieldTypeInfo;
  /** What the field's rules may read: the form's other fields with their types. */
  ruleFields: readonly RuleField[];
  dictionaries: readonly string[];
  problems: readonly PointedProblem[];
  /** Keys of the published version: renaming one of them loses the link to stored data. */
  publishedKeys: ReadonlySet<string>;
  onChange: (patch: Patch) => void;
  /** After a rename: makes the form's rules read `to` where they read `from`. */
  onRenameReferences: (from: string, to: string) => void;
}

type RequiredMode = 'never' | 'always' | 'when';

function requiredMode(value: unknown): RequiredMode {
  if (value === undefined || value === false) return 'never';
  return value === true ? 'always' : 'when';
}

/** Everything about one field the form format allows for its type (`listFieldTypes().allowed`). */
export function FieldPropertiesPanel({
  form,
  field,
  info,
  ruleFields,
  dictionaries,
  problems,
  publishedKeys,
  onChange,
  onRenameReferences,
}: Props) {
  const { t } = useTranslation();
  const props = field as unknown as Readonly<Record<string, unknown>>;
  const allows = (name: string) => info.allowed.includes(name);
  const mode = requiredMode(props['required']);

  return (
    <Form layout="vertical" size="small" data-testid={`properties-${field.key}`}>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="field-problems"
          message={problems.map((problem) => `${problem.code}: ${problem.message}`).join('\n')}
        />
      )}
      <Typography.Text type="secondary" data-testid="type-summary">
        {t(`formDesigner.typeSummary.${info.type}`, { defaultValue: info.summary })}
      </Typography.Text>
      <Form.Item label={t('formDesigner.prop.labelZh')}>
        <LocalizedTextInput
          value={field.label}
          labels={{ zh: t('formDesigner.prop.labelZh'), en: t('formDesigner.prop.labelEn') }}
          testId="prop-label"
          onChange={(label) => onChange({ label: label ?? '' })}
        />
      </Form.Item>
      <FieldKeyInput
        form={form}
        field={field}
        publishedKeys={publishedKeys}
        onChange={onChange}
        onRenameReferences={onRenameReferences}
      />
      {allows('span') && (
        <Form.Item label={t('formDesigner.prop.span')}>
          <InputNumber
            min={1}
            max={4}
            precision={0}
            data-testid="prop-span"
            value={typeof props['span'] === 'number' ? props['span'] : null}
            onChange={(span) => onChange({ span: span ?? undefined })}
          />
        </Form.Item>
      )}
      {allows('description') && (
        <Form.Item label={t('formDesigner.prop.description')}>
          <LocalizedTextInput
            value={field.description}
            labels={{ zh: t('formDesigner.prop.labelZh'), en: t('formDesigner.prop.labelEn') }}
            testId="prop-description"
            onChange={(description) => onChange({ description })}
          />
        </Form.Item>
      )}
      {allows('required') && (
        <Form.Item label={t('formDesigner.prop.required')}>
          <Segmented<RequiredMode>
            size="small"
            data-testid="prop-required"
            value={mode}
            onChange={(next) =>
              onChange({ required: next === 'never' ? undefined : next === 'always' ? true : { '!!': [true] } })
            }
            options={[
              { value: 'never', label: t('formDesigner.prop.requiredNever') },
              { value: 'always', label: t('formDesigner.prop.requiredAlways') },
              { value: 'when', label: t('formDesigner.prop.requiredWhen') },
            ]}
          />
          {mode === 'when' && (
            <RuleProperty
              label=""
              value={props['required']}
              fields={ruleFields}
              testId="prop-required-rule"
              onChange={(required) => onChange({ required })}
            />
          )}
        </Form.Item>
      )}
      {allows('default') && (
        <Form.Item label={t('formDesigner.prop.default')} help={t('formDesigner.prop.defaultHelp')}>
          <Input
            data-testid="prop-default"
            value={formatDefault(props['default'])}
            onChange={(event) => onChange({ default: parseDefault(event.target.value, field.type) })}
          />
        </Form.Item>
      )}
      {(allows('options') || allows('optionsFrom')) && (
        <OptionsEditor
          options={props['options'] as readonly OptionItem[] | undefined}
          optionsFrom={props['optionsFrom'] as OptionsFrom | undefined}
          dataSources={(info.properties['optionsFrom'] ?? '').includes('dataSource')}
          dictionaries={dictionaries}
          onChange={onChange}
        />
      )}
      <RuleProperty
        label={t('formDesigner.prop.visibleIf')}
        value={props['visibleIf']}
        fields={ruleFields}
        testId="prop-visibleIf"
        onChange={(visibleIf) => onChange({ visibleIf })}
      />
      {allows('readOnly') && (
        <Form.Item label={t('formDesigner.prop.readOnly')}>
          <Switch
            data-testid="prop-readOnly"
            checked={props['readOnly'] === true}
            onChange={(checked) => onChange({ readOnly: checked || undefined })}
          />
        </Form.Item>
      )}
      {allows('readOnlyIf') && (
        <RuleProperty
          label={t('formDesigner.prop.readOnlyIf')}
          value={props['readOnlyIf']}
          fields={ruleFields}
          testId="prop-readOnlyIf"
          onChange={(readOnlyIf) => onChange({ readOnlyIf })}
        />
      )}
      {info.computable && (
        <RuleProperty
          label={t('formDesigner.prop.computed')}
          value={props['computed']}
          fields={ruleFields}
          testId="prop-computed"
          onChange={(computed) => onChange({ computed })}
        />
      )}
      {allows('validations') && (
        <ValidationsEditor
          validations={'validations' in field ? field.validations : undefined}
          fields={ruleFields}
          onChange={(validations) => onChange({ validations })}
        />
      )}
      <TypePropertiesEditor info={info} field={props} onChange={onChange} />
    </Form>
  );
}
