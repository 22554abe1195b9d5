import { Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '../auth/useAuth';

/** Signed-in pages: while a stored session resumes, a spinner; signed out, the login page (then back here). */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { status } = useAuth();
  const { t } = useTranslation();
  const location = useLocation();
  if (status === 'resuming') return <Spin fullscreen tip={t('shell.resuming')} />;
  if (status === 'signedOut') {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return children;
}
