import { type ComponentType, lazy, Suspense } from 'react';
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

// Loaded on demand: the form pages bring the form engine (and its rules and dates), the ticket page bpmn-js.
const TaskPage = lazy(() => import('./work/task/TaskPage').then((module) => ({ default: module.TaskPage })));
const SubmitFormPage = lazy(() =>
  import('./work/submit/SubmitFormPage').then((module) => ({ default: module.SubmitFormPage })),
);
const FormsPage = lazy(() => import('./work/submit/FormsPage').then((module) => ({ default: module.FormsPage })));
const TicketPage = lazy(() => import('./work/ticket/TicketPage').then((module) => ({ default: module.TicketPage })));
// The rules designer brings react-querybuilder and the rules library.
const RulesListPage = lazy(() =>
  import('./rules/pages/RulesListPage').then((module) => ({ default: module.RulesListPage })),
);
const RuleDefinitionPage = lazy(() =>
  import('./rules/pages/RuleDefinitionPage').then((module) => ({ default: module.RuleDefinitionPage })),
);

function Lazy({ page: Page }: { page: ComponentType }) {
  return (
    <Suspense fallback={<Spin />}>
      <Page />
    </Suspense>
  );
}

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
        <Route path="tasks/:id" element={<Lazy page={TaskPage} />} />
        <Route path="tickets/:number" element={<Lazy page={TicketPage} />} />
        <Route path="forms" element={<Lazy page={FormsPage} />} />
        <Route path="forms/:key" element={<Lazy page={SubmitFormPage} />} />
        <Route path="design/rules" element={<Lazy page={RulesListPage} />} />
        <Route path="design/rules/:kind/:key" element={<Lazy page={RuleDefinitionPage} />} />
        <Route path="coming/:area" element={<ComingSoonPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
