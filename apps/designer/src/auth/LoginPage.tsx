import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/api-error';
import { errorMessageKey } from '../api/error-message-key';
import type { MessageKey } from '../i18n/messages';
import { StatusPage } from '../status/StatusPage';
import { useAuth } from './useAuth';

interface Credentials {
  username: string;
  password: string;
}

/** 登录: username and password; back to the page that asked for a sign-in. The server's status below. */
export function LoginPage() {
  const { t } = useTranslation();
  const { status, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  if (status === 'signedIn' && !busy) return <Navigate to={from} replace />;

  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setFailure(null);
    try {
      await login(username.trim(), password);
      await navigate(from, { replace: true });
    } catch (error) {
      setFailure(error instanceof ApiError ? errorMessageKey(error) : 'error.network');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t('login.title')} style={{ maxWidth: 420, margin: '0 auto' }}>
        <Form<Credentials> layout="vertical" onFinish={(values) => void submit(values)} data-testid="login-form">
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, message: t('login.required', { field: t('login.username') }) }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="none" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.required', { field: t('login.password') }) }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          {failure && (
            <Alert type="error" showIcon message={t(failure)} style={{ marginBottom: 16 }} data-testid="login-error" />
          )}
          <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
            {t('login.submit')}
          </Button>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('login.demoHint')}
          </Typography.Paragraph>
        </Form>
      </Card>
      <StatusPage />
    </Space>
  );
}
