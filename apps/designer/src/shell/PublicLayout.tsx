import { Layout, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import './shell.css';

/** Pages without a sign-in (login, system status): the title and the language switch. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Layout className="anxin-shell">
      <Layout.Header className="anxin-header">
        <Typography.Text strong className="anxin-brand">
          {t('app.title')}
        </Typography.Text>
        <LanguageSwitch />
      </Layout.Header>
      <Layout.Content className="anxin-content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
