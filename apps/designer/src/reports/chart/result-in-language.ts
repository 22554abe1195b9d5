import type { ReportResult } from '../reports.operations';

/**
 * A result as the UI's language shows it: in English, each column's English label and its English shown values
 * (`labelKeyEn`) stand in for the Chinese ones, so the charts and tables read `label` and `labelKey` only. A result
 * of an older API without them stays as it is.
 */
export function resultInLanguage(result: ReportResult, language: string): ReportResult {
  if (language !== 'en') return result;
  return {
    ...result,
    columns: result.columns.map((column) => ({
      ...column,
      label: column.labelEn ?? column.label,
      labelKey: column.labelKeyEn ?? column.labelKey,
    })),
  };
}

/** A text the API gives in both languages, in the UI's. */
export const inLanguage = (zh: string, en: string | null | undefined, language: string): string =>
  language === 'en' && en ? en : zh;
