import { lazy, Suspense } from 'react';
import { Spin } from 'antd';
import { Route, Routes } from 'react-router';
import { LoginPage } from './auth/LoginPage';
import { AppShell } from './shell/AppShell';
import { ComingSoonPage } from './shell/ComingSoonPage';
import { HomeRedirect } from './shell/HomeRedirect';
import { NotFoundPage } from './shell/NotFoundPage';
import { PublicLayout } from './shell/PublicLayout';
import { RequireAuth } from './shell/RequireAuth';
import { StatusPage } from './status/StatusPage';
import { InboxPage } from './work/inbox/InboxPage';
import { SubmitFormPage } from './work/submit/SubmitFormPage';
import { TaskPage } from './work/task/TaskPage';

// The ticket page pulls in bpmn-js: loaded on demand.
const TicketPage = lazy(() => import('./work/ticket/TicketPage').then((module) => ({ default: module.TicketPage })));

/** Every page of the app; see docs/designer.md to add one. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route path="login" element={<LoginPage />} />
        <Route path="status" element={<StatusPage />} />
      </Route>
      <Route
        element={
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        }
      >
        <Route index element={<HomeRedirect />} />
        <Route path="inbox" element={<InboxPage />} />
        <Route path="tasks/:id" element={<TaskPage />} />
        <Route
          path="tickets/:number"
          element={
            <Suspense fallback={<Spin />}>
              <TicketPage />
            </Suspense>
          }
        />
        <Route path="forms/:key" element={<SubmitFormPage />} />
        <Route path="coming/:area" element={<ComingSoonPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
