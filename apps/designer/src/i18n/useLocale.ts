import type { Locale } from '@anxin/form-engine';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n';

/** The UI language as the form engine names it (labels and messages come in both). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return currentLanguage(i18n.language);
}
