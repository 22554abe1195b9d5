import type { LocalizedText } from '../model/dataset.type';

/** The two languages of reports. */
export type ReportLocale = 'zh-CN' | 'en';

/** A label in one language; English falls back to Chinese when the author wrote only Chinese. */
export function localize(text: LocalizedText | undefined, locale: ReportLocale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return locale === 'en' ? (text.en ?? text['zh-CN']) : text['zh-CN'];
}
