import { QueryBuilderAntD } from '@react-querybuilder/antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Field, type FullOperator, QueryBuilder, type RuleGroupType, type Translations } from 'react-querybuilder';
import 'react-querybuilder/dist/query-builder.css';
import type { MessageKey } from '../../i18n/messages';
import type { RuleField, RuleFieldType } from '../rule-builder.types';
import { OPERATORS_BY_TYPE, type RuleOperator } from './rule-operators';
import { BuilderNotToggle, BuilderRemoveAction } from './builder-controls';
import { RuleValueEditor } from './RuleValueEditor';
import './visual-rule-editor.css';

const OPERATOR_LABELS: Readonly<Record<RuleOperator, MessageKey>> = {
  '=': 'rules.op.eq',
  '!=': 'rules.op.ne',
  '<': 'rules.op.lt',
  '<=': 'rules.op.le',
  '>': 'rules.op.gt',
  '>=': 'rules.op.ge',
  between: 'rules.op.between',
  in: 'rules.op.in',
  notIn: 'rules.op.notIn',
  contains: 'rules.op.contains',
  doesNotContain: 'rules.op.doesNotContain',
  null: 'rules.op.null',
  notNull: 'rules.op.notNull',
};

interface VisualRuleEditorProps {
  query: RuleGroupType;
  onQueryChange: (query: RuleGroupType) => void;
  fields: readonly RuleField[];
  disabled: boolean;
}

function typeOf(fieldData: Field | undefined): RuleFieldType {
  return (fieldData as { ruleField?: RuleField } | undefined)?.ruleField?.type ?? 'text';
}

/** react-querybuilder with antd's controls, our fields, the operators of `@anxin/rules` and typed value editors. */
export function VisualRuleEditor({ query, onQueryChange, fields, disabled }: VisualRuleEditorProps) {
  const { t } = useTranslation();
  const builderFields = useMemo<Field[]>(
    () => fields.map((field) => ({ name: field.name, value: field.name, label: field.label, ruleField: field })),
    [fields],
  );
  const translations = useMemo<Partial<Translations>>(
    () => ({
      fields: { title: t('rules.builder.field'), placeholderLabel: t('rules.builder.chooseField') },
      operators: { title: t('rules.builder.operator') },
      value: { title: t('rules.builder.value') },
      addRule: { label: t('rules.builder.addRule'), title: t('rules.builder.addRule') },
      addGroup: { label: t('rules.builder.addGroup'), title: t('rules.builder.addGroup') },
      removeRule: { label: '', title: t('rules.builder.remove') },
      removeGroup: { label: '', title: t('rules.builder.remove') },
      combinators: { title: t('rules.builder.combinator') },
      notToggle: { label: t('rules.builder.not'), title: t('rules.builder.not') },
    }),
    [t],
  );
  const combinators = useMemo(
    () => [
      { name: 'and', value: 'and', label: t('rules.builder.and') },
      { name: 'or', value: 'or', label: t('rules.builder.or') },
    ],
    [t],
  );
  const getOperators = (_field: string, { fieldData }: { fieldData: Field }): FullOperator[] =>
    OPERATORS_BY_TYPE[typeOf(fieldData)].map((name) => ({ name, value: name, label: t(OPERATOR_LABELS[name]) }));

  return (
    <QueryBuilderAntD>
      <QueryBuilder
        query={query}
        onQueryChange={onQueryChange}
        fields={builderFields}
        combinators={combinators}
        getOperators={getOperators}
        getDefaultValue={() => ''}
        translations={translations}
        controlElements={{
          valueEditor: RuleValueEditor,
          notToggle: BuilderNotToggle,
          removeRuleAction: BuilderRemoveAction,
          removeGroupAction: BuilderRemoveAction,
        }}
        showNotToggle
        resetOnOperatorChange
        disabled={disabled}
      />
    </QueryBuilderAntD>
  );
}
