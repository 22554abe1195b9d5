import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, zhCN } from './messages';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'anxin.language';

function initialLanguage(): Language {
  const stored = window.localStorage.getItem(storageKey);
  return stored === 'en' || stored === 'zh-CN' ? stored : 'zh-CN';
}

/** Chinese first (the product's users), English for everyone else; the choice is remembered per browser. */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  interpolation: { escapeValue: false },
});

/** The UI language for i18next's current language (anything unknown is Chinese). */
export function currentLanguage(language: string): Language {
  return (languages as readonly string[]).includes(language) ? (language as Language) : 'zh-CN';
}

export function changeLanguage(language: Language): void {
  window.localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}
