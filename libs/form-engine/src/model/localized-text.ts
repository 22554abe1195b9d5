/** The two languages of Anxin's forms and messages. */
export type Locale = 'zh-CN' | 'en';

/**
 * Text an author writes in a definition: a plain string (Chinese, used for English too) or both languages.
 *
 * @example
 * ```ts
 * const label: LocalizedText = { 'zh-CN': '报修类别', en: 'Category' };
 * ```
 */
export type LocalizedText = string | { readonly 'zh-CN': string; readonly en?: string };

/** A message in both languages, as submission problems carry it. */
export interface LocalizedMessage {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** The text in one language; English falls back to Chinese when the author wrote only Chinese. */
export function textIn(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return locale === 'en' ? (text.en ?? text['zh-CN']) : text['zh-CN'];
}

/** Both languages of an authored text. */
export function inBothLocales(text: LocalizedText | undefined): LocalizedMessage {
  return { 'zh-CN': textIn(text, 'zh-CN'), en: textIn(text, 'en') };
}
