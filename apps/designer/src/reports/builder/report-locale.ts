import type { ReportLocale } from '@anxin/report-engine';

/** The report engine's locale for the UI's language (English, else Chinese). */
export const localeOf = (language: string): ReportLocale => (language === 'en' ? 'en' : 'zh-CN');
