import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { changeLanguage, i18n, type Language } from './i18n/i18n';

/** Renders with the app's i18n in one language (Chinese unless told), as the components run in the app. */
export function renderInLanguage(element: ReactElement, language: Language = 'zh-CN'): RenderResult {
  changeLanguage(language);
  return render(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);
}
