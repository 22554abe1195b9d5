import type { FieldDefinition, FieldTypeInfo, FormDefinition } from '@anxin/form-engine';
import { useTranslation } from 'react-i18next';
import { newField } from './model/new-field';

/** Makes a new field of a type, its starting texts in both languages from the UI's messages. */
export function useNewField(): (info: FieldTypeInfo, form: FormDefinition) => FieldDefinition {
  const { t } = useTranslation();
  const both = (key: string, options: Record<string, unknown> = {}) => ({
    'zh-CN': t(key, { ...options, lng: 'zh-CN' }),
    en: t(key, { ...options, lng: 'en' }),
  });
  return (info, form) =>
    newField(info, form, {
      label: both(`formDesigner.type.${info.type}`, { defaultValue: info.type }),
      option: (n) => both('formDesigner.newField.option', { n }),
      column: both('formDesigner.newField.column'),
    });
}
