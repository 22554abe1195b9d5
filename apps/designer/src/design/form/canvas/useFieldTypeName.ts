import { useTranslation } from 'react-i18next';

/** A field type's name in the UI language; a type the messages do not know yet shows as itself. */
export function useFieldTypeName(): (type: string) => string {
  const { t } = useTranslation();
  return (type) => t(`formDesigner.type.${type}`, { defaultValue: type });
}
