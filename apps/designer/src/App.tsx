import { App as AntApp, ConfigProvider } from 'antd';
// The ES builds: antd/locale/* resolve to antd's CommonJS build, a second copy beside the ES modules (whose default
// locale is es/locale/en_US).
import enUS from 'antd/es/locale/en_US';
import zhCNLocale from 'antd/es/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { AppRoutes } from './AppRoutes';
import { currentLanguage } from './i18n/i18n';

/** antd follows the UI language (dates, pagination, empty states, confirm buttons). */
export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={currentLanguage(i18n.language) === 'en' ? enUS : zhCNLocale}>
      <AntApp>
        <AppRoutes />
      </AntApp>
    </ConfigProvider>
  );
}
