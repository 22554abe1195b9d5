import { ConfigProvider, Layout, Segmented, Space, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCNLocale from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { type Language, changeLanguage, languages } from './i18n/i18n';
import { StatusPage } from './status/StatusPage';

const languageNames: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

export function App() {
  const { t, i18n } = useTranslation();
  const language = (languages as readonly string[]).includes(i18n.language) ? (i18n.language as Language) : 'zh-CN';
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCNLocale}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography.Title level={4} style={{ color: '#fff', margin: 0 }}>
            {t('app.title')}
          </Typography.Title>
          <Space>
            <Segmented<Language>
              aria-label={t('language.label')}
              data-testid="language"
              value={language}
              options={languages.map((value) => ({ value, label: languageNames[value] }))}
              onChange={changeLanguage}
            />
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24, maxWidth: 960, width: '100%', margin: '0 auto' }}>
          <StatusPage />
        </Layout.Content>
      </Layout>
    </ConfigProvider>
  );
}
