import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { deferredMessages, eagerEn, eagerZh } from './messages';

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
  // Copies: i18next keeps these objects as its store and merges the deferred areas into them.
  resources: { 'zh-CN': { translation: { ...eagerZh } }, en: { translation: { ...eagerEn } } },
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

let deferred: Promise<void> | undefined;

/**
 * Adds the deferred areas' strings (both languages, so switching language needs no load) to i18next, once; the
 * lazy routes wait for it (MessagesGate). A failed load is forgotten, so the next navigation tries again.
 */
export function loadDeferredMessages(): Promise<void> {
  deferred ??= Promise.all(Object.values(deferredMessages).map((load) => load())).then(
    (areas) => {
      for (const area of areas)
        for (const language of languages) i18n.addResourceBundle(language, 'translation', area[language], true, false);
    },
    (error: unknown) => {
      deferred = undefined;
      throw error;
    },
  );
  return deferred;
}
