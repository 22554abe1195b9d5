import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Language, changeLanguage, currentLanguage, languages } from '../i18n/i18n';

const languageNames: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

/** 中文 / English: every string and antd's locale follow (the choice is remembered per browser). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('language.label')}
      data-testid="language"
      size="small"
      value={currentLanguage(i18n.language)}
      options={languages.map((value) => ({ value, label: languageNames[value] }))}
      onChange={changeLanguage}
    />
  );
}
