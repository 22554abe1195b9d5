import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Dropdown, Layout, Menu, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { errorMessageKey } from '../api/error-message-key';
import { setErrorNotifier } from '../api/error-notifier';
import { useAuth } from '../auth/useAuth';
import { LanguageSwitch } from './LanguageSwitch';
import { navigationFor } from './navigation';
import './shell.css';

/** The signed-in frame: title, navigation by role, language, the user's menu; API errors as toasts. */
export function AppShell() {
  const { t } = useTranslation();
  const { user, logout } = useAuth();
  const { message } = AntApp.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const entries = navigationFor(user?.roles ?? []);
  const selected = entries.find((entry) => location.pathname.startsWith(entry.path))?.key;

  useEffect(() => setErrorNotifier((error) => void message.error(t(errorMessageKey(error)))), [message, t]);

  const signOut = async () => {
    await logout();
    await navigate('/login', { replace: true });
  };

  return (
    <Layout className="anxin-shell">
      <Layout.Header className="anxin-header">
        <Link to="/" className="anxin-brand">
          <Typography.Text strong>{t('app.title')}</Typography.Text>
        </Link>
        <Space size="small">
          <LanguageSwitch />
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'logout', icon: <LogoutOutlined />, label: t('shell.logout'), onClick: () => void signOut() },
              ],
            }}
          >
            <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
              <span className="anxin-user-name">{user?.displayName}</span>
            </Button>
          </Dropdown>
        </Space>
      </Layout.Header>
      <Menu
        mode="horizontal"
        className="anxin-nav"
        selectedKeys={selected ? [selected] : []}
        items={entries.map((entry) => ({ key: entry.key, label: <Link to={entry.path}>{t(entry.label)}</Link> }))}
      />
      <Layout.Content className="anxin-content">
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
