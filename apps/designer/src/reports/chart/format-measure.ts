/**
 * A measure's value for reading: percents from the engine's fractions (0.417 → 41.7%), currency in yuan with two
 * decimals, others as the engine rounded them. Missing values are a dash.
 */
export function formatMeasure(value: unknown, format: string | null, language: string): string {
  if (value === null || value === undefined || value === '') return '–';
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) return String(value);
  const locale = language === 'en' ? 'en-US' : 'zh-CN';
  switch (format) {
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(number);
    case 'currency':
      return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY' }).format(number);
    default:
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(number);
  }
}
